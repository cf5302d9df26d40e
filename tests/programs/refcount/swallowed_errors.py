d = {1: 'a', 2: 'b', 3: 'c'}
print(sorted(d.keys() | (x for x in [3, 4, 5])))
print(sorted(d.keys() & iter([2, 3, 9])))
print(sorted(d.keys() - {1}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % self.v
s = set()
s.update(K(i % 3) for i in range(7))
print(sorted(s, key=lambda k: k.v))
s2 = set(K(i % 2) for i in range(5))
print(len(s2))
try:
    set([1, [2], 3])
except TypeError as e:
    print(e)
try:
    s.update(K(1) if i else [] for i in range(3))
except TypeError as e:
    print(e)
print(getattr(1, 'zz', 5), hasattr(1, 'zz'), hasattr(s, 'add'))
try:
    ''.join(5)
except TypeError as e:
    print(e)
print('abc'.translate({97: 'x'}))
try:
    print(*5)
except TypeError as e:
    print(e)
print([*range(3)])
try:
    dict([1])
except TypeError as e: print(e)
