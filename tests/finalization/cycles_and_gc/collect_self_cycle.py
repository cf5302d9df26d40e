# translated only: cycles are found by the GC, which the untranslated checker keeps from collecting
import gc


class A:
    def __del__(self):
        print("A.__del__")


gc.disable()
a = A()
a.me = a
del a
print("before collect")
gc.collect()
print("after collect")
print("garbage:", gc.garbage)
