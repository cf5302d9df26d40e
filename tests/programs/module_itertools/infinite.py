# count, cycle, repeat: values, reprs, length hints
import itertools

c = itertools.count()
print([next(c) for i in range(5)], c)
print(itertools.count(10), itertools.count(-3), itertools.count(5, 2))
print(itertools.count(2.5), itertools.count(1, 0.5), itertools.count(1, 1.0))
c = itertools.count(0.5, 0.25)
print([next(c) for i in range(4)], c)
c = itertools.count(2 ** 64, 2 ** 63)
print([next(c) for i in range(3)], c)
c = itertools.count(9223372036854775806)
print([next(c) for i in range(3)], c)
c = itertools.count(True)
print(next(c), next(c), c)
c = itertools.count(1 + 2j, 1j)
print(next(c), next(c), c)
c = itertools.count(start=3, step=-1)
print([next(c) for i in range(5)], c)
print(list(zip('abc', itertools.count(1))))
for args in [('a',), (1, 'b'), (None,)]:
    try:
        itertools.count(*args)
    except TypeError as e:
        print('TypeError', e)

cy = itertools.cycle('abc')
print([next(cy) for i in range(8)])
cy = itertools.cycle([])
print(list(cy))
def gen():
    print('gen start')
    yield 1
    yield 2
    print('gen end')
cy = itertools.cycle(gen())
print([next(cy) for i in range(5)])

r = itertools.repeat('x', 3)
print(r, r.__length_hint__(), next(r), r, r.__length_hint__())
print(list(r), r, list(r))
print(itertools.repeat([1, 2]), itertools.repeat(None, -5), itertools.repeat(1, 0))
print(list(itertools.repeat(7, times=2)))
print(list(map(pow, range(5), itertools.repeat(2))))
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(isinstance(c, itertools.count), type(r).__name__, type(cy))
print(iter(r) is r, iter(c) is c)
