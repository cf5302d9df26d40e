# An exception in a callback is printed ("Exception ignored in: ...") and
# does not propagate; the other callbacks still run.
import _weakref


class C:
    pass


def bad(r):
    print('bad callback runs')
    raise ValueError('boom in callback')


def good(r):
    print('good callback runs')


c = C()
r1 = _weakref.ref(c, good)
r2 = _weakref.ref(c, bad)
try:
    del c
    print('no exception here')
except ValueError:
    print('propagated (wrong)')
print('end')
