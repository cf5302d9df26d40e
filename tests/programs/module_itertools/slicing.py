# islice: arguments, errors, consumption of the underlying iterator
import itertools

print(list(itertools.islice('ABCDEFG', 2)))
print(list(itertools.islice('ABCDEFG', 2, 4)))
print(list(itertools.islice('ABCDEFG', 2, None)))
print(list(itertools.islice('ABCDEFG', 0, None, 2)))
print(list(itertools.islice(range(100), 5, 50, 10)))
print(list(itertools.islice(range(10), None)))
print(list(itertools.islice(range(10), None, None, None)))
print(list(itertools.islice(range(10), 3, 3)))
print(list(itertools.islice(range(10), 5, 2)))
print(list(itertools.islice(itertools.count(), 3, 8, 2)))

it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
s = itertools.islice(it, 2, 4)
print(list(s), list(it))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(itertools.islice(range(20), Idx(2), Idx(10), Idx(3))))

bad = [(), ([1],), ([1], 'a'), ([1], -1), ([1], -5), ([1], 1, 'a'),
       ([1], 'a', 2), ([1], -1, 2), ([1], 1, 2, 0), ([1], 1, 2, -1),
       ([1], 1, 2, 'x'), ([1], 1, 2, 3, 4), ([1], 2 ** 70), ([1], 1.0),
       (1, 2)]
for args in bad:
    try:
        itertools.islice(*args)
        print('ok', args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.islice([1], stop=3)
except TypeError as e:
    print('TypeError', e)

def gen():
    yield 1
    raise KeyError('boom')
s = itertools.islice(gen(), 5)
print(next(s))
try:
    next(s)
except KeyError as e:
    print('KeyError', e)
print(list(s))
