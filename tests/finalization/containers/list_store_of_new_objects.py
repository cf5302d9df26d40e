class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = [D(0), D(1), D(2)]
a[1] = D(10)
print("stored")
a[-1] = D(20)
print("stored2")
x = D(30)
a[0] = x
print("stored3")
del x
print("dropped x")
b = [D(i) for i in range(40, 43)]
print("comp")
c = [1, 2, 3]
c[0] = D(50)
print("switched")
c[1] = 7
try:
    a[5] = D(60)
except IndexError as e:
    print("IndexError", e)
print(True and a[True].n)
a[True] = D(70)
print("end")
