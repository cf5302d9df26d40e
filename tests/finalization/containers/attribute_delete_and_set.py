class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


class Box:
    pass


b = Box()
b.x = A(1)
b.y = A(2)
print("set b.x")
b.x = A(3)
print("del b.y")
del b.y
print("setattr")
setattr(b, "x", None)
print("delattr z after set")
b.z = A(4)
delattr(b, "z")
print("end")
