class A:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, key):
        print("getitem", self.n, key.n)
        return 0

    def __del__(self):
        print("A.__del__", self.n)


print("statement")
A(1)[A(2)]
print("end")
