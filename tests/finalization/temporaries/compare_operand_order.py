class A:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return True

    def __del__(self):
        print("A.__del__", self.n)


print("statement")
A(1) < A(2)
print("end")
