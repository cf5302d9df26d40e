def inner():
    yield 1
    yield 2
    return 'inner result'

def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3

for x in outer():
    print(x)
