import weakref


class A:
    pass


def done(what, n):
    print("finalize:", what, n)
    return n * 2


a = A()
f = weakref.finalize(a, done, "object", 21)
print("alive:", f.alive)
print("before del")
del a
print("after del, alive:", f.alive)
print("calling again:", f())
