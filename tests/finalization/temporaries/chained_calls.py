class B:
    def __init__(self, n):
        self.n = n

    def next(self):
        print("next from", self.n)
        return B(self.n + 1)

    def __del__(self):
        print("B.__del__", self.n)


v = B(1).next().next().n
print("v =", v)
