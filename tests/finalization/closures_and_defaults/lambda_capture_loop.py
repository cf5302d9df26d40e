class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


fns = []
for i in range(3):
    fns.append(lambda a=A(i): a.n)
print([f() for f in fns])
print("pop last")
fns.pop()
print("clear")
fns.clear()
print("end")
