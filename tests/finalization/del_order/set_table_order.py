class A:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("A.__del__", self.n)


s = {A(3), A(1), A(6), A(2)}
print("iteration order", [a.n for a in s])
print("before del")
del s
print("after del")
