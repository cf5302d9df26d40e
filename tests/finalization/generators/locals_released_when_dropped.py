class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def gen():
    a = A(1)
    b = A(2)
    yield "x"
    yield "y"


g = gen()
print(next(g))
print("before del")
del g
print("after del")
