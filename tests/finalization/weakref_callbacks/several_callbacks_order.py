import weakref


class A:
    pass


a = A()
r1 = weakref.ref(a, lambda r: print("callback 1"))
r2 = weakref.ref(a, lambda r: print("callback 2"))
r3 = weakref.ref(a, lambda r: print("callback 3"))
print("before del")
del a
print("after del")
