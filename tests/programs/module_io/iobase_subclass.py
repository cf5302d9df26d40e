# subclasses of the _io base types and of concrete types
import _io as io
class Upper(io._TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def writable(self):
        return True
u = Upper()
print(u.write('abc'), u.closed, u.writable(), u.readable(), u.seekable())
print('via print', file=u)
print(u.parts)
with u as ctx:
    print(ctx is u)
print(u.closed)
try:
    u.write('x') if False else u.flush()
except ValueError as e:
    print('ValueError', e)
class Lines(io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = Lines(b'first\nsecond\nthird')
print(r.read(3), r.readline(), r.readall())
r = Lines(b'one\ntwo\n')
print(list(r))
br = io.BufferedReader(Lines(b'buffered\nlines\n'))
print(br.readline(), br.read())
t = io.TextIOWrapper(io.BufferedReader(Lines(b'text\nover raw\n')), encoding='utf-8')
print(t.readlines())
class MyStringIO(io.StringIO):
    def write(self, s):
        return super().write(s * 2)
s = MyStringIO('init')
s.seek(0, 2)
s.write('ab')
print(s.getvalue(), type(s).__name__, isinstance(s, io.StringIO))
class MyBytesIO(io.BytesIO):
    pass
print(MyBytesIO(b'xyz').read())
base = io._IOBase()
print(base.closed, base.readable())
base.close()
print(base.closed)
for meth in ['fileno', 'seek', 'truncate']:
    try:
        getattr(base, meth)(0) if meth != 'fileno' else base.fileno()
    except io.UnsupportedOperation as e:
        print(meth, 'UnsupportedOperation', e)
print(issubclass(io.FileIO, io._RawIOBase), issubclass(io.TextIOWrapper, io._TextIOBase),
      issubclass(io.BufferedReader, io._BufferedIOBase), issubclass(io.StringIO, io._IOBase))
