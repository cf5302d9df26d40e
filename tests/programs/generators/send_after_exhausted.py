def gen():
    yield 1

g = gen()
print(next(g))
print(next(g, 'done'))
g.send(None)
