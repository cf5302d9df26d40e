import itertools as it
from operator import itemgetter
sales = [('north', 'jan', 10), ('south', 'jan', 7), ('north', 'feb', 4), ('east', 'jan', 1), ('south', 'feb', 9), ('north', 'mar', 6)]
for region, rows in it.groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0)):
    rows = list(rows)
    print(region, sum(r[2] for r in rows), [r[1] for r in rows])
running = list(it.accumulate(r[2] for r in sales))
print(running, list(it.accumulate(running, max)))
def batched(iterable, n):
    itr = iter(iterable)
    while batch := tuple(it.islice(itr, n)):
        yield batch
print(list(batched('ABCDEFG', 3)))
print(list(it.chain.from_iterable(it.repeat(x, x) for x in range(4))))
pages = it.count(1)
print([next(pages) for _ in range(3)], next(pages))
c = it.count(0.5, 0.25); print([next(c) for _ in range(4)], repr(it.count(3, 2)))
print(list(it.islice(it.cycle([1, 2, 3]), 2, 9, 2)), list(it.starmap(lambda a, b: a * b, zip(range(4), it.count(10)))))
print(list(it.product(range(2), repeat=3))[:5], sum(1 for _ in it.permutations('abcd', 3)))
a, b = it.tee(x * x for x in range(5)); print(next(a), next(a), list(b), list(a))
print(list(it.zip_longest([1, 2], [], 'xyz')), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.pairwise([])), list(it.compress(range(10), it.cycle([1, 0, 0]))), list(it.takewhile(str.isdigit, '123abc45')))
try:
    it.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    list(it.repeat(1, 'x'))
except TypeError as e:
    print('TypeError', e)
print(list(it.combinations(range(4), 0)), list(it.combinations([], 2)), list(it.product()))
