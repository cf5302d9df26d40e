from itertools import *
import operator, collections
def take(n, it): return list(islice(it, n))
def pairwise_(it):
    a, b = tee(it); next(b, None); return zip(a, b)
def grouper(it, n, fillvalue=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fillvalue)
def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its)
    num = len(its)
    while num:
        try:
            for n in nexts: yield n()
        except StopIteration:
            num -= 1
            nexts = cycle(islice(nexts, num))
def powerset(it):
    s = list(it); return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(it, key=None):
    seen = set()
    for e in it:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k); yield e
def flatten(l): return chain.from_iterable(l)
def sliding_window(it, n):
    it = iter(it); w = collections.deque(islice(it, n), maxlen=n)
    if len(w) == n: yield tuple(w)
    for x in it:
        w.append(x); yield tuple(w)
def partition(pred, it):
    t1, t2 = tee(it); return filterfalse(pred, t1), filter(pred, t2)
print(take(5, count(10, 3)), take(7, cycle('ab')), list(repeat('x', 3)))
print(list(pairwise_('abcd')), list(pairwise('abcd')))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(flatten([[1, 2], [3], []])), list(sliding_window(range(6), 3)))
ev, od = partition(lambda x: x % 2, range(10)); print(list(ev), list(od))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2, 3], initial=100)))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blue']), key=lambda s: s[0])])
print(list(starmap(pow, [(2, 5), (3, 2)])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(permutations('ABC', 2)), len(list(permutations(range(5)))))
print(list(combinations_with_replacement('AB', 2)), list(product('ab', repeat=2)), list(product([1, 2], 'xy')))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(islice('ABCDEFG', 2, None, 2)))
a, b, c = tee(iter([1, 2, 3]), 3); print(list(a), list(b), next(c))
print(sum(1 for _ in combinations(range(10), 4)), list(chain('ab', [1], ())))
