class A:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __del__(self):
        self.calls += 1
        print("A.__del__", self.n, "call", self.calls)


a = A(1)
print("explicit call")
a.__del__()
print("drop")
del a
print("end")
