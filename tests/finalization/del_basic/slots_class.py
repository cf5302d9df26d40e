class S:
    __slots__ = ("n", "other")

    def __init__(self, n, other=None):
        self.n = n
        self.other = other

    def __del__(self):
        print("S.__del__", self.n)


s = S(1, S(2, S(3)))
print("before del")
del s
print("after del")
