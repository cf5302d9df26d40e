def inner():
    total = 0
    while True:
        x = yield total
        if not x:
            return total
        total += x

def outer():
    result = yield from inner()
    yield 'total=%d' % result

g = outer()
print(g.send(None))
print(g.send(3))
print(g.send(4))
print(g.send(0))
