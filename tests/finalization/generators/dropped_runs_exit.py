class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, val, tb):
        print("exit with", typ.__name__ if typ else None)
        return False


def gen():
    with CM():
        yield 1
        yield 2


g = gen()
print("next:", next(g))
print("before drop")
g = None
print("after drop")
