import weakref


class A:
    pass


a = A()
print(weakref.getweakrefcount(a))
r1 = weakref.ref(a, lambda r: None)
r2 = weakref.ref(a, lambda r: None)
print(weakref.getweakrefcount(a))
p = weakref.proxy(a)
print(weakref.getweakrefcount(a))
print(len(weakref.getweakrefs(a)), r1 in weakref.getweakrefs(a))
del r1
print(weakref.getweakrefcount(a))
del a
print(weakref.getweakrefcount(r2), r2() is None)
print(weakref.getweakrefs(5))
