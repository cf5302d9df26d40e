class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


try:
    raise KeyError(A(1))
except KeyError:
    print("in handler")
print("after handler")
