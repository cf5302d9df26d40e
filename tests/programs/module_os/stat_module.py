# _stat: constants, S_IS* tests, S_IMODE/S_IFMT, filemode; stat.py uses it
import _stat
import stat

names = sorted(n for n in _stat.__dict__ if not n.startswith('_'))
for n in names:
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v)
    else:
        print(n, type(v).__name__)
modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010600,
         0o140755, 0o104755, 0o102755, 0o041777, 0o000000, 0o170000,
         0o100000 | 0o7777, 0o041776, 0o100444 | 0o4000 | 0o2000]
for m in modes:
    print(oct(m), _stat.filemode(m), stat.filemode(m), oct(_stat.S_IMODE(m)),
          oct(_stat.S_IFMT(m)),
          [f for f in ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO',
                       'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT',
                       'S_ISWHT'] if getattr(_stat, f)(m)])
print(stat.S_ISDIR(0o40000), stat.S_IMODE(0o100755), stat.ST_SIZE)
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
print(_stat.S_ISREG(True), _stat.S_IMODE(2 ** 32 - 1))
for arg in [-1, 'x', 2 ** 40, 2 ** 64, 1.5, None]:
    try:
        print(_stat.S_ISDIR(arg))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(_stat.filemode(arg))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: _stat.S_ISDIR(), lambda: _stat.S_ISDIR(1, 2),
             lambda: _stat.S_ISDIR(mode=1), lambda: _stat.filemode()]:
    try:
        call()
    except TypeError as e:
        print(e)
print(_stat.S_ISDIR.__name__)
