class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)
        if self.n > 0:
            A(self.n - 1)


a = A(3)
print("before del")
del a
print("after del")
