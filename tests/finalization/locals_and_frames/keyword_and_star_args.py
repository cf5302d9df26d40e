class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f(*args, **kwargs):
    print("in f", len(args), sorted(kwargs))


f(A(1), A(2), k=A(3), j=A(4))
print("end")
