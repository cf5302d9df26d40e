def gen():
    yield 1
    return 'value'

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
