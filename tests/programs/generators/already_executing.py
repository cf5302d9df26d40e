def gen():
    yield 1
    next(g)
    yield 2

g = gen()
print(next(g))
next(g)
