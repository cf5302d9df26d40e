class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def f():
    try:
        x = A(1)
        return "value"
    finally:
        print("finally")


print(f())
