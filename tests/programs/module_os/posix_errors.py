# posix errors: OSError subclasses with errno, strerror and filename
import posix

D = '/tmp/fastpy_module_os_posix_errors'


def show(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(f.__name__, type(e).__name__, str(e).replace(D, 'D'))
        if isinstance(e, OSError):
            print('   ', e.errno, e.strerror,
                  repr(e.filename).replace(D, 'D'),
                  repr(e.filename2).replace(D, 'D'))
    else:
        print(f.__name__, 'no error')


try:
    posix.rmdir(D + '/sub')
except OSError:
    pass
try:
    posix.unlink(D + '/file')
except OSError:
    pass
try:
    posix.rmdir(D)
except OSError:
    pass
posix.mkdir(D)
posix.mkdir(D + '/sub')
posix.close(posix.open(D + '/file', posix.O_CREAT | posix.O_WRONLY))

show(posix.stat, D + '/nope')
show(posix.stat, (D + '/nope').encode())
show(posix.lstat, D + '/nope')
show(posix.stat, D + '/file/x')
show(posix.listdir, D + '/nope')
show(posix.listdir, D + '/file')
show(posix.mkdir, D)
show(posix.mkdir, D + '/nope/x')
show(posix.rmdir, D + '/file')
show(posix.rmdir, D)
show(posix.unlink, D + '/sub')
show(posix.remove, D + '/nope')
show(posix.rename, D + '/nope', D + '/nope2')
show(posix.replace, D + '/nope', D + '/nope2')
show(posix.link, D + '/nope', D + '/nope2')
show(posix.symlink, 'file', D + '/file')
show(posix.readlink, D + '/file')
show(posix.readlink, D + '/nope')
show(posix.chdir, D + '/nope')
show(posix.chmod, D + '/nope', 0o644)
show(posix.utime, D + '/nope')
show(posix.open, D + '/nope', posix.O_RDONLY)
show(posix.open, D + '/file', posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY)
show(posix.open, D + '/sub', posix.O_WRONLY)
show(posix.close, 9999)
show(posix.read, 9999, 10)
show(posix.write, 9999, b'x')
show(posix.fstat, 9999)
show(posix.stat, 9999)
show(posix.lseek, 9999, 0, 0)
show(posix.dup, 9999)

show(posix.stat, [])
show(posix.stat, 1.5)
show(posix.listdir, [])
show(posix.open, [], 0)
show(posix.mkdir, None)
show(posix.stat, 'a\0b')
show(posix.stat, b'a\0b')
show(posix.rename, 'a', b'b')
show(posix.stat, 'x', dir_fd=1.5)
show(posix.stat, 5, follow_symlinks=False)
show(posix.stat, 5, dir_fd=3)
show(posix.stat)
show(posix.stat, 'x', bogus=1)
show(posix.utime, D + '/file', (1, 2), ns=(1, 2))
show(posix.utime, D + '/file', [1, 2])
show(posix.utime, D + '/file', ns=[1, 2])
show(posix.urandom, -1)
show(posix.putenv, 'A=B', 'c')
show(posix.putenv, '', 'c')

e = OSError(2, 'x')
print(type(e).__name__, posix.error is OSError)

posix.unlink(D + '/file')
posix.rmdir(D + '/sub')
posix.rmdir(D)
print('done')
