# OSError(errno, strerror[, filename[, winerror[, filename2]]]).
def show(e):
    print(type(e).__name__, '|', e, '|', e.args, e.errno, e.strerror,
          e.filename, e.filename2)

show(OSError(2, 'No such file or directory', 'x'))
show(OSError(2, 'No such file', 'x', None, 'y'))
show(OSError(2, 'No such file', None, None, 'y'))
show(OSError(1))
show(OSError())
show(OSError('a', 'b'))
show(OSError(2.0, 'b'))
show(OSError(True, 'b'))
show(OSError(1, 2, 3, 4, 5, 6))
show(FileNotFoundError(13, 'x'))
show(OSError(13, 'Permission denied', b'/etc/x'))
print(repr(OSError(2, 'x', 'f', None, 'g')))
print(repr(OSError(2, 'x', 'f')))
print(IOError is OSError, EnvironmentError is OSError)
e = OSError(2, 'x')
e.errno = 99
e.strerror = 'zz'
print(e)
e.errno = None
e.strerror = None
print(e)
e = OSError(2, 'x')
del e.errno
print(e, e.errno)
e = OSError(5, 'x')
e.filename = 'late'
print(e, e.args)
try:
    OSError(2, 'x', y=1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    FileNotFoundError(2, 'x', y=1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
except OSError as exc:
    print(type(exc).__name__, exc.errno, exc.filename, exc)
