class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)

    def __repr__(self):
        return "A(%d)" % self.n


def show(*xs):
    print("show", xs)


show(A(1), A(2))
print("after call")
print(A(3))
print("after print")
