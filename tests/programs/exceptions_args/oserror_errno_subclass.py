# OSError(errno, ...) builds the subclass for that errno (Linux numbers).
names = {1: 'EPERM', 2: 'ENOENT', 3: 'ESRCH', 4: 'EINTR', 10: 'ECHILD',
         11: 'EAGAIN', 13: 'EACCES', 17: 'EEXIST', 20: 'ENOTDIR',
         21: 'EISDIR', 32: 'EPIPE', 103: 'ECONNABORTED', 104: 'ECONNRESET',
         108: 'ESHUTDOWN', 110: 'ETIMEDOUT', 111: 'ECONNREFUSED',
         114: 'EALREADY', 115: 'EINPROGRESS'}
for n in range(0, 140):
    e = OSError(n, 'msg')
    if type(e) is not OSError:
        print(n, names.get(n, '?'), type(e).__name__, e.errno, e)
# only OSError itself maps; only with 2..5 arguments; bools are ints
print(type(OSError(2)).__name__, type(OSError(2, 'x', 'f', None, 'g',
                                                 'h')).__name__)
print(type(OSError(True, 'x')).__name__, type(OSError(2.0, 'x')).__name__)
print(type(OSError(2**70, 'x')).__name__)
print(type(ConnectionError(2, 'x')).__name__)
print(type(PermissionError(2, 'x')).__name__)
print(type(OSError.__new__(OSError, 2, 'x')).__name__)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, 'x')).__name__)
try:
    open_error = OSError(17, 'File exists', 'dir')
    raise open_error
except FileExistsError as exc:
    print('caught', type(exc).__name__, exc)
