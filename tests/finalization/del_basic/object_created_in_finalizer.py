class Inner:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Inner.__del__", self.n)


class Outer:
    def __del__(self):
        print("Outer.__del__ start")
        tmp = Inner(1)
        Inner(2)
        print("Outer.__del__ end")


o = Outer()
print("before del")
del o
print("after del")
