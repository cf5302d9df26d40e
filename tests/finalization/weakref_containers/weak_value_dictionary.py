import weakref


class A:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
a, b = A(1), A(2)
d["a"] = a
d["b"] = b
print(sorted(d.keys()), len(d))
del a
print("after del a:", sorted(d.keys()), len(d), "a" in d)
print(d.get("a"), d["b"].n)
b = None
print("after b = None:", sorted(d.keys()), len(d))
