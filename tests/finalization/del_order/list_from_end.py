class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


lst = [A(1), A(2), A(3), A(4)]
print("before del")
del lst
print("after del")
