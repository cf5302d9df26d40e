class A:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        return "<A %d>" % self.n

    def __del__(self):
        print("A.__del__", self.n)


s = f"{A(1)} and {A(2)}"
print(s)
