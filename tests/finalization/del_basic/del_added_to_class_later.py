class A:
    def __init__(self, n):
        self.n = n


def fin(self):
    print("fin", self.n)


a = A(1)
b = A(2)
print("no finalizer yet")
del a
print("add __del__")
A.__del__ = fin
del b
print("remove __del__")
del A.__del__
c = A(3)
del c
print("end")
