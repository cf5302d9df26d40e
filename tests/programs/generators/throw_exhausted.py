def gen():
    yield 1

g = gen()
print(list(g))
g.throw(IndexError('after the end'))
