import copy, pickle
print(frozenset([1]).__reduce__(), set([2]).__reduce_ex__(4))
class S(set):
    pass
s = S([3]); s.tag = 'x'
r = s.__reduce__(); print(r[0].__name__, r[1], r[2])
c = copy.deepcopy(s); print(type(c).__name__, sorted(c), c.tag)
fs = frozenset([frozenset([1, 2]), 3]); d = copy.deepcopy(fs); print(d == fs, sorted(len(x) if isinstance(x, frozenset) else x for x in d))
ls = [{1, 2}, frozenset([3])]; lc = copy.deepcopy(ls); print(lc, lc[0] is ls[0])
