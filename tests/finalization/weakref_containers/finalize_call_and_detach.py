import weakref


class A:
    pass


a = A()
f1 = weakref.finalize(a, print, "f1 ran")
f2 = weakref.finalize(a, print, "f2 ran")
f3 = weakref.finalize(a, print, "f3 ran")
print("call f1 now:", f1())
print("f1 alive:", f1.alive)
det = f2.detach()
print("detached f2:", det[0] is a, det[2])
del det
print("before del")
del a
print("after del", f1.alive, f2.alive, f3.alive)
