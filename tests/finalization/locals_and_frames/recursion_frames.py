class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def rec(n):
    a = A(n)
    if n > 0:
        rec(n - 1)
    print("leaving", n)


rec(3)
print("end")
