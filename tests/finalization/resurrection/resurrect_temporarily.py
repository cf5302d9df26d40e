class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__ start", self.n)
        tmp = self
        lst = [self, self]
        print("A.__del__ end", self.n, len(lst))


a = A(1)
print("before del")
del a
print("after del")
