# posix.listdir and posix.scandir: str/bytes/fd/default paths, DirEntry
import posix
import _stat

D = '/tmp/fastpy_module_os_listdir'


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
for name in ['b.txt', 'a.txt', 'c.py']:
    posix.close(posix.open(D + '/' + name, posix.O_CREAT | posix.O_WRONLY))
posix.mkdir(D + '/zdir')
posix.symlink('a.txt', D + '/link_file')
posix.symlink('zdir', D + '/link_dir')
posix.symlink('missing', D + '/link_broken')

print(sorted(posix.listdir(D)))
print(sorted(posix.listdir(D + '/')))
print(sorted(posix.listdir(D.encode())))
print(posix.listdir(D + '/zdir'))
fd = posix.open(D, posix.O_RDONLY)
print(sorted(posix.listdir(fd)))
print(sorted(posix.listdir(fd)))
posix.close(fd)

old = posix.getcwd()
posix.chdir(D)
print(posix.getcwd() == D, posix.getcwdb() == D.encode())
print(sorted(posix.listdir()), sorted(posix.listdir(None)))
print(sorted(e.path for e in posix.scandir()))
posix.chdir(old)
print(posix.getcwd() == old)

with posix.scandir(D) as it:
    print(type(it).__name__)
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path.replace(D, 'D'), e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.is_file(follow_symlinks=False))
    print('   ', e.inode() == posix.lstat(e.path).st_ino,
          e.stat(follow_symlinks=False).st_ino == e.inode(),
          repr(e).replace(D, 'D'), posix.fspath(e) == e.path)
e = entries[0]
print(e.stat() is e.stat(), type(e).__name__, type(e) is posix.DirEntry)
try:
    [x for x in entries if x.name == 'link_broken'][0].stat()
except FileNotFoundError as exc:
    print('broken', exc.filename.replace(D, 'D'))

bent = sorted(posix.scandir(D.encode()), key=lambda e: e.name)
print([(e.name, e.path.replace(D.encode(), b'D')) for e in bent][:2])

fd = posix.open(D, posix.O_RDONLY)
fent = sorted(posix.scandir(fd), key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_symlink()) for e in fent])
print(fent[0].stat().st_size)
posix.close(fd)

it = posix.scandir(D)
first = next(it)
it.close()
print(list(it))
it.close()
try:
    posix.DirEntry()
except TypeError as exc:
    print(exc)

cleanup()
print('done')
