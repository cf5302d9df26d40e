# SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
def show(e):
    print(repr(e), '|', str(e), '|', e.args, e.msg, e.filename, e.lineno,
          e.offset, repr(e.text), e.end_lineno, e.end_offset,
          e.print_file_and_line)

show(SyntaxError('bad', ('f.py', 3, 4, 'x = (\n')))
show(SyntaxError('bad', ('/a/b/f.py', 3, 4, 'x = (\n', 3, 6)))
show(SyntaxError('bad', ['f.py', 3, 4, 'x']))
show(SyntaxError('bad', (None, 3, 4, 'x')))
show(SyntaxError('bad', ('f.py', None, 4, 'x')))
show(SyntaxError('bad', ('f.py', '3', 4, 'x')))
show(SyntaxError('bad', (b'f.py', 3, 4, 'x')))
show(SyntaxError('bad', (1, True, 4, 'x')))
show(SyntaxError())
show(SyntaxError('m'))
show(SyntaxError('m', 'b', 'c'))
show(SyntaxError(None, ('f', 1, 2, 3)))
show(IndentationError('expected an indented block', ('x.py', 2, 1, 'y\n', 2, 2)))
show(TabError('tabs', ('x.py', 2, 1, 'y\n')))
e = SyntaxError('m', ('f', 1, 2, 't'))
e.msg = 'new'
e.lineno = 10
e.filename = 'g/h'
print(str(e), e.args)
e.lineno = 2**70
print(str(e))
e.lineno = -3
print(str(e))
e.filename = 5
print(str(e))
for args in [('m', ('f', 1)), ('m', ('f', 1, 2, 't', 3)), ('m', 5),
             ('m', ('f', 1, 2, 't', 3, 4, 5)), ('m', ())]:
    try:
        SyntaxError(*args)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    SyntaxError('m', lineno=1)
except TypeError as exc:
    print('TypeError:', exc)
