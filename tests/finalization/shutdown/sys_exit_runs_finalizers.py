import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f():
    local = A("local")
    print("calling sys.exit")
    sys.exit(3)


g = A("global")
f()
