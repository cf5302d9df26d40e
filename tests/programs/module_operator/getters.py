# _operator: itemgetter, attrgetter, methodcaller, call
import _operator as op

g = op.itemgetter(1)
print(g, g([1, 2]), g('ab'), g({1: 'x'}))
g = op.itemgetter(0, -1, slice(1, None))
print(g, g('hello'))
print(op.itemgetter((1, 2)), op.itemgetter((1, 2))({(1, 2): 'tuple key'}))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1)))
print(list(map(op.itemgetter('k'), [{'k': 1}, {'k': 2}])))

class A:
    pass
a = A()
a.b = A()
a.b.c = 5
a.x = 'y'
print(op.attrgetter('x'), op.attrgetter('x', 'b.c'))
print(op.attrgetter('x')(a), op.attrgetter('b.c')(a), op.attrgetter('x', 'b.c')(a))
print(op.attrgetter('real', 'imag')(3 + 4j))

class Fresh:
    @property
    def p(self):
        r = A()
        r.q = [1, 2]
        return r
print(op.attrgetter('p.q')(Fresh()))

m = op.methodcaller('split', ',', maxsplit=1)
print(m, m('a,b,c'))
print(op.methodcaller('upper')('abc'), op.methodcaller('pop', 0)([5, 6]))
print(op.call(max, 1, 3, key=lambda x: -x), op.call(len, 'abc'))
print(op.call(dict, [('a', 1)], b=2))

tests = [lambda: op.itemgetter(),
         lambda: op.itemgetter(1, x=2),
         lambda: op.itemgetter(1)(),
         lambda: op.itemgetter(1)([1], 2),
         lambda: op.itemgetter(1)([]),
         lambda: op.attrgetter(),
         lambda: op.attrgetter(1),
         lambda: op.attrgetter('a', 1),
         lambda: op.attrgetter('x')(1),
         lambda: op.attrgetter('b.d')(a),
         lambda: op.attrgetter('x')(),
         lambda: op.methodcaller(),
         lambda: op.methodcaller(1),
         lambda: op.methodcaller('foo')(1),
         lambda: op.methodcaller('foo')(),
         lambda: op.methodcaller('foo')(1, x=2),
         lambda: op.call(),
         lambda: op.call(1)]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
print(op.itemgetter, op.attrgetter, op.methodcaller)
print(type(op.itemgetter(1)).__name__, callable(op.attrgetter('x')))
