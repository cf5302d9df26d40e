# _operator: item access, contains, countOf, indexOf, concat, length_hint
import _operator as op

d = {'a': 1}
print(op.getitem(d, 'a'), op.setitem(d, 'b', 2), d, op.delitem(d, 'a'), d)
l = [0, 1, 2, 3, 4]
print(op.getitem(l, slice(1, 3)), op.getitem('hello', -1))
op.setitem(l, slice(0, 2), ['x'])
op.delitem(l, -1)
print(l)
for f, args in [(op.getitem, (d, 'zz')), (op.getitem, ([1], 5)),
                (op.delitem, ([], 0)), (op.getitem, (1, 2)),
                (op.setitem, ((1,), 0, 2))]:
    try:
        f(*args)
    except (TypeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)

print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({1: 2}, 2))
print(op.contains(range(10), 5), op.contains(iter([1, 2]), 2))
try:
    op.contains('abc', 1)
except TypeError as e:
    print('TypeError', e)
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf('aab', 'a'),
      op.countOf(iter([1, 1]), 1), op.countOf([], 1))
print(op.indexOf([3, 2, 1], 1), op.indexOf('abc', 'c'), op.indexOf(range(5), 4))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([0, nan], nan))
for f, args in [(op.countOf, (1, 1)), (op.indexOf, ([1, 2], 3)),
                (op.indexOf, (1, 2)), (op.contains, (1, 2))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
l = [1]
print(op.iconcat(l, (2, 3)), l)
t = (1,)
print(op.iconcat(t, (2,)), t)
for f, args in [(op.concat, (1, 2)), (op.concat, ([1], (2,))),
                (op.concat, ((1,), [2])), (op.iconcat, ({}, {})),
                (op.concat, ('a', 1))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)

class LH:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
class L:
    def __len__(self):
        return 3
print(op.length_hint([1, 2]), op.length_hint(L()), op.length_hint(iter(range(7))))
it = iter([1, 2, 3])
next(it)
print(op.length_hint(it), op.length_hint(iter('abcd')), op.length_hint(iter(())))
print(op.length_hint(LH(4)), op.length_hint(LH(NotImplemented), 7),
      op.length_hint(LH(TypeError()), 8), op.length_hint(object(), 9))
for args in [(LH('x'),), (LH(-1),), (LH(ValueError('v')),), (1, 2.0),
             (1, 2 ** 80), ()]:
    try:
        print(op.length_hint(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
