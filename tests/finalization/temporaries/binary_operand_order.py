class A:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("add", self.n, other.n)
        return 0

    def __del__(self):
        print("A.__del__", self.n)


print("statement")
A(1) + A(2)
print("end")
