# _functools.partial: attributes, calls, keyword merging, flattening, repr
import _functools

p = _functools.partial(max, 1, key=abs)
print(p.func, p.args, p.keywords)
print(p(-5, 3), p(-5, 3, key=lambda x: x))
print(p)
print(_functools.partial(len, 1, a=2))
q = _functools.partial(p, 2, default=3)
print(q, q.func is max)
print(_functools.partial(p, 2, key=str).keywords)
print(_functools.partial(dict, 1, a=2, b=3) if False else _functools.partial(dict, a=2, b=3)(b=4, c=5))
print(_functools.partial(_functools.partial(dict, a=1), b=2)(a=3))
print(_functools.partial(print, sep='-')(1, 2, sep='+'))

pk = _functools.partial(max)
pk.keywords['key'] = abs
print(pk(-5, 3), pk)
pr = _functools.partial(max)
pr.keywords['self'] = pr
print(pr)

p2 = _functools.partial(max, 1)
p2.x = 1
print(p2.x, p2.__dict__, _functools.partial(p2, 2))
print(isinstance(p, _functools.partial), _functools.partial)

class P(_functools.partial):
    pass
print(P(max, 1), _functools.partial(P(max, 1), 2), P(_functools.partial(max, 1), 2))
class Q(_functools.partial):
    def __call__(self, *a):
        return 'Q', super().__call__(*a)
q = Q(max, 5)
print(q(7), _functools.partial(q, 1))

def f(*args, **kw):
    return args, sorted(kw.items())
print(_functools.partial(f, 1, 2, x=1)(3, y=2))
print(_functools.partial(f)())

for args, kw in [((), {}), ((1,), {}), ((), {'func': len})]:
    try:
        _functools.partial(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
for name in ['func', 'args', 'keywords']:
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print('AttributeError', e)
