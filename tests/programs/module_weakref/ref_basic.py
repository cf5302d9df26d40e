# ref(): the referent while it lives, None after; the plain ref is shared.
import _weakref


class C:
    pass


def cb(r):
    print('callback, referent is', r())


c = C()
r1 = _weakref.ref(c)
r2 = _weakref.ref(c)
r3 = _weakref.ref(c, cb)
r4 = _weakref.ref(c, None)
print(r1 is r2, r1 is r4, r1 is r3)
print(r1() is c, r3() is c)
print(r1.__callback__, r3.__callback__ is cb)
print(_weakref.getweakrefcount(c))
print(_weakref.getweakrefs(c)[0] is r1, _weakref.getweakrefs(c)[1] is r3)
print(type(r1).__name__, type(r1).__module__, type(r1) is _weakref.ReferenceType)
print(_weakref.ref is _weakref.ReferenceType)
print('before del')
del c
print('after del')
print(r1(), r3(), r3.__callback__)
print(_weakref.getweakrefcount(C()))
