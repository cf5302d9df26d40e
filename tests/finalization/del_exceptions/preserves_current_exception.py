import sys


class A:
    def __del__(self):
        print("A.__del__")
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("caught inside __del__:", repr(e))


try:
    raise RuntimeError("outer")
except RuntimeError:
    a = A()
    del a
    print("still handling:", repr(sys.exc_info()[1]))
print("end")
