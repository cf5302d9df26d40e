# ast.dump of expressions: operators, comparisons, displays, comprehensions
import ast

exprs = [
    'a + -1 - (-2.5) * 3 / 4 // 5 % 6 ** 7 @ m',
    'a << 1 >> 2 | 3 ^ 4 & 5',
    '~a, +a, not a, - -1, -(1), -x',
    'a < b <= c == d != e > f >= g is h is not i in j not in k',
    'a and b or c and d and e',
    'a if b else c',
    'lambda x, *y, z=1, **k: x',
    '[1, 2, *z], (1,), (), {1: 2, **d}, {1, 2}',
    '[i async for i in x if i if not i]',
    '{k: v for k, v in d.items()}, {s for s in t}, (x for x in y)',
    'f(a, *b, c=1, **d)',
    'f(x for x in y)',
    'x[1:2], x[:], x[::], x[a, b:c], x[1,], x[...]',
    'a.b.c',
    '(a := 1)',
    "'abc' 'def', b'x' b'y', u'z', 1j, 0x10, 1e3, True, None, ...",
    'await x',
    '(yield)',
]
for e in exprs:
    print(ast.dump(ast.parse(e, mode='eval').body))
print(ast.dump(ast.parse('1 + x', mode='eval')))
