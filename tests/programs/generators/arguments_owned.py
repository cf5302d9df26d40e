def gen(items, extra):
    for x in items:
        yield x
    yield extra[0]

g = gen([1, 2, [3, 4]], [[5]])
print(next(g))
h = gen(list(range(3)), ['tail'])
print(list(h))
print(list(g))
