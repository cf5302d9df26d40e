# translated only: cycles are found by the GC, which the untranslated checker keeps from collecting
import gc

saved = []


class A:
    def __del__(self):
        print("A.__del__")
        saved.append(self)


gc.disable()
a = A()
a.me = a
del a
gc.collect()
print("resurrected:", len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print("second collection: __del__ not called again")
