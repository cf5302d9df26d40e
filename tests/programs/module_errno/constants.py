# The errno module: the constants of the platform and errorcode.
import errno

names = sorted(n for n in vars(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(len(errno.errorcode), type(errno.errorcode).__name__)
print(sorted(errno.errorcode.items())[:10])
print(errno.ENOENT, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(errno.__name__, errno.errorcode.get(0), 2 in errno.errorcode)
print(list(errno.errorcode)[:5], list(errno.errorcode.values())[:5])
print([n for n in vars(errno) if not n.startswith('E')])
