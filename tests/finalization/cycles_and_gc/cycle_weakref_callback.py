import gc
import weakref


class A:
    pass


gc.disable()
a = A()
a.cycle = [a]
r = weakref.ref(a, lambda ref: print("callback from cycle"))
del a
print("before collect, alive:", r() is not None)
gc.collect()
print("after collect, alive:", r() is not None)
