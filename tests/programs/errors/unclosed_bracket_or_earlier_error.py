# A bracket open at the end of the source: "'(' was never closed", unless
# the parser finds a plain syntax error on the bracket's line first.
cases = ['def f(:\n pass', 'print(1, 2\nx = 3\n', 'x = (1,\n', 'x = [1, 2\n',
         'f(a b\n', 'x = {1: 2\ny = 3\n', '(1 +\n', 'if x:\n  y = (\n',
         'x = (1 2\n', 'a = (]\n', 'x = (1,\n  2,\n', 'foo(\n  1,\n  2 3\n',
         'class C(:\n    pass\n', 'f(x for x in y if\n', 'd = {1: 2, 3\n',
         'x = [\n  1 +\n']
for src in cases:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
