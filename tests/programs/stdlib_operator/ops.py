import operator as op
from operator import itemgetter, attrgetter, methodcaller
rows = [{'name': 'b', 'age': 3}, {'name': 'a', 'age': 5}, {'name': 'c', 'age': 1}]
print([r['name'] for r in sorted(rows, key=itemgetter('age'))])
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, n, c): self.name = n; self.child = c
    def greet(self, g, punct='!'): return g + ' ' + self.name + punct
p = P('x', P('y', None))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), methodcaller('upper')('abc'))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-2), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1))
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(4))), op.length_hint(object(), 5))
x = [1]; x = op.iadd(x, [2]); print(x, op.imul(2, 3), op.matmul.__name__)
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')), repr(methodcaller('f', 1, k=2)))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
try:
    attrgetter('nope')(p)
except AttributeError as e:
    print('AttributeError', e)
print(op.__lt__(1, 2), op.__add__.__name__, op.attrgetter.__module__)
