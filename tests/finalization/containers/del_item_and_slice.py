class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


lst = [A(i) for i in range(6)]
print("del lst[0]")
del lst[0]
print("del lst[1:4]")
del lst[1:4]
print("remaining", [a.n for a in lst])
print("slice assignment")
lst[0:1] = [A(10)]
print("del lst")
del lst
print("end")
