from collections.abc import Mapping, MutableMapping, Sequence, MutableSet, Set
class FrozenDict(Mapping):
    def __init__(self, *a, **k):
        self._d = dict(*a, **k)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
fd = FrozenDict(a=1, b=2)
print(fd.get('a'), fd.get('z', 0), 'a' in fd, list(fd.keys()), list(fd.items()), list(fd.values()), fd == {'a': 1, 'b': 2})
class LowerDict(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
ld = LowerDict()
ld['A'] = 1; ld.update(B=2, c=3); ld.setdefault('D', 4)
print(sorted(ld.items()), ld.pop('a'), ld.pop('zz', None), len(ld))
print(ld.popitem(), len(ld))
ld.clear(); print(len(ld))
class Rng(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
r = Rng(5)
print(list(r), r.index(9), r.count(4), 16 in r, list(reversed(r)))
try:
    r.index(7)
except ValueError as e:
    print('ValueError', e)
class ListSet(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it: self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
s = ListSet([3, 1, 2])
t = ListSet([2, 5])
print(list(s | t), list(s & t), list(s - t), list(s ^ t), s <= ListSet([1, 2, 3, 4]), s.isdisjoint([9]))
s |= [7]; s -= [1]
print(list(s), s.pop(), list(s))
try:
    Mapping()
except TypeError as e:
    print('TypeError', e)
