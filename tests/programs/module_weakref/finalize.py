# weakref.finalize: called when the object is released, or at exit for
# objects still alive then (atexit), once.
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def done(name):
    print('finalized', name)


a = Res('a')
fa = weakref.finalize(a, done, 'a')
b = Res('b')
fb = weakref.finalize(b, done, 'b')
c = Res('c')
fc = weakref.finalize(c, done, 'c')
fc.atexit = False
d = Res('d')
fd = weakref.finalize(d, done, 'd at exit')
print(fa.alive, fb.alive)
del a
print(fa.alive)
print(fb.peek()[2:], fb.detach()[2:], fb.alive)
del b
print('end of main')
