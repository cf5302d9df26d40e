class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


lst = [A(1), A(2)]
print("replace index 0")
lst[0] = A(3)
print("replace index -1")
lst[-1] = None
print("multiply by zero")
lst *= 0
print("end", lst)
