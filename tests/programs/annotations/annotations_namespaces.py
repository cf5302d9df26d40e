# Where annotations go: a namespace that already has `__annotations__`
# keeps it; classes and modules without annotations get their own empty
# dict on access, never a base class's.
import sys


class CNS:
    def __init__(self):
        self._dct = {}

    def __setitem__(self, item, value):
        self._dct[item.lower()] = value

    def __getitem__(self, item):
        return self._dct[item]


ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(type(ns['__annotations__']).__name__, ns['__annotations__']._dct)

ns = {'__annotations__': {'old': 1}}
exec('a: int = 1', ns)
print(ns['__annotations__'])

gns = {}
lns = {}
exec("'doc'\n__annotations__[1] = 2\nx: int = 5\n", gns, lns)
print(lns['__annotations__'], '__annotations__' in gns)


class CMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return {'__annotations__': CNS()}


class CC(metaclass=CMeta):
    XX: 'ANNOT'


print(CC.__annotations__['xx'])


class A:
    attr: int


class B(A):
    pass


class C(A):
    attr: str


class D:
    attr2: int


class E(A, D):
    pass


print(A.__annotations__, B.__annotations__, C.__annotations__,
      D.__annotations__, E.__annotations__)
print('__annotations__' in B.__dict__, B.__annotations__ is B.__annotations__)
B.__annotations__ = {'set': 1}
print(B.__annotations__, A.__annotations__)
del B.__annotations__
print(B.__annotations__)
del B.__annotations__
try:
    del B.__annotations__
except AttributeError as e:
    print('AttributeError', e)
for t in (int, type, object):
    try:
        print(t.__annotations__)
    except AttributeError as e:
        print('AttributeError', e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print('TypeError', e)

mod = type(sys)('m')
print('__annotations__' in mod.__dict__, mod.__annotations__,
      '__annotations__' in mod.__dict__)
mod.__annotations__ = {'a': 1}
print(mod.__annotations__)
print(sys.__annotations__ if hasattr(sys, '__annotations__') else 'none')


def f2bad():
    (no_such_global): int
    print(no_such_global)


try:
    f2bad()
except Exception as e:
    print(type(e).__name__, e)


def fbad():
    x: int
    print(x)


try:
    fbad()
except Exception as e:
    print(type(e).__name__, e)


def fok():
    (y): int = 3
    return y


print(fok(), fok.__code__.co_varnames)
del mod.__annotations__
print('__annotations__' in mod.__dict__)
try:
    del mod.__annotations__
except AttributeError as e:
    print('AttributeError', e)
