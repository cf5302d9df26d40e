# Class patterns use isinstance: subclasses match, bool is an int.
class Animal:
    pass

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"

def f(x):
    match x:
        case Dog(sound=s):
            return "dog says " + s
        case Animal(sound=s):
            return "animal says " + s
        case Animal():
            return "silent animal"
        case int():
            return "an int (or bool)"
        case object():
            return "some object"

print(f(Dog()))
print(f(Cat()))
print(f(Animal()))
print(f(True))
print(f(3))
print(f("s"))
