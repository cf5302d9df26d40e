# `print x` / `exec x`: CPython's hint for the Python 2 statements, and
# the cases where it does not apply.
SOURCES = [
    'print foo', 'exec foo', 'x = print foo', 'print foo, bar',
    'print (foo.)', 'print foo.', 'print -1', 'exec "x"', 'print "x"',
    'print', 'print if', 'f(print foo)', 'print foo bar', '[print x]',
    'print 1 2', 'if 1:\n    print {1:foo}', 'if 1: exec {1:foo}',
    'print not in x', 'print ~x', 'print lambda: 1', 'print {1:foo.}',
    'print None', 'print ...', 'printx foo',
]
for s in SOURCES:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiles')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
