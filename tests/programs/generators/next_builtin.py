def gen():
    yield 'a'
    yield 'b'

g = gen()
print(next(g))
print(next(g))
print(next(g, 'default'))
print(next(g, None))
