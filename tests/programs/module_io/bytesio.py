# io.BytesIO: getvalue, read/seek/tell/truncate, readinto, lines
import _io as io
b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world\n')), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(5), b.readline(), b.read())
b.seek(6)
b.write(b'WORLD')
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(8)
b.write(b'x')
print(b.getvalue())
b = io.BytesIO(b'a\nb\nc')
print(b.readlines())
b.seek(0)
print(list(b))
print(b.seek(-2, 2), b.read(), b.seek(-10, 1))
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.read1(2), b.read1())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.close()
print(b.closed)
for fn in [b.getvalue, b.read, lambda: b.write(b'x'), b.tell]:
    try:
        fn()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.BytesIO().write('x'), lambda: io.BytesIO().seek(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b'data') as b:
    print(b.read())
