class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def __del__(self):
        print("A.__del__", self.n)


a = A(1)
m = a.get
print("del a")
del a
print("method still works:", m())
print("del m")
del m
print("end")
