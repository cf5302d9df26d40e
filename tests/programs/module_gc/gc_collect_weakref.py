# Objects without cycles are released at once; gc.collect() has nothing
# left to do for them.
import _weakref
import gc


class C:
    pass


c = C()
r = _weakref.ref(c, lambda r: print('callback before collect'))
del c
print('collecting')
print(gc.collect())
print(r())
