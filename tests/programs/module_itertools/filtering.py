# compress, dropwhile, takewhile, filterfalse, starmap
import itertools

print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABCDEF', [1, 1])))
print(list(itertools.compress('AB', itertools.count())))
print(list(itertools.compress(data='ABC', selectors=[0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(max, [[1, 5, 2], 'xyz', range(3)])))
print(list(itertools.starmap(lambda *a: a, [(), (1,), (1, 2)])))

tw = itertools.takewhile(lambda x: x < 3, itertools.count())
print(list(tw), list(tw))
it = iter(range(10))
tw = itertools.takewhile(lambda x: x < 3, it)
print(list(tw), next(it))

class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print(list(itertools.compress('abc', [Truth(True), Truth(False), Truth(True)])))
print(list(itertools.dropwhile(lambda x: Truth(x < 2), range(4))))

def pred(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x < 10
for f in (itertools.takewhile, itertools.dropwhile, itertools.filterfalse):
    g = f(pred, range(5))
    try:
        print(list(g))
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
for name in ['compress', 'dropwhile', 'takewhile', 'filterfalse', 'starmap']:
    try:
        getattr(itertools, name)(len)
    except TypeError as e:
        print('TypeError', e)
try:
    list(itertools.starmap(len, [1]))
except TypeError as e:
    print('TypeError', e)
