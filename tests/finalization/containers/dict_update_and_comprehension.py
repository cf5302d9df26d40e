class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


d = {1: A(1), 2: A(2)}
print("update")
d.update({1: A(11), 3: A(3)})
print("rebind to a comprehension")
d = {k: A(k * 100) for k in (5, 6)}
print("del d")
del d
print("end")
