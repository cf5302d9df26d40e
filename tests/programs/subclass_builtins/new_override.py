# __new__ overrides that call the builtin __new__ with the subclass.
class Doubled(int):
    def __new__(cls, value):
        return super().__new__(cls, value * 2)

d = Doubled(5)
print(d, type(d).__name__)
print(int.__new__(Doubled, 7), type(int.__new__(Doubled, 7)).__name__)
print(type(int.__new__(int, 7)).__name__)
for bad in [lambda: int.__new__(str), lambda: int.__new__(5),
            lambda: str.__new__(int), lambda: tuple.__new__(list)]:
    try:
        bad()
    except TypeError as exc:
        print('TypeError:', exc)

class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())

u = Upper('abc')
print(u, type(u).__name__, u.lower(), type(u.lower()).__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

p = Point(1, 2)
print(p, type(p).__name__)

class Bits(bytes):
    def __new__(cls, n):
        return bytes.__new__(cls, [n])

print(Bits(65), type(Bits(65)).__name__)

class Half(float):
    def __new__(cls, v):
        obj = float.__new__(cls, v / 2)
        obj.original = v
        return obj

h = Half(3)
print(h, h.original, type(h).__name__)

class C(complex):
    def __new__(cls, r):
        return complex.__new__(cls, r, -r)

print(C(2), type(C(2)).__name__)

class Registry(dict):
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.created = True
        return obj

r = Registry(a=1)
print(r, r.created, type(r).__name__)

class Stack(list):
    def __new__(cls, *args):
        return list.__new__(cls)

s = Stack([1, 2])
print(s, type(s).__name__)
