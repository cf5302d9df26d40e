class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


for a in [A(1), A(2), A(3)]:
    print("body", a.n)
print("after loop")
del a
print("end")
