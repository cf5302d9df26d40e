# translated only: cycles are found by the GC, which the untranslated checker keeps from collecting
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


gc.disable()
a = A(1)
b = A(2)
a.other = b
b.other = a
print("before del")
del a, b
print("after del (cycle not yet collected)")
n = gc.collect()
print("collect returned a positive count:", n > 0)
gc.enable()
