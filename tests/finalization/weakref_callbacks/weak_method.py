import weakref


class A:
    def m(self):
        return 1


a = A()
wm = weakref.WeakMethod(a.m, lambda ref: print("WeakMethod callback"))
print("WeakMethod alive:", wm() is not None, wm()())
print("before del a")
del a
print("after del a, WeakMethod dead:", wm() is None)
