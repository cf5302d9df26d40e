class X:
    def f(self, *, __a=42, b=1):
        return __a, b
    g = lambda self, *, __c=7: __c
print(X().f(), X().f(_X__a=5), X().g())
print(X.f.__kwdefaults__, X.g.__kwdefaults__)
for src in ['def f(p1, *, **k1):\n  pass\n', 'lambda *, **k: 0', 'def f(*, **k): pass', 'def f(*, a, **k): pass', 'def f(*):\n  pass', 'lambda *: 0']:
    try:
        compile(src, '<t>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
