# Which objects can be weakly referenced (as CPython 3.11).
import _weakref


class C:
    def m(self):
        pass


class Slots:
    __slots__ = ('a',)


class SlotsWeak:
    __slots__ = ('a', '__weakref__')


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


class S(set):
    pass


def f():
    pass


cases = [('int', 1), ('float', 1.5), ('str', 'x'), ('bytes', b'x'),
         ('tuple', (1,)), ('list', []), ('dict', {}), ('None', None),
         ('bool', True), ('set', {1}), ('frozenset', frozenset([1])),
         ('function', f), ('class', C), ('instance', C()),
         ('method', C().m), ('builtin', len), ('int subclass', I(1)),
         ('tuple subclass', T()), ('list subclass', L()),
         ('dict subclass', D()), ('set subclass', S()),
         ('exception subclass', E()), ('exception', ValueError()),
         ('slots', Slots()), ('slots with __weakref__', SlotsWeak()),
         ('range', range(3)), ('object', object()), ('type', type),
         ('ref', _weakref.ref(C)), ('proxy', _weakref.proxy(C))]
for name, obj in cases:
    try:
        _weakref.ref(obj)
        print(name, 'ok')
    except TypeError as e:
        print(name, 'TypeError:', e)
print(C.__weakref__ is not None, hasattr(Slots, '__weakref__'),
      hasattr(SlotsWeak, '__weakref__'))
c = C()
print(c.__weakref__)
r = _weakref.ref(c)
print(c.__weakref__ is r)
