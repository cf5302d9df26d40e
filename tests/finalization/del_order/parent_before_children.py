class A:
    def __init__(self, n, *kids):
        self.n = n
        self.kids = list(kids)

    def __del__(self):
        print("A.__del__", self.n)


tree = A("root", A("left", A("left.left")), A("right"))
print("before del")
del tree
print("after del")
