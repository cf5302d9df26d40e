class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f(x=A("default")):
    return x.n


print(f())
print("redefine f")


def f(y=A("new default")):
    return y.n


print(f())
print("del f")
del f
print("end")
