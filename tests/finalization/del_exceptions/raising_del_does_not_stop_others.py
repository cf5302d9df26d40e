class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)
        if self.n == 2:
            raise TypeError("finalizer %d failed" % self.n)


lst = [A(1), A(2), A(3)]
print("before del")
del lst
print("after del")
