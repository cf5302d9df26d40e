class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


A(1)
print("after bare call")
[A(2), A(3)]
print("after bare list")
(A(4), A(5))[0]
print("after subscript of temporary tuple")
