class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


shared = A("shared")
lst = [(shared, A(1)), (shared, A(2))]
del shared
print("del first tuple")
del lst[0]
print("del second tuple")
del lst[0]
print("end")
