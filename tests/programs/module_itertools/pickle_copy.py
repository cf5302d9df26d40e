# copy, deepcopy and pickle (protocols 0-5) of the itertools objects and
# of map, filter, zip, enumerate, reversed, fresh and part-consumed.
import copy
import operator
import pickle
from itertools import *


def expand(it, stop=6, depth=0):
    if depth > 5 or isinstance(it, str):
        return it
    try:
        items = list(islice(it, stop))
    except TypeError:
        return it
    return [expand(e, stop, depth + 1) for e in items]


def keyfirst(x):
    return x[0]


def below3(x):
    return x < 3


def nothing(a, b):
    return None


copiers = [('copy', copy.copy), ('deepcopy', copy.deepcopy)] + [
    ('p%d' % proto, lambda it, proto=proto: pickle.loads(pickle.dumps(it, proto)))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1)]

makers = [
    ('count', lambda: count(3)),
    ('count_float', lambda: count(1.5, 0.5)),
    ('count_big', lambda: count(2 ** 70, -3)),
    ('repeat', lambda: repeat('r', 4)),
    ('repeat_inf', lambda: repeat(7)),
    ('cycle', lambda: cycle('abc')),
    ('chain', lambda: chain('ab', [1, 2], (3,))),
    ('chain_from', lambda: chain.from_iterable(['xy', 'z'])),
    ('accumulate', lambda: accumulate([1, 2, 3, 4])),
    ('accumulate_init', lambda: accumulate([1, 2, 3], operator.mul, initial=10)),
    ('accumulate_none', lambda: accumulate([1, 2, 3], nothing)),
    ('compress', lambda: compress('abcdef', [1, 0, 1, 1, 0, 1])),
    ('dropwhile', lambda: dropwhile(below3, [1, 2, 3, 1, 5])),
    ('takewhile', lambda: takewhile(below3, [1, 2, 3, 1])),
    ('filterfalse', lambda: filterfalse(None, [0, 1, '', 'a', 0])),
    ('starmap', lambda: starmap(operator.pow, [(2, 3), (3, 2), (10, 1)])),
    ('islice', lambda: islice(range(20), 2, 15, 3)),
    ('islice_stop', lambda: islice('abcdefg', 4)),
    ('groupby', lambda: groupby('aabbbc')),
    ('groupby_key', lambda: groupby([(1, 'a'), (1, 'b'), (2, 'c')], keyfirst)),
    ('combinations', lambda: combinations('abcd', 2)),
    ('combinations_big_r', lambda: combinations('ab', 3)),
    ('cwr', lambda: combinations_with_replacement('abc', 2)),
    ('permutations', lambda: permutations('abc', 2)),
    ('permutations_full', lambda: permutations(range(3))),
    ('product', lambda: product('ab', range(3))),
    ('product_repeat', lambda: product([0, 1], repeat=2)),
    ('product_empty', lambda: product()),
    ('zip_longest', lambda: zip_longest('abc', [1], fillvalue='-')),
    ('tee', lambda: tee('abcde')[0]),
    ('map', lambda: map(operator.add, [1, 2, 3], [10, 20, 30])),
    ('filter', lambda: filter(None, [0, 1, 2, 0, 3])),
    ('zip', lambda: zip('abc', count())),
    ('zip_strict', lambda: zip('ab', 'cd', strict=True)),
    ('enumerate', lambda: enumerate('abc', 5)),
    ('reversed', lambda: reversed('abcd')),
    ('reversed_list', lambda: reversed([1, 2, 3])),
]

for name, make in makers:
    for take in (0, 1, 10):
        results = []
        for cname, copier in copiers:
            it = make()
            for i in range(take):
                next(it, None)
            try:
                it2 = copier(it)
                results.append((cname, type(it2) is type(it),
                                repr(expand(it2))))
            except Exception as e:
                results.append((cname, type(e).__name__, str(e)))
        first = results[0]
        if all(r[1:] == first[1:] for r in results):
            print(name, take, first[1:])
        else:
            print(name, take, results)

# pickling a part-consumed groupby and its current group
g = groupby('aaabbc')
k, grp = next(g)
print(k, next(grp))
g2 = pickle.loads(pickle.dumps(g))
grp2 = pickle.loads(pickle.dumps(grp))
print([(k, list(v)) for k, v in g2], list(grp2))
k, grp = next(g)
old = grp
next(g)
print(old.__reduce__()[0] is iter, list(pickle.loads(pickle.dumps(old))))

# tee copies share their buffer, and so do their pickles
a, b = tee(range(100))
next(a)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(next(a2), next(b2), list(islice(a2, 60))[-1], list(islice(b2, 2)))

# pairwise has no reduction
try:
    pickle.dumps(pairwise('abc'))
except TypeError as e:
    print('TypeError', e)


# instances of heap subclasses pickle as their class (attributes are not
# part of the builtin reduction)
class Z(zip):
    pass


class C(chain):
    pass

z = Z('ab', 'cd')
z.attr = 1
z2 = pickle.loads(pickle.dumps(z))
print(type(z2).__name__, list(z2), hasattr(z2, 'attr'))
c = C('ab', 'c')
next(c)
c2 = copy.deepcopy(c)
print(type(c2).__name__, list(c2))
