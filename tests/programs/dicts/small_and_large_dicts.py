class S(str):
    pass
d = {'a': 1, 'b': 2}
print(d[S('a')], S('b') in d, d.get(S('zz'), 'no'))
d2 = {'a': 1}
d2[S('a')] = 5
print(d2, type(list(d2)[0]).__name__)
e = {}
for i in range(12):
    e['k%d' % i] = i
print(len(e), e['k11'], list(e)[:3])
for i in range(0, 12, 2):
    del e['k%d' % i]
print(len(e), e, e.popitem(), len(e))
f = {'x': 1}
f[1] = 'one'
f[1.0] = 'float'
print(f, f[True])
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return o == self.v
    def __hash__(self): return hash(self.v)
g = {'q': 7}
print(g[K('q')], K('q') in g, g.get(K('r')))
h = {'a': 1, 'b': 2, 'c': 3}
del h['b']; h['b'] = 4; print(h, list(h.items()))
def kw(**k):
    k['extra'] = len(k)
    return k
print(kw(a=1, b=2), kw())
print({**{'a': 1}, **{'a': 2, 'b': 3}}, dict(a=1, b=2) == {'b': 2, 'a': 1})
import json
print(json.loads('{"a": [1, 2, {"b": null}], "c": "d"}'))
