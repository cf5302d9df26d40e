class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f():
    c = A("c")
    a = A("a")
    b = A("b")
    print("returning")
    return None


def g(p, q):
    r = A("r")
    print("g returning")


f()
print("between")
g(A("p"), A("q"))
print("end")
