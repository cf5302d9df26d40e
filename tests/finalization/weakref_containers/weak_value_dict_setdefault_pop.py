import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


d = weakref.WeakValueDictionary()
x = A(1)
d["x"] = x
v = d.pop("x")
print("popped", v.n, len(d))
del v
print("x still alive, deleting x")
del x
d["tmp"] = A(2)
print("after storing a temporary:", len(d))
