# translated only: cycles are found by the GC, which the untranslated checker keeps from collecting
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


gc.disable()
a = A("in cycle")
a.me = a
a.child = A("child of cycle")
del a
print("before collect")
gc.collect()
print("after collect")
