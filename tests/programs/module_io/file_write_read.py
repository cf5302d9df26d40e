# open() in text mode: write, read back, iterate, readline(s), append
import posix
p = '/tmp/fastpy_io_test_file_write_read'
with open(p, 'w') as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed)
    n = f.write('first line\nsecond line\n')
    print('wrote', n)
    f.write('third')
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, 'a') as f:
    print(f.mode)
    f.write('\nappended\n')
with open(p) as f:
    print(list(f))
with open(p) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), repr(f.read()))
    print(repr(f.read()))
open(p, 'w').write('released\n')
print(open(p).read(), end='')
with open(p, 'x' if False else 'w') as f:
    f.writelines(['a\n', 'b\n', 'c\n'])
with open(p, 'rt') as f:
    print(f.readlines(3))
posix.remove(p)
