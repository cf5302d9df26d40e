# posix.chown / lchown / fchown (to the current owner) and mkfifo
import posix
import _stat

D = '/tmp/fastpy_module_os_chown'
for name in ['f', 'fifo', 'link']:
    try:
        posix.unlink(D + '/' + name)
    except OSError:
        pass
try:
    posix.rmdir(D)
except OSError:
    pass
posix.mkdir(D)
posix.close(posix.open(D + '/f', posix.O_CREAT | posix.O_WRONLY))
posix.symlink('f', D + '/link')
st = posix.stat(D + '/f')
uid, gid = st.st_uid, st.st_gid
posix.chown(D + '/f', uid, gid)
posix.chown(D + '/f', -1, -1)
posix.chown(D + '/link', uid, gid, follow_symlinks=False)
posix.lchown(D + '/link', uid, -1)
fd = posix.open(D + '/f', posix.O_RDONLY)
posix.fchown(fd, -1, gid)
posix.chown(fd, uid, -1)
posix.close(fd)
print(posix.stat(D + '/f').st_uid == uid, posix.stat(D + '/f').st_gid == gid)
for args in [(D + '/nope', 0, 0), (D + '/f', 'x', 0), (D + '/f', 0, None)]:
    try:
        posix.chown(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(D, 'D'))
posix.mkfifo(D + '/fifo', 0o600)
print(_stat.S_ISFIFO(posix.stat(D + '/fifo').st_mode),
      oct(posix.stat(D + '/fifo').st_mode & 0o777))
try:
    posix.mkfifo(D + '/fifo')
except FileExistsError as e:
    print(type(e).__name__, str(e).replace(D, 'D'))
for name in ['f', 'fifo', 'link']:
    posix.unlink(D + '/' + name)
posix.rmdir(D)
print('done')
