# posix: process info, environ, strerror, urandom, times, uname, W* macros
import posix

print(type(posix.environ).__name__)
print(all(type(k) is bytes and type(v) is bytes
          for k, v in posix.environ.items()))
print(posix.getpid() > 0, posix.getppid() > 0, posix.getpid() != posix.getppid())
print(type(posix.getuid()).__name__, posix.getuid() == posix.geteuid(),
      posix.getgid() == posix.getegid())
print(posix.strerror(2), '|', posix.strerror(13), '|', posix.strerror(99999))
print(len(posix.urandom(0)), len(posix.urandom(17)), type(posix.urandom(3)).__name__)
t = posix.times()
print(type(t).__name__, len(t), type(t.user).__name__, t[4] == t.elapsed,
      t.user >= 0.0)
u = posix.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname,
      type(u.machine).__name__)
n = posix.cpu_count()
print(type(n).__name__, n >= 1)
old = posix.umask(0o22)
print(posix.umask(old))
for status in [0, 256, 2, 0x137f, 0xffff, 0x8b]:
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status),
          posix.WIFSIGNALED(status), posix.WTERMSIG(status),
          posix.WIFSTOPPED(status), posix.WSTOPSIG(status),
          posix.WCOREDUMP(status), posix.WIFCONTINUED(status))
print(posix.fspath('a'), posix.fspath(b'b'))


class P:
    def __fspath__(self):
        return 'from fspath'


class Bad:
    def __fspath__(self):
        return 42


print(posix.fspath(P()))
for arg in [1, None, Bad()]:
    try:
        posix.fspath(arg)
    except TypeError as e:
        print(e)
print(posix.stat(P.__module__ and '/tmp').st_mode == posix.stat('/tmp').st_mode)
for name in ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL',
             'O_TRUNC', 'O_APPEND', 'O_NONBLOCK', 'O_CLOEXEC', 'O_DIRECTORY',
             'F_OK', 'R_OK', 'W_OK', 'X_OK', 'EX_OK', 'WNOHANG', 'SEEK_DATA',
             'SEEK_HOLE', 'EX_USAGE', 'TMP_MAX', 'NGROUPS_MAX']:
    print(name, getattr(posix, name))
print(posix.error is OSError)
print(posix.get_terminal_size.__name__)
try:
    posix.get_terminal_size(9999)
except OSError as e:
    print(type(e).__name__, e.errno)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
for args in [((1,),), ((1, 2, 3),), ([3, 4],), ((1, 2), {'x': 1})]:
    try:
        print(posix.terminal_size(*args))
    except TypeError as e:
        print(e)
s = posix.stat_result(tuple(range(10)))
print(s, s.st_atime, s.st_rdev, s.st_mtime_ns)
s = posix.stat_result(tuple(range(10)), {'st_atime': 5.5, 'zz': 1})
print(s.st_atime, s.st_mtime)
for args in [(tuple(range(9)),), (tuple(range(20)),), ((1,) * 10, 5)]:
    try:
        posix.stat_result(*args)
    except TypeError as e:
        print(e)
print(s == tuple(range(10)), s[2:5], hash(s) == hash(tuple(range(10))))
try:
    s.st_mode = 5
except AttributeError as e:
    print(e)
print(s.__reduce__()[1][0])
for status in [0, 256, 9, 0x137f]:
    try:
        print(posix.waitstatus_to_exitcode(status))
    except ValueError as e:
        print(e)


class F:
    def fileno(self):
        return 'x'


class G:
    def fileno(self):
        return 9999


for arg in [-1, 'x', F(), G()]:
    try:
        posix.fsync(arg)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    posix.read(0, -1)
except OSError as e:
    print(type(e).__name__, e)
