# groupby: keys, groups sharing the parent iterator, stale groups
import itertools

print([k for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print([(k, list(g)) for k, g in itertools.groupby(range(10), lambda x: x // 3)])
print(list(itertools.groupby([])))

g = itertools.groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = itertools.groupby('aaabbb')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), next(g2), list(g2))
print(list(g))

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v
    def __repr__(self):
        return 'Key(%d)' % self.v
for k, grp in itertools.groupby([1, 1, 2], key=Key):
    print(k, list(grp))

nan = float('nan')
print([(k, len(list(g))) for k, g in itertools.groupby([nan, nan, 1.0])])

def bad_key(x):
    if x == 2:
        raise ValueError('no key for 2')
    return x
g = itertools.groupby([1, 1, 2], key=bad_key)
k, grp = next(g)
try:
    print(list(grp))
except ValueError as e:
    print('ValueError', e)
for args, kw in [((), {}), ((1,), {}), (([1],), {'key': None, 'x': 1}),
                 (([1], None, 1), {})]:
    try:
        itertools.groupby(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
g = itertools.groupby('ab')
k, grp = next(g)
print(type(grp).__name__, iter(grp) is grp)
