# FileIO: modes, closefd, opener, readinto, truncate, repr, release
import _io as io
import posix
p = '/tmp/fastpy_io_test_fileio_raw'
f = io.FileIO(p, 'w')
print(f.mode, f.closefd, f.name == p, f.readable(), f.writable(), f.seekable())
print(f.write(b'0123456789'), f.tell())
print(f.truncate(5), f.tell(), f.seek(0, 2))
f.close()
print(f.closed, f.mode)
f = io.FileIO(p, 'r+')
print(f.mode, f.read(2), f.read(), f.read())
ba = bytearray(3)
f.seek(1)
print(f.readinto(ba), ba)
f.seek(0)
f.write(b'AB')
f.seek(0)
print(f.readall())
fd = f.fileno()
g = io.FileIO(fd, 'r', closefd=False)
g.seek(0)
print(g.read(), g.closefd, g.name == fd)
del g
f.seek(0)
print(f.read(1))
f.close()
opened = []
def opener(path, flags):
    opened.append(path == p)
    return posix.open(path, flags)
with open(p, 'rb', opener=opener) as f:
    print(f.read(), opened)
for mode in ['xb', 'ab', 'ab+', 'rb+', 'wb+']:
    try:
        with io.FileIO(p, mode) as f:
            print(mode, f.mode)
    except FileExistsError as e:
        print(mode, 'FileExistsError', e.errno)
for mode in ['rw', 'r++', 'z']:
    try:
        io.FileIO(p, mode)
    except ValueError as e:
        print(mode, 'ValueError', e)
f = io.FileIO(p)
print(repr(f) == "<_io.FileIO name=%r mode='rb' closefd=True>" % p)
f.close()
print(repr(f))
# a file released right after writing is flushed and closed
open(p, 'w').write('released text')
print(open(p).read())
def write_in_function():
    f = open(p, 'a')
    f.write(' + more')
write_in_function()
print(open(p).read())
posix.remove(p)
