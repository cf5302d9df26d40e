class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f():
    x = A(1)
    print("in f, before del")
    del x
    print("in f, after del")
    y = A(2)
    print("in f, returning")


print("call f")
f()
print("after f")
