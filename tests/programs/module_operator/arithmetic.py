# _operator: arithmetic, bitwise and in-place functions
import _operator as op

names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
         'rshift', 'and_', 'or_', 'xor']
for name in names:
    f = getattr(op, name)
    g = getattr(op, 'i' + name.rstrip('_'))
    print(name, f(7, 3), g(7, 3), f(True, 1) if 'shift' not in name else f(1, True))
    if name not in ('lshift', 'rshift', 'and_', 'or_', 'xor'):
        print('  float', f(7.5, 2), g(-7.5, 2))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.mod('%s-%d', ('x', 5)))
print(op.add(2 ** 70, 1), op.pow(2, -1), op.pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(op.or_({1, 2}, {3}), op.and_({1, 2}, {2, 3}), op.xor({1}, {2}))

l = [1]
r = op.iadd(l, (2, 3))
print(r, l, r is l)
r = op.imul(l, 2)
print(r, l, r is l)
t = (1,)
r = op.iadd(t, (2,))
print(r, t)
s = {1}
r = op.ior(s, {2})
print(r is s, sorted(s))

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v
        return self
    def __matmul__(self, o):
        return 'matmul'
    def __repr__(self):
        return 'V(%r)' % self.v
a = V(1)
print(op.add(a, V(2)), a, op.iadd(a, V(5)), a, op.matmul(a, a))
for f, args in [(op.add, (1, 'a')), (op.truediv, (1, 0)), (op.mod, (1, 0)),
                (op.floordiv, (1.0, 0)), (op.add, ([], ())),
                (op.lshift, (1, -1)), (op.sub, ('a', 1))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(), (1,), (1, 2, 3)]:
    try:
        op.add(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    op.add(1, b=2)
except TypeError as e:
    print('TypeError', e)
