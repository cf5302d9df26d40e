# binary files: FileIO under BufferedReader/Writer/Random
import posix
p = '/tmp/fastpy_io_test_file_binary'
with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, type(f.raw).__name__, f.raw.mode)
    print(f.write(b'hello\nworld\n'), f.tell())
    f.write(bytearray(b'xyz'))
    f.write(memoryview(b'123'))
    print(f.tell())
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode)
    print(f.read(3), f.tell())
    print(f.peek(2)[:2])
    print(f.read1(4))
    print(f.readline())
    print(f.read())
    print(f.read(), f.tell())
    print(f.seek(2), f.read(3))
    print(f.seek(-3, 2), f.read())
    print(f.seek(0), f.readlines())
with open(p, 'rb') as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    print(list(f))
with open(p, 'r+b') as f:
    print(type(f).__name__, f.mode)
    print(f.read(5))
    f.write(b'_')
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd)
    print(f.read(2), f.readall())
    print(f.seek(1), f.read(2), f.tell())
    print(f.seekable(), f.readable(), f.writable(), f.isatty())
with open(p, 'ab') as f:
    print(f.mode, f.tell())
    f.write(b'!')
with open(p, 'rb') as f:
    print(f.read())
posix.remove(p)
