# Temporaries (items taken from an iterator) handed by builtins to special
# methods written in Python, which set attributes on them: each must stay
# alive while the builtin still holds it.
class H(int):
    def __hash__(self):
        self.c = getattr(self, 'c', 0) + 1
        return int.__hash__(self)
    def __eq__(self, o):
        self.e = 1
        return int.__eq__(self, o)
    def __lt__(self, o):
        self.l = 1
        return int.__lt__(self, o)
    def __gt__(self, o):
        self.g = 1
        return int.__gt__(self, o)
    def __add__(self, o):
        self.a = 1
        return H(int(self) + int(o))
    __radd__ = __add__
    def __index__(self):
        self.i = 1
        return int(self)
    def __bool__(self):
        self.b = 1
        return True

def g(n=5):
    return (H(i) for i in range(n))

print(sorted(set(g())))
print(sorted(frozenset(g())))
s = set(); s.update(g()); print(sorted(s))
s = set(); s |= set(g()); print(len(s))
print(len(set(g()) & set(g())))
s = set(range(5)); s.difference_update(g()); print(s)
s = set(range(5)); s.intersection_update(g()); print(sorted(s))
s = set(range(5)); s.symmetric_difference_update(g()); print(s)
print(set(range(3)).issubset(g()), set(range(3)).issuperset(g()), set(range(9)).isdisjoint(g()))
print(set(range(3)).union(g()) == set(range(5)), set(range(3)).intersection(g()))
print(set(range(3)).difference(g()), set(range(3)).symmetric_difference(g()))
print(len(dict.fromkeys(g())))
print(len(dict(zip(g(), g()))))
d = {}; d.update(zip(g(), g())); print(len(d))
d = {}; d.update((k, 1) for k in g()); print(len(d))
print(min(g()), max(g()), min(g(), key=lambda x: -x), max(g(), key=int))
print(sum(g()), sum(g(), H(0)))
print(H(3) in g(), 7 in g(), H(3) in iter([H(1), H(3)]))
print(any(g()), all(g()))
print(list(map(lambda x: x, g())), list(filter(lambda x: x, g())))
print(list(filter(None, g())))
print(sorted(g(), key=lambda x: x), sorted(g(), reverse=True))
print(list(zip(g(), g())))
print(list(enumerate(g())))
print(list(reversed(list(g()))))
print(tuple(g()) .index(H(3)), tuple(g()).count(H(2)))
print(list(g()).index(H(3)))
l = list(g()); l.remove(H(2)); print(l)
print([1,2,3][H(1)], (1,2,3)[H(2)], "abc"[H(1)], range(10)[H(3)])
print(list(range(H(2), H(5))))
print(dict(a=1).get(H(1)), {H(1): 2}.get(1))
import itertools, functools, operator
print(list(itertools.chain(g(), g())))
print(list(itertools.accumulate(g())))
print([(k, list(v)) for k, v in itertools.groupby(g(), key=lambda x: x // 2)])
print(list(itertools.islice(g(), 1, 4)))
print(list(itertools.starmap(lambda a, b: a + b, zip(g(), g()))))
print(list(itertools.takewhile(lambda x: x < 3, g())), list(itertools.dropwhile(lambda x: x < 3, g())))
print(list(itertools.filterfalse(lambda x: x < 3, g())))
print(list(itertools.compress(g(), g())))
print(list(itertools.zip_longest(g(3), g(5))))
print(list(itertools.product(g(2), g(2))))
print(list(itertools.permutations(g(3), 2)))
print(list(itertools.combinations(g(4), 2)))
print(list(itertools.combinations_with_replacement(g(3), 2)))
print([list(x) for x in itertools.tee(g(3), 2)])
print(list(itertools.pairwise(g(4))))
print(functools.reduce(operator.add, g()), functools.reduce(lambda a, b: a + b, g(), H(10)))
print(sorted(g(), key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
import heapq, bisect, collections
h = list(g()); heapq.heapify(h); print(heapq.heappop(h), heapq.nlargest(2, g()), heapq.nsmallest(2, g()))
print(list(heapq.merge(g(3), g(3))))
print(bisect.bisect(list(g()), H(3)))
print(collections.Counter(g()).most_common(2))
print(list(collections.deque(g(), maxlen=3)))
dq = collections.deque(g()); print(dq.index(H(2)), dq.count(H(2)), H(3) in dq)
dq.remove(H(2)); print(dq)
print(collections.OrderedDict.fromkeys(g()))
print(str.join(",", map(str, g())))
print(list(iter(g().__next__, H(3))))
print(bytes(g()), bytearray(g()))
ba = bytearray(); ba.extend(g()); print(ba)
print(list(sorted(g(), key=H)))
print(divmod(H(7), H(2)), pow(H(2), H(3)), round(H(5)))
print(format(H(5), 'x'), hex(H(5)), "%d" % H(5), "%x" % H(9))
import array
print(array.array('i', g()))
print(dict(collections.ChainMap(dict.fromkeys(g()))).keys())
print(sorted(dict.fromkeys(g()).keys() & set(g())))
print(sorted(dict.fromkeys(g()).keys() | g()))
print(sorted(dict.fromkeys(g()).items() - set(zip(g(), g()))))
print("done")
