import io
import marshal
import os
import tempfile

buf = io.BytesIO()
marshal.dump([1, 'a', {'k': (2.5, None)}], buf)
marshal.dump('second', buf, 2)
marshal.dump(None, buf)
print(buf.getvalue())
buf.seek(0)
print(marshal.load(buf))
print(buf.tell())
print(marshal.load(buf), marshal.load(buf))
print(repr(buf.read()))

path = os.path.join(tempfile.mkdtemp(), 'data.bin')
with open(path, 'wb') as f:
    marshal.dump({'numbers': list(range(5)), 'name': 'fastpy'}, f)
    marshal.dump((1, 2), f)
with open(path, 'rb') as f:
    print(marshal.load(f))
    print(f.tell())
    print(marshal.load(f))
    try:
        marshal.load(f)
    except EOFError as e:
        print('EOFError', e)
os.remove(path)
os.rmdir(os.path.dirname(path))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: marshal.load(io.BytesIO(b'i\x01\x00')))
t(lambda: marshal.load(io.BytesIO(b'')))
t(lambda: marshal.load(io.BytesIO(b'[\x02\x00\x00\x00N')))
t(lambda: marshal.load(io.StringIO('N')))
t(lambda: marshal.load(1))
t(lambda: marshal.load())
t(lambda: marshal.dump(1))
t(lambda: marshal.dump(1, 2))
t(lambda: marshal.dump(object(), io.BytesIO()))


class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = []

    def read(self, n):
        self.calls.append(('read', n))
        return b''

    def readinto(self, buf):
        n = len(buf)
        self.calls.append(('readinto', n))
        buf[:] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Reader(marshal.dumps([1, 'ab']))
print(marshal.load(r), r.calls)


class Writer:
    def write(self, data):
        print('write', data)
        return len(data)


marshal.dump((1, 2), Writer())
