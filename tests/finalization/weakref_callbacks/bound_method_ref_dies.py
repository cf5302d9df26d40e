import weakref


class A:
    def m(self):
        return 1


a = A()
r = weakref.ref(a.m, lambda ref: print("bound method callback"))
print("after making ref, alive:", r() is not None)
