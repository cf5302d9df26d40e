class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


for i, a in enumerate([A(1), A(2)]):
    print("enumerate", i, a.n)
print("after enumerate loop")
a = None
for x, y in zip([A(3)], [A(4)]):
    print("zip", x.n, y.n)
print("after zip loop")
x = y = None
print("end")
