import functools
from functools import singledispatch, total_ordering, wraps, partial, reduce
import operator
@singledispatch
def show(x):
    return 'obj:%r' % (x,)
@show.register
def _(x: int):
    return 'int:%d' % x
@show.register(list)
def _(x):
    return 'list:' + ','.join(show(i) for i in x)
@show.register(bool)
def _(x):
    return 'bool'
print(show(3), show('s'), show([1, 'a', True]), show(2.5))
print(show.dispatch(int).__name__ if hasattr(show.dispatch(int), '__name__') else '?', sorted(k.__name__ for k in show.registry))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return 'generic'
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3), Shape().area('x'))
@total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return 'Ver%r' % (self.p,)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs), Ver(1) <= Ver(1), Ver(2) > Ver(1), Ver(1) >= Ver(2))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2), add.__qualname__)
p = partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords)
p2 = partial(p, '111')
print(p2(), repr(partial(max, 1)).startswith('functools.partial(<built-in function max>'))
print(reduce(operator.mul, range(1, 7)), reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set_one = functools.partialmethod(set, 1)
c = Cell(); c.set_one(); print(c.v)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
