# Which ranges iterate on machine ints (range_iterator) and which on big
# ints (longrange_iterator), forwards and reversed; __length_hint__ of
# the builtin sequence iterators.
import operator
import pickle

M = 2**63 - 1
m = -2**63
CASES = [(m, 0, 1), (m + 1, 0, 1), (m, 0, 2), (0, M, 1), (0, M, 2),
         (0, m, -1), (5, m, -1), (M, 0, -1), (M - 1, 0, -1),
         (m, M, 2**62), (0, 10, m), (0, -10, m + 1), (0, 0, 1), (10, 0, 1),
         (1, 2, M), (3, 20, 4), (20, 3, -4), (0, 2**70, 2**60)]
for t in CASES:
    r = range(*t)
    it = iter(r)
    rv = reversed(r)
    print(t, type(it).__name__, type(rv).__name__)
    print('  ', next(it, None), next(it, None), next(rv, None),
          next(rv, None), it.__length_hint__(), rv.__length_hint__())
    back = pickle.loads(pickle.dumps(it))
    print('  ', type(back).__name__, back.__length_hint__(), next(back, None))

for seq in ([1, 2, 3], (1, 2, 3), 'abc'):
    it = iter(seq)
    next(it)
    rv = reversed(seq)
    print(type(it).__name__, it.__length_hint__(), operator.length_hint(it),
          type(rv).__name__, rv.__length_hint__(), operator.length_hint(rv))
    list(it)
    list(rv)
    print(it.__length_hint__(), rv.__length_hint__())

lst = [1, 2, 3]
it = iter(lst)
lst.append(4)
print(it.__length_hint__())
del lst[:]
print(it.__length_hint__())

for obj in (reversed([1, 2]), reversed((1, 2)), iter(range(3))):
    try:
        len(obj)
    except TypeError as e:
        print('TypeError:', e)
