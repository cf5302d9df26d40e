# posix file descriptors: open/read/write/lseek/dup/dup2/pipe/ftruncate/...
import posix

D = '/tmp/fastpy_module_os_fds'
P = D + '/f'
try:
    posix.unlink(P)
except OSError:
    pass
try:
    posix.rmdir(D)
except OSError:
    pass
posix.mkdir(D)

fd = posix.open(P, posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC, 0o600)
print(type(fd).__name__, posix.get_inheritable(fd), posix.get_blocking(fd))
print(posix.write(fd, b'hello world\n'), posix.write(fd, bytearray(b'abc')),
      posix.write(fd, memoryview(b'xyz')))
print(posix.lseek(fd, 0, posix.SEEK_DATA if False else 0))
print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
print(posix.lseek(fd, -3, 2), posix.read(fd, 3))
posix.ftruncate(fd, 5)
print(posix.fstat(fd).st_size, posix.lseek(fd, 0, 1))
posix.lseek(fd, 0, 0)
print(posix.read(fd, 100))
posix.fsync(fd)
fd2 = posix.dup(fd)
print(fd2 != fd, posix.get_inheritable(fd2))
posix.lseek(fd2, 1, 0)
print(posix.read(fd, 2))
fd3 = posix.open(P, posix.O_RDONLY)
print(posix.dup2(fd, fd3) == fd3, posix.get_inheritable(fd3))
posix.set_inheritable(fd3, False)
print(posix.get_inheritable(fd3))
posix.set_inheritable(fd3, True)
print(posix.get_inheritable(fd3))
posix.close(fd3)
print(posix.dup2(fd, fd2, inheritable=False), posix.get_inheritable(fd2))
posix.set_blocking(fd2, False)
print(posix.get_blocking(fd2), posix.get_blocking(fd))
posix.set_blocking(fd2, True)
print(posix.get_blocking(fd2))
posix.close(fd2)
posix.close(fd)
print(posix.isatty(fd), posix.device_encoding(fd))

r, w = posix.pipe()
print(posix.get_inheritable(r), posix.get_inheritable(w), posix.isatty(r))
posix.write(w, b'through the pipe')
print(posix.read(r, 7), posix.read(r, 100))
posix.close(w)
print(posix.read(r, 10))
posix.close(r)

fd = posix.open(P, posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b'++')
posix.close(fd)
fd = posix.open(P, posix.O_RDONLY)
print(posix.read(fd, 100))
posix.close(fd)
posix.truncate(P, 2)
print(posix.stat(P).st_size)
print(posix.access(P, posix.R_OK), posix.access(P, posix.F_OK),
      posix.access(D + '/nope', posix.F_OK))
posix.chmod(P, 0o640)
print(oct(posix.stat(P).st_mode & 0o777))
fd = posix.open(P, posix.O_RDONLY)
posix.fchmod(fd, 0o604)
print(oct(posix.fstat(fd).st_mode & 0o777))
posix.chmod(fd, 0o644)
print(oct(posix.fstat(fd).st_mode & 0o777))
posix.close(fd)
posix.unlink(P)
posix.rmdir(D)
print('done')
