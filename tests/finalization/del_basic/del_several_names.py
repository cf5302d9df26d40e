class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


a, b, c = A(1), A(2), A(3)
print("del b, a, c")
del b, a, c
print("end")
