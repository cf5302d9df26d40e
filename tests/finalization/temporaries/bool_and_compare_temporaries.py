class A:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        print("bool", self.n)
        return self.n > 1

    def __eq__(self, other):
        print("eq", self.n)
        return False

    def __del__(self):
        print("A.__del__", self.n)


if A(1) or A(2):
    print("in if")
print("compare", A(3) == A(4))
x = A(5) and A(6)
print("x is", x.n)
x = None
print("end")
