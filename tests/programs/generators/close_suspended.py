def gen():
    yield 1
    yield 2

g = gen()
print(next(g))
print(g.close())
print(g.gi_frame is None)
print(next(g, 'closed'))
print(g.close())
