class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


a = A("global")


def f():
    local = A("local")
    raise ValueError("uncaught")


f()
