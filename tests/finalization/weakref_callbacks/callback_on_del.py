import weakref


class A:
    pass


def cb(ref):
    print("callback, referent gone:", ref() is None)


a = A()
r = weakref.ref(a, cb)
print("alive:", r() is a)
print("before del")
del a
print("after del")
print("dead:", r() is None)
