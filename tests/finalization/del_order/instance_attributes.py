class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


class Holder:
    def __init__(self):
        self.second = A("second")
        self.first = A("first")
        self.third = A("third")

    def __del__(self):
        print("Holder.__del__")


h = Holder()
print("before del")
del h
print("after del")
