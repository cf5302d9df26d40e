# tobytes/frombytes, byteswap, fromlist/tolist, fromunicode/tounicode,
# fromfile/tofile, buffer_info, bytes() and memoryview() of an array
import io
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 100])
    raw = a.tobytes()
    b = array(tc)
    b.frombytes(raw)
    a.byteswap()
    print(tc, raw, b == array(tc, [1, 2, 100]), a.tobytes())
    a.byteswap()
    print(a)
print(array('d', [1.0, -2.5, float('inf')]).tobytes())
print(array('f', [1.0, -2.5, 1e300]).tobytes())
print(array('u', 'h\xe9\U0001f600').tobytes())
a = array('h')
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a.frombytes('ab'))
a.frombytes(bytearray(b'\x01\x00'))
a.frombytes(memoryview(b'\x02\x00'))
a.frombytes(array('b', [3, 0]))
print(a)
a.fromlist([4, 5])
print(a, a.tolist())
attempt(lambda: a.fromlist((1,)))
u = array('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode(), u.tolist())
attempt(lambda: a.fromunicode('x'))
attempt(lambda: a.tounicode())
attempt(lambda: u.fromunicode(b'x'))
bad = array('u', b'\xff\xff\xff\xff')
attempt(lambda: bad.tounicode())
attempt(lambda: bad[0])
print(array('i', [1, 2]).buffer_info()[1], type(array('i').buffer_info()))
f = io.BytesIO()
array('i', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
r = array('i')
r.fromfile(f, 2)
print(r)
attempt(lambda: r.fromfile(f, 2))
print(r)
attempt(lambda: r.fromfile(f, -1))
attempt(lambda: r.fromfile(None, 1))
attempt(lambda: r.tofile(None))
print(bytes(array('h', [1, -2])), bytearray(array('B', [65, 66])))
m = memoryview(array('h', [1, -2, 3]))
print(len(m), m[1], m.tolist(), m.format, m.itemsize, m.nbytes, m.tobytes())
print(memoryview(array('d', [1.5])).tolist(), memoryview(array('Q', [2 ** 64 - 1]))[0])
print(memoryview(array('i', [1, 2])).cast('B').tolist())
