def gen():
    x = yield 'first'
    print('got', x)
    y = yield 'second'
    print('got', y)

g = gen()
print(next(g))
print(next(g))
print(next(g, 'end'))
