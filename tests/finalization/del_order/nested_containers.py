class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


data = [A(1), (A(2), A(3)), {"k": A(4), "j": [A(5), A(6)]}, A(7)]
print("before del")
del data
print("after del")
