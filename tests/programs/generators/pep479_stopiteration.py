def gen():
    yield 1
    next(iter([]))
    yield 2

g = gen()
print(next(g))
next(g)
