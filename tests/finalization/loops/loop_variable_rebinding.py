class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def produce():
    for i in range(3):
        yield A(i)


for x in produce():
    print("body", x.n)
print("after loop, x still bound to", x.n)
del x
print("end")
