# _operator: comparisons, truth, identity, unary operators, index
import _operator as op

for name in ['lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    f = getattr(op, name)
    print(name, f(1, 2), f(2, 1), f(1, 1.0), f('a', 'b'), f([1], [1, 2]),
          f((1, 2), (1, 2)))
    try:
        f(1, 'a')
    except TypeError as e:
        print('  TypeError', e)

class C:
    def __lt__(self, other):
        return 'less'
    def __eq__(self, other):
        return NotImplemented
print(op.lt(C(), 1), op.gt(1, C()), op.eq(C(), C()), op.ne(1, C()))
print(op.is_(None, None), op.is_not(1, None), op.is_([], []))
print(op.not_([]), op.not_(1), op.truth([0]), op.truth(''))
print(op.neg(3), op.pos(-2.5), op.inv(0), op.invert(True), op.abs(-3.5))
print(op.abs(-2 ** 70), op.neg(2 ** 63), op.inv(-1))
try:
    op.neg('a')
except TypeError as e:
    print('TypeError', e)

class Idx:
    def __index__(self):
        return 7
print(op.index(5), op.index(True), op.index(Idx()), op.index(2 ** 80))
print(type(op.index(True)).__name__, [1, 2, 3, 4, 5, 6, 7, 8][op.index(Idx())])
for bad in [None, 1.5, '3']:
    try:
        op.index(bad)
    except TypeError as e:
        print('TypeError', e)
for f in [op.neg, op.truth, op.not_, op.index]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    op.neg(a=1)
except TypeError as e:
    print('TypeError', e)
