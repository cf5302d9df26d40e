import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


a = A(1)
weakref.finalize(a, print, "finalize 1")
weakref.finalize(a, print, "finalize 2")
print("before del")
del a
print("after del")
