def gen():
    print('never runs')
    yield 1

g = gen()
g.throw(KeyError, 'k')
