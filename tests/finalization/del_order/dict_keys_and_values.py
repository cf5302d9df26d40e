class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __del__(self):
        print("K.__del__", self.n)


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("V.__del__", self.n)


d = {K(3): V(3), K(1): V(1), K(2): V(2)}
print("before del")
del d
print("after del")
