import weakref


class A:
    def __del__(self):
        print("A.__del__")


a = A()
r = weakref.ref(a, lambda ref: print("callback"))
print("before del")
del a
print("after del")
