import weakref


class A:
    def __del__(self):
        print("A.__del__")


a = A()
r = weakref.ref(a, lambda ref: print("callback (should not run)"))
print("drop the weakref first")
del r
print("then the object")
del a
print("end")
