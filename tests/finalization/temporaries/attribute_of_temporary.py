class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


v = A(1).n
print("got", v)
print("inline", A(2).n + A(3).n)
