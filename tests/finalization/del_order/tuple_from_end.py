class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


t = (A(1), A(2), A(3))
print("before del")
del t
print("after del")
