class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


s = {A(1)}
print("before del set")
del s
print("after del set")
fs = frozenset([A(2)])
print("before del frozenset")
del fs
print("after del frozenset")
