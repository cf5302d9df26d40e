class Foo:
    def __init__(self, n):
        self.n = n

    def m(self):
        print("Foo.m", self.n)
        return self.n * 10

    def __del__(self):
        print("Foo.__del__", self.n)


print("statement 1")
Foo(1).m()
print("statement 2")
print("printing", Foo(2).m())
print("statement 3")
x = Foo(3).m() + Foo(4).m()
print("x =", x)
