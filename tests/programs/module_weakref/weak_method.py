# WeakMethod: a weak reference to a bound method.
import weakref


class C:
    def m(self):
        return 'm called'


c = C()
wm = weakref.WeakMethod(c.m, lambda r: print('callback'))
print(wm()())
print(wm() == c.m)
del c
print(wm())
