class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)
        raise ValueError("bad finalizer %d" % self.n)


def f():
    x = A(1)
    print("f returns")
    return 42


print("result", f())
print("continuing")
