import weakref

saved = []


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)
        saved.append(self)


a = A(1)
r = weakref.ref(a, lambda ref: print("callback"))
print("before del")
del a
print("after del, weakref alive:", r() is not None)
saved.clear()
print("after clear, weakref alive:", r() is not None)
