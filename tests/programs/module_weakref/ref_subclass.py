# Subclasses of ref, as weakref.py's KeyedRef: slots, __new__, __init__,
# the callback receives the subclass instance.
import _weakref


class KeyedRef(_weakref.ref):
    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Plain(_weakref.ref):
    pass


class C:
    pass


def cb(wr):
    print('callback for key', wr.key, type(wr).__name__, wr())


c = C()
kr = KeyedRef(c, cb, 'k1')
pr = Plain(c)
print(kr.key, kr() is c, pr() is c, isinstance(kr, _weakref.ref))
print(pr is _weakref.ref(c), Plain(c) is pr)
print(_weakref.getweakrefcount(c))
pr.attr = 'x'
print(pr.attr)
try:
    kr.other = 1
except AttributeError as e:
    print('AttributeError', e)
print(kr == pr, hash(kr) == hash(c))
del c
print(pr(), kr())
try:
    KeyedRef(C(), None)
except TypeError as e:
    print('TypeError', e)
try:
    Plain(1)
except TypeError as e:
    print('TypeError', e)
