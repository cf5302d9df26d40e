import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f():
    x = A("local")
    return sys._getframe()


fr = f()
print("frame returned")
print(fr.f_locals["x"].n)
del fr
print("after del frame")
