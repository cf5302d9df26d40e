# TextIOWrapper newline modes on write and on read (universal newlines)
import posix
p = '/tmp/fastpy_io_test_text_newlines'
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    with open(p, 'rb') as f:
        print(repr(nl), 'wrote', f.read())
data = b'one\r\ntwo\rthree\nfour\r\n\r\nfive'
with open(p, 'wb') as f:
    f.write(data)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(p, newline=nl) as f:
        print(repr(f.read()), f.newlines)
    with open(p, newline=nl) as f:
        print([f.readline(2) for i in range(4)])
# a \r\n pair split by the chunk boundary
with open(p, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y' * 10 + b'\r')
with open(p) as f:
    lines = f.readlines()
    print(len(lines), [len(x) for x in lines], repr(lines[1]), f.newlines)
with open(p, newline='') as f:
    print([len(x) for x in f])
posix.remove(p)
