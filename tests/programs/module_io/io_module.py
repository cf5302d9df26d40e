# the stdlib io module on top of _io: ABCs, subclasses, contextlib
import io
import contextlib
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__module__)
class MyIO(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def writable(self):
        return True
m = MyIO()
print('hello', file=m)
print(m.parts, isinstance(m, io.IOBase), isinstance(m, io.TextIOBase))
for obj in [io.StringIO(), io.BytesIO()]:
    print(type(obj).__name__, isinstance(obj, io.IOBase),
          isinstance(obj, io.TextIOBase), isinstance(obj, io.BufferedIOBase))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('redirected')
print(repr(buf.getvalue()))
p = '/tmp/fastpy_io_test_io_module'
with open(p, 'w') as f:
    print(isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase),
          isinstance(f.buffer.raw, io.RawIOBase))
import os
os.remove(p)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
