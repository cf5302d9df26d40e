class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("add", self.n, other.n)
        return V(self.n + other.n)

    def __del__(self):
        print("V.__del__", self.n)


a = V(1)
r = a + V(2) + V(3)
print("result", r.n)
del a, r
print("end")
