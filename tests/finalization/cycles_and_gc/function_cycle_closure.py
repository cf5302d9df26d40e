# translated only: cycles are found by the GC, which the untranslated checker keeps from collecting
import gc


class A:
    def __del__(self):
        print("A.__del__")


def make():
    obj = A()

    def rec():
        return rec, obj
    return rec


gc.disable()
f = make()
del f
print("before collect (closure refers to itself)")
gc.collect()
print("after collect")
