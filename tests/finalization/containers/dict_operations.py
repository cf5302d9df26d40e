class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


d = {"a": A("a"), "b": A("b"), "c": A("c"), "d": A("d")}
print("overwrite a")
d["a"] = A("a2")
print("del b")
del d["b"]
print("pop c")
d.pop("c")
print("popitem")
d.popitem()
print("clear")
d.clear()
print("end")
