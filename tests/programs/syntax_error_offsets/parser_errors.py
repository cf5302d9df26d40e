# SyntaxErrors of the parser: CPython 3.11's invalid_* grammar rules
# (assignment targets, missing commas, generator arguments, dict items,
# "expected ':'"), their messages, offsets, end offsets and text.
def show(src, mode='exec'):
    try:
        compile(src, '<fragment>', mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), 'no error')


for s in ['(yield i) = 2', 'f() = 1', 'f() = 1 = 2', 'x = f() = 1', 'a + 1 = 2', 'lambda: 1 = 2', 'x if y else z = 1',
 'not x = 1', 'a and b = 1', 'a < b = 1', 'await x = 1', '[a, 1] = x', '(a, 1) = x', 'a, 1 = x', 'a, f() = x', '1 = x',
 'None = 1', '(None) = 1', '"s" = 1', 'f"{x}" = 1', '... = 1', '{} = 1', '{1} = 1', '(x for x in y) = 1', '[x for x in y] = 1', 'a.b = c() = 2',
 'x = 1 = 2', 'x = a + b = 2', '-a = 1', 'f() += 1', 'f() = yield 1', 'f() = 1 +', 'for f() in x: pass', 'for 1 in x: pass', 'for a, f() in x: pass',
 'for x in y if z: pass', '[x for f() in y]', '[x for a in b for 1 in y]', 'del f()', 'del 1', 'del a, f()', 'with a as f(): pass', 'with a as 1: pass',
 'f(a, 1=2)', 'f(a=1, b=2, 1=2)', 'f(x.y=1)', 'f(True=1)', 'f(a, b=2, *c, **d, e)', 'f(**a, *b)', 'f(a=1, b)', 'f(a for a in b, c)', 'f(c, a for a in b)',
 'f(a for a in b)', '(a for a in b, c)', 'f(a for a in b if c, d)', "{'a'=1}", "{'a':1, 'b'=2}", "{a=1}", "{a:1, b=2, c:3}", "{**a, b=2}", '{1:2, 3}', '{1, 2:3}',
 '[*x for x in y]', '{*x for x in y}', '(*x for x in y)', '{**x for x in y}', 'f(*x for x in y)',
 '[a b]', '[a b c d e f]', '(a b)', 'f(a b)', '{a b}', '{a: b c}', 'print a', 'a b', '[1 2]', '["a" "b" c]', 'f(a, b c)', '[a, b c, d]',
 'x = (a b)', '[a for a in b c]', '[a if b c]', '(a.b c)', '(a() b)', '(a[1] b)', '(1 if 2 else 3 4)', '(a b c)', '[a or b c]', '[not a b]', '[a + b c]',
 '[a, *b c]', '[lambda: a b]', '[a := 1 b]', 'if x = 1: pass', 'if f() = 1: pass', 'while x = 1: pass', 'if x.y = 1: pass', 'assert x = 1', '[x = 1]', 'f(x.y = 1)',
 '(x = 1)', '{x = 1}', 'x = (y = 1)', 'print(x = 1)', '[i for i in x if i = 1]', 'lambda x: (x = 1)', 'x[1 = 2]', 'a if b = c else d',
]:
    show(s)

for s in ['x = 1 +', 'x = 1 2', 'x.y = 1 +', 'x[0] = 1 +', 'f() = 1 2', 'a, b = 1 +', 'x = 1 if', 'x == 1 +', '(x) = 1 +', 'x = y = 1 +',
          'print(x = 1 +)', 'f(x = 1 +)', '[x = 1 +]', 'if x = 1 +: pass', 'x = (y = 1)', '(x := 1) = 2', 'x: int = 1 +', '(a, b): int', '[a, b]:
    show(s)

for s in ['if x = yield: pass', 'if x == 1 = 2: pass', 'if (a, b) = 1: pass', 'if not x = 1: pass', 'while x.y = 1 = 2: pass',
   'x = a < b = 1', 'x.y = a < b = 1', 'x = a + 1 = 2', 'a, b = c < d = 1', 'a, f(), 1 = x', '-1 = x', '(-1) = x', 'x = -1 = 2',
   '[1][0] + 1 = 2', '(1, 2)[0] + 1 = 3', 'True.x + 1 = 2', '(x) + 1 = 2', 'f(x) = 1', '[x][0] = 1 +', '[x for x in y] + 1 = 2',
   'x = (1 if 2)', '[a if b]', 'a if b:', 'a if b else', 'x = [1, 2 if 3]', 'lambda: 1 if 2', 'f(a if b)',
   'del a < b', 'del f(), a', 'del [a, (b, 1)]', 'with a as (b, f()): pass', 'with a as b.c, d as 1: pass', 'for (a, 1) in b: pass',
   'for a, *1 in b: pass', '[x for a, 1 in b]', '[x for 1 in b if c]', 'async def f():\n  async for 1 in x: pass', 'for x in 1, f() = 2: pass',
   'x + 1 += 1', 'x, y += 1', 'f() += ', '(yield) += 1', 'await x += 1', 'x.y += yield',
]:
    show(s)

for s in ['f(x for x in y, )', 'class C(x for x in y, ): pass', 'f(x for x in y)', 'class C(x for x in y): pass', '[a, b for a, b in c]', '[a, for x in y]',
          '{a, b for a, b in c}', '(a, b for a, b in c)', '{a: b, c for c in d}', 'f(k=1, x for x in y)', 'f(a b=1)', 'f(a, b c=1)', 'f(a=1 b)',
          '[a b for x in y]', '{a: 1 b}', '(a, b c)', 'x[a b]', 'x[1:2 3]', 'f(**a b)', 'f(*a b)', '[*a b]', '{**a b}', '["a" b]', '[a "b"]', '[match x]', '[_ x]',
          '[print x]', '[a\nb]', 'print(a b, c)', 'f(a if b else c d)', '[a for b in c if d e]', 'assert a b', 'x = yield a b', 'return a b', 'lambda x: a b', '(lambda x: a b)',
          '{1: *a}', '{1: }', '{1:, 2}', '{**a: 1}', 'f(x for x in y)(1 2)', 'f(1=2, 3)', 'def f(a, a): pass', 'lambda a, a: 0', 'def f(*a, a): pass', 'def f(a, *, b, **a): pass',
          'class C:\n def f(__a, _C__a): pass']:
    show(s)

for s in ['f(a if b else c d)', '(a if b else c d)', '[a if b else c d]', 'f((a if b else c d))', 'f(1 if 2 else 3 4)', 'f(x, a if b else c d)',
          'f(a or b c)', 'f(not a b)', 'f(a, b c)', 'f(a b)', 'f(lambda: a b)', 'f(x=a b)', 'f(x=a if b else c d)', 'f(a := 1 b)', 'g(f(a b))', 'f(a.b c)', 'f(a[1] c)', 'f(-a b)', 'f(a + b c)', 'f(a < b c)']:
    show(s)

for s in ['(1 if 2 else c d)', '(a if b else 3 4)', '(a if 2 else 3 4)', '(1 if b else 3 4)', '(1 if 2 else 3 d)', '(1 if 2 else c 4)', '(a.x if 2 else 3 4)', '((a) if 2 else 3 4)',
          '(a if b else (c) d)', '(a if b else c.x d)', '(a if b else c 1)', '(a if b else -c d)']:
    show(s)

for s in ['[x := a b]', 'x[1:a b]', 'x[a:b c]', 'x[a:b:c d]', '{a: b c}', '{1: a b}', 'f(x=a b)', '[lambda: a b]', '[a if b else lambda: c d]', '[1 if b else lambda: 3 d]',
          '[a if b else c if d else e f]', '[a if b else 1 if d else e f]', '[a if b else 1 if d else 2 3]', '(yield a b)', '[*a b]', '[a, *b c]', 'f(**a b)', 'print(a, b c)', '[await a b]', '[not a b]', '[a and b c]']:
    show(s)

for s in ['for x in y z', 'for x in y\n', 'if x y: pass', 'if x\n', 'while x y', 'while x\n', 'def f() x', 'def f()\n', 'class C x', 'class C\n', 'with a b', 'with a\n', 'try x', 'try\n', 'lambda x', '(lambda x)', 'lambda x y: 1',
          'if 1:', 'if 1:\n', 'if 1:\n\n', 'def f():', 'x = (1 +', 'if x:\n  pass\nelse x', 'if x:\n  pass\nelif y\n', 'for x in y:\n pass\nelse\n', 'match x\n', 'async def f():\n async for x in y\n',
          'try:\n pass\nexcept A, B:\n pass', 'try:\n pass\nexcept A, B as c:\n pass', 'try:\n pass\nexcept A\n', 'try:\n pass\nexcept\n', 'try:\n pass\nexcept* :\n pass', 'try:\n pass\nfinally\n', 'async def f():\n  yield 1\n  return 2',
          'f(**a, *b)', 'f(a, **b, c)', 'f(x=1, *y)', 'f(*x, y)', 'import a as b c', 'from a import b c', 'from a import (b c)', 'x = 1;;', 'x = 1; ;', 'global x y']:
    show(s)
