class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


d = {}
for k in "abcd":
    d[k] = A(k)
del d["b"]
d["b"] = A("b again")
d["a"] = A("a replaced")
print("before del")
del d
print("after del")
