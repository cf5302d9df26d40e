class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def __del__(self):
        print("A.__del__", self.n)


m = A(1).get
s = m.__self__
del m
print("__self__ still referenced")
del s
print("end")
