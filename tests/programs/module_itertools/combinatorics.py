# combinations, combinations_with_replacement, permutations, product
import itertools

print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations('AB', 0)), list(itertools.combinations('AB', 3)))
print(list(itertools.combinations([], 0)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement('', 2)))
print(list(itertools.combinations_with_replacement('', 0)))
print(list(itertools.combinations_with_replacement('AB', 0)))
print(list(itertools.permutations('ABC')))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations('AB', 3)), list(itertools.permutations('', 0)))
print(list(itertools.permutations([], None)))
print(len(list(itertools.permutations(range(6)))))
print(list(itertools.product('AB', 'xy')))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product('AB', 'xy', repeat=2))[:6])
print(list(itertools.product()), list(itertools.product('ab', [])))
print(list(itertools.product(1, repeat=0)))
print(len(list(itertools.product(range(3), range(4), range(5)))))
print(list(itertools.combinations(iter([3, 1, 2]), 2)))

pool = [[0], [1]]
c = itertools.combinations(pool, 1)
pool.append([2])
print(list(c))

for f, args in [(itertools.combinations, ([1], -1)),
                (itertools.combinations, ([1], 'a')),
                (itertools.combinations, (1, 2)),
                (itertools.combinations, ([1],)),
                (itertools.combinations_with_replacement, ([1], -1)),
                (itertools.permutations, ([1], -1)),
                (itertools.permutations, ([1], 'a')),
                (itertools.permutations, ([1], 2.0)),
                (itertools.permutations, (1,)),
                (itertools.product, (1,)),
                (itertools.product, ([1],))]:
    try:
        print(list(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in [{'repeat': -1}, {'repeat': 'a'}, {'foo': 1}]:
    try:
        itertools.product([1], **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.combinations(iterable='abc', r=2)))
