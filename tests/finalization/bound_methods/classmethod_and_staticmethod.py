class A:
    def __init__(self, n):
        self.n = n

    @classmethod
    def make(cls, n):
        return cls(n)

    @staticmethod
    def make2(n):
        return A(n)

    def __del__(self):
        print("A.__del__", self.n)


A.make(1)
print("after classmethod")
A.make2(2)
print("after staticmethod")
f = A(3).make
print("bound classmethod does not hold the instance")
