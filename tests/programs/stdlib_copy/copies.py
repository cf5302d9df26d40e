import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
r = [1]; r.append(r)
rc = copy.deepcopy(r); print(rc[1] is rc, rc[1] is r)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Pt(%r, %r)' % (self.x, self.y)
p = Pt([1], 2); q = copy.copy(p); w = copy.deepcopy(p)
p.x.append(3); print(q, w)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('copy called'); return Custom(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
c = Custom([1]); print(copy.copy(c).v, copy.deepcopy(c).v)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
sc = copy.deepcopy(Slots()); print(sc.a, sc.b)
class WithState:
    def __init__(self): self.data = [1, 2]; self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'rebuilt'
ws = copy.deepcopy(WithState()); print(ws.data, ws.cache)
t = (None, len, (print,)); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
print(copy.copy(5), copy.deepcopy('s'), copy.copy({1, 2}) == {1, 2}, copy.deepcopy(frozenset([1])))
import collections
od = collections.OrderedDict(a=[1]); odc = copy.deepcopy(od); od['a'].append(2); print(odc)
dd = collections.defaultdict(list, x=[1]); ddc = copy.deepcopy(dd); print(ddc, ddc.default_factory)
print(copy.replace if hasattr(copy, 'replace') else 'no replace', copy.Error.__name__)
f = lambda: 1; print(copy.deepcopy(f) is f, copy.copy(len) is len)
