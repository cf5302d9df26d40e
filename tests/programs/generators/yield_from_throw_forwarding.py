def inner():
    try:
        yield 1
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'inner recovered'
    return 'inner done'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer end'

g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
