import weakref


class A:
    pass


def cb(ref):
    print("callback raising")
    raise ValueError("from callback")


a = A()
r = weakref.ref(a, cb)
del a
print("after del")
