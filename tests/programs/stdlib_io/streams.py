import io
s = io.StringIO('line1\nline2\r\nline3')
print(s.readline(), s.readlines(), s.read(), s.tell())
s = io.StringIO()
s.write('héllo\n'); print(s.write('wörld'), s.getvalue(), s.tell())
s.seek(0); print(repr(s.read(3)), s.seek(0, 2))
s.truncate(4); print(repr(s.getvalue()))
with io.StringIO('a\nb\n') as f:
    print([l for l in f])
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
nl = io.StringIO('x\r\ny\rz\n', newline=None); print(repr(nl.read()))
b = io.BytesIO(b'\x00\x01binary\ndata')
print(b.read(2), b.readline(), b.read(), b.getvalue()[:4])
b = io.BytesIO()
b.write(b'abc'); b.write(bytearray(b'def')); b.seek(1); b.write(b'X')
print(b.getvalue(), b.tell(), b.getvalue()[:2], b.seekable(), b.readable(), b.writable())
b.seek(10); b.write(b'!'); print(b.getvalue())
raw = io.BytesIO('première ligne\nsecond\n'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t.readline(), t.read(), t.encoding)
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='latin-1', newline='\r\n')
t.write('café\nend\n'); t.flush(); print(raw.getvalue())
t.detach()
raw = io.BytesIO(b'caf\xff')
t = io.TextIOWrapper(raw, encoding='utf-8', errors='replace'); print(repr(t.read()))
raw = io.BytesIO(b'caf\xff')
t = io.TextIOWrapper(raw, encoding='utf-8')
try:
    t.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start)
br = io.BufferedReader(io.BytesIO(b'0123456789'))
print(br.peek(3)[:3], br.read(4), br.read1(2), br.read())
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
try:
    io.BytesIO(b'x').fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
