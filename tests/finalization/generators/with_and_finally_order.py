class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.n)


def gen():
    try:
        with CM(1):
            with CM(2):
                yield 1
    finally:
        print("finally")


g = gen()
next(g)
print("before drop")
g = None
print("after drop")
