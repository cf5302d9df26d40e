class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


d = {}
d["z"] = A("z-value")
d["a"] = A("a-value")
d["m"] = A("m-value")
d["a"] = A("a-replaced")
print("before del")
del d
print("after del")
