class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def use(x):
    print("use", x.n)
    del x
    print("use: deleted local")


a = A(1)
use(a)
print("caller still holds a")
use(A(2))
print("after temporary argument")
del a
print("end")
