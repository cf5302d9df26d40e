class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("A.__del__", self.n)


def g():
    inner = A("inner")
    raise ValueError


def f():
    try:
        g()
    except ValueError:
        print("caught in f")
    print("f continues")
    return "done"


print(f())
