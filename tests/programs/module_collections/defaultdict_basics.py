# _collections.defaultdict: the factory, __missing__, repr, copy
import _collections
dd = _collections.defaultdict
d = dd(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d.default_factory, isinstance(d, dict))
print(d.get('zz'), 'zz' in d, len(d))
n = dd(int, {'x': 1}, y=2)
n['z'] += 5
print(sorted(n.items()))
none = dd()
try:
    none['missing']
except KeyError as e:
    print('KeyError', e)
print(none, repr(dd(None)))
try:
    dd(1)
except TypeError as e:
    print('TypeError', e)
c = n.copy()
print(type(c).__name__, c == n, c is n, c.default_factory)
d.default_factory = set
d['s'].add(3)
print(d)
class Tree(dd):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t['a']['b']['c'] = 1
print(type(t['a']).__name__, t['a']['b']['c'])
print(dd.__mro__[1].__name__, dd.__module__)
