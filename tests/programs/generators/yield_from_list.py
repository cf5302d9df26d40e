def gen():
    yield 0
    yield from [1, 2, 3]
    yield from (4, 5)
    yield from 'ab'
    yield from range(6, 8)

print(list(gen()))
