import atexit
import weakref


class A:
    def __del__(self):
        print("A.__del__ (teardown)")


keep = A()
f = weakref.finalize(keep, print, "finalize at exit")
atexit.register(print, "atexit handler")
print("end of program")
