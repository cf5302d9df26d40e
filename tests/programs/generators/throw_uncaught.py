def gen():
    yield 1
    print('not reached')
    yield 2

g = gen()
print(next(g))
g.throw(ValueError('boom'))
