# A suspended generator that is released: its weak references are cleared
# (callbacks run) before its finally block runs.
import _weakref


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')


g = gen()
print(next(g))
r = _weakref.ref(g, lambda r: print('generator callback'))
print(r() is g)
del g
print('after del', r())
g2 = gen()
r2 = _weakref.ref(g2, lambda r: print('unstarted generator callback'))
g2 = None
print('end')
