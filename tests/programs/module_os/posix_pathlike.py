# posix functions take os.PathLike objects (their __fspath__ result)
import posix

D = '/tmp/fastpy_module_os_pathlike'


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


for name in ['f']:
    try:
        posix.unlink(D + '/' + name)
    except OSError:
        pass
try:
    posix.rmdir(D)
except OSError:
    pass
posix.mkdir(P(D))
fd = posix.open(P(D + '/f'), posix.O_CREAT | posix.O_WRONLY)
posix.write(fd, b'abc')
posix.close(fd)
print(posix.stat(P(D + '/f')).st_size, posix.lstat(P((D + '/f').encode())).st_size)
print(posix.listdir(P(D)), posix.listdir(P(D.encode())))
print([e.name for e in posix.scandir(P(D))], [e.name for e in posix.scandir(P(D.encode()))])
print(posix.access(P(D), posix.W_OK))
try:
    posix.stat(P(D + '/nope'))
except FileNotFoundError as e:
    print(type(e.filename).__name__, e.filename.replace(D, 'D'))
try:
    posix.stat(P(5))
except TypeError as e:
    print(e)
try:
    posix.stat(P(None))
except TypeError as e:
    print(e)
posix.unlink(P(D + '/f'))
posix.rmdir(P(D))
print('done')
