class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def outer():
    captured = A("captured")

    def inner():
        return captured.n
    return inner


f = outer()
print("outer returned", f())
del f
print("after del f")
