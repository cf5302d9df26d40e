class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def inner():
    b = A("inner local")
    raise RuntimeError("x")


def outer():
    a = A("outer local")
    inner()


try:
    outer()
except RuntimeError:
    print("handler")
print("after")
