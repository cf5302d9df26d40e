# posix.stat / lstat / fstat: stat_result fields, indexing, follow_symlinks, dir_fd
import posix
import _stat

D = '/tmp/fastpy_module_os_posix_stat'


def cleanup():
    try:
        names = posix.listdir(D)
    except FileNotFoundError:
        return
    for n in names:
        p = D + '/' + n
        if _stat.S_ISDIR(posix.lstat(p).st_mode):
            posix.rmdir(p)
        else:
            posix.unlink(p)
    posix.rmdir(D)


cleanup()
posix.mkdir(D)
posix.mkdir(D + '/sub')
fd = posix.open(D + '/data.bin', posix.O_WRONLY | posix.O_CREAT, 0o644)
posix.write(fd, b'x' * 1234)
posix.close(fd)
posix.symlink('data.bin', D + '/link')

st = posix.stat(D + '/data.bin')
print(type(st).__name__, type(st).__module__, isinstance(st, tuple))
print(len(st), st.st_size, st[6], st[6] == st.st_size)
print(_stat.S_ISREG(st.st_mode), _stat.S_ISDIR(st.st_mode))
print(oct(_stat.S_IMODE(st.st_mode)) == oct(st.st_mode & 0o7777))
print(st[0] == st.st_mode, st[1] == st.st_ino, st[2] == st.st_dev)
print(st[-1] == st[9], st[7:] == (st[7], st[8], st[9]))
print(type(st.st_atime).__name__, type(st.st_mtime_ns).__name__,
      type(st[8]).__name__)
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size, nlink)

print(_stat.S_ISDIR(posix.stat(D).st_mode), _stat.S_ISDIR(posix.stat(D + '/sub')[0]))
print(_stat.S_ISLNK(posix.lstat(D + '/link').st_mode),
      _stat.S_ISLNK(posix.stat(D + '/link').st_mode),
      _stat.S_ISLNK(posix.stat(D + '/link', follow_symlinks=False).st_mode))
print(posix.stat(D + '/link').st_size, posix.stat(b'/tmp/fastpy_module_os_posix_stat/data.bin').st_size)

fd = posix.open(D + '/data.bin', posix.O_RDONLY)
print(posix.fstat(fd).st_size, posix.stat(fd).st_size)
posix.close(fd)

dfd = posix.open(D, posix.O_RDONLY)
print(posix.stat('data.bin', dir_fd=dfd).st_size)
print(_stat.S_ISLNK(posix.stat('link', dir_fd=dfd, follow_symlinks=False).st_mode))
print(_stat.S_ISLNK(posix.lstat('link', dir_fd=dfd).st_mode))
posix.close(dfd)

posix.utime(D + '/data.bin', (1000000000, 1200000000.25))
st = posix.stat(D + '/data.bin')
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_atime_ns, st.st_mtime_ns)
posix.utime(D + '/data.bin', ns=(1500000000123456789, 1600000000987654321))
st = posix.stat(D + '/data.bin')
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])

print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields,
      posix.stat_result.n_unnamed_fields)
print(posix.stat_result.__match_args__)
cleanup()
print('done')
