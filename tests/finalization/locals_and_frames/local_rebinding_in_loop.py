class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f():
    x = None
    for i in range(3):
        print("bind", i)
        x = A(i)
    print("loop done")


f()
print("end")
