import weakref


class A:
    pass


a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("same object without callback:", r1 is r2)
r3 = weakref.ref(a, lambda r: None)
print("with callback:", r3 is r1)
print("equal while alive:", r1 == r3)
del a
print("dead refs equal by identity:", r1 == r3, r1 == r2)
