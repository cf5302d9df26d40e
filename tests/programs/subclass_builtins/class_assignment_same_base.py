# __class__ can move an instance between heap subclasses of the same
# builtin type of fixed size; other bases stay a TypeError.
class L1(list):
    pass

class L2(list):
    def __lt__(self, other):
        return 'L2.__lt__'
    def total(self):
        return sum(self)

x = L1([1, 2])
x.attr = 'kept'
x.__class__ = L2
print(type(x).__name__, x, x.total(), x < [], x.attr)

class F1(float):
    pass

class F2(float):
    def double(self):
        return self * 2

f = F1(21)
f.__class__ = F2
print(type(f).__name__, f.double())

class I1(int):
    pass

class I2(int):
    pass

class T1(tuple):
    pass

class T2(tuple):
    pass

for obj, cls in [(I1(1), I2), (T1(), T2)]:
    try:
        obj.__class__ = cls
    except TypeError as e:
        print(type(e).__name__, e)

class D1(dict):
    pass

class D2(dict):
    def __missing__(self, key):
        return key * 2

d = D1(a=1)
d.__class__ = D2
print(d['xy'], d)

for obj, cls in [(L1(), I2), (I1(1), L2), (D1(), L1)]:
    try:
        obj.__class__ = cls
    except TypeError as e:
        print(type(e).__name__, e)

class WackyComparator(int):
    def __lt__(self, other):
        elem.__class__ = WackyList2
        return int.__lt__(self, other)

class WackyList1(list):
    pass

class WackyList2(list):
    def __lt__(self, other):
        raise ValueError('wacky')

L = [WackyList1([WackyComparator(i), i]) for i in range(10)]
elem = L[-1]
try:
    L.sort()
except ValueError as e:
    print(type(e).__name__, e)
