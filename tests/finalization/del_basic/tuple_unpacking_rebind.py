class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


x, y = A(1), A(2)
print("swap")
x, y = y, x
print("rebind both")
x, y = A(3), A(4)
print("after rebind")
del x, y
print("end")
