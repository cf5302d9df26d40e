import weakref


class K:
    def __init__(self, n):
        self.n = n


d = weakref.WeakKeyDictionary()
k1, k2 = K(1), K(2)
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], d[k2])
del k1
print("after del k1:", len(d), sorted(d.values()))
del k2
print("after del k2:", len(d), list(d.items()))
