# TextIOWrapper tell/seek cookies, r+ mode, truncate, detach
import posix
p = '/tmp/fastpy_io_test_text_tell_seek'
with open(p, 'w') as f:
    print(f.tell())
    f.write('line one\n')
    print(f.tell())
    f.write('l\xefne two\nline three\n')
    print(f.tell())
with open(p) as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    for pos, line in reversed(positions):
        f.seek(pos)
        print(f.readline() == line, end=' ')
    print()
    print(f.seek(0, 2), f.read(), f.seek(0), f.read(4))
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except Exception as e:
        print(type(e).__name__, e)
with open(p) as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
    for line in f:
        pass
    print(f.tell())
with open(p, 'r+') as f:
    print(f.read(4))
    f.seek(0)
    f.write('LINE')
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(repr(f.read()))
f = open(p, 'r')
b = f.detach()
print(type(b).__name__, b.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
print(b.read())
b.close()
posix.remove(p)
