import warnings
srcs = [r"x = '\d'", r"x = b'\d'", "x = 'a' \\\n  '\\d'", r"x = '\777'", r"x = b'\777'", r"x = f'\{6*7}'", r"x = f'\d{1}'", r"x = f'{1}\d'", r"x = '\d\e'", r"x = rf'\d'", "x = '''\n\\d'''", r"x = f'{1:\d}'", r"x = '\8'"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'f.py', 'exec')
        except SyntaxError as e:
            print('ERR', e)
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno, x.filename) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'f.py', 'exec')
            print('  ok')
        except SyntaxError as e:
            print('  ', type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
