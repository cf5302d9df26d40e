# io.StringIO: initial value, seek/tell/truncate, lines, newline modes
import _io as io
s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
s.seek(6)
s.write('WORLD')
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('x')
print(repr(s.getvalue()))
s = io.StringIO('a\nb\nc')
print(s.tell(), s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
for line in s:
    print(repr(line))
print(s.seek(0, 2), s.seek(0, 1))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\rb\r\nc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    print(repr(s.getvalue()))
s = io.StringIO('abc')
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
s.close()
print(s.closed)
for fn in [s.getvalue, s.read, lambda: s.write('x'), s.tell, lambda: s.seek(0)]:
    try:
        fn()
    except ValueError as e:
        print('ValueError', e)
s = io.StringIO()
for bad in [lambda: s.write(b'x'), lambda: s.seek(-1), lambda: s.seek(1, 1),
            lambda: io.StringIO(5), lambda: io.StringIO('', newline='x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)
print(io.StringIO('abcdef').read(None))
