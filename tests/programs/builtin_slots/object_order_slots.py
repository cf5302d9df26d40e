# object defines the ordering slots; they answer NotImplemented.
print(object.__lt__(1, 2), object.__ge__(1, 2))
print([n for n in ('__lt__', '__le__', '__gt__', '__ge__')
       if n in object.__dict__])
o = object()
print(o.__lt__(o), o.__le__(3))
try:
    object() < object()
except TypeError as e:
    print(type(e).__name__, e)


class A:
    pass


try:
    A() >= A()
except TypeError as e:
    print(type(e).__name__, e)


class B:
    def __gt__(self, other):
        return 'B.gt'


print(A() < B(), B() > A())
