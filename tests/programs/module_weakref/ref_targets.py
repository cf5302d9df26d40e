# Weak references to functions, bound methods, __func__, sets and classes.
import _weakref


class C:
    def m(self):
        pass


def report(what):
    def cb(r):
        print('  callback:', what)
    return cb


def f():
    pass


rf = _weakref.ref(f, report('function'))
print('del f')
del f
print('bound method (dies at once)')
rm = _weakref.ref(C().m, report('bound method'))
print(rm())
c = C()
bound = c.m
rb = _weakref.ref(bound, report('kept bound method'))
rfunc = _weakref.ref(bound.__func__, report('__func__'))
print(rb() == bound, rfunc() is C.m)
del bound
print('set and frozenset')
s = {1, 2}
fs = frozenset([3])
rs = _weakref.ref(s, report('set'))
rfs = _weakref.ref(fs, report('frozenset'))
s = fs = None
print('class')
rc = _weakref.ref(C, report('class'))
print(rc() is C)
lam = lambda: 0
rl = _weakref.ref(lam, report('lambda'))
lam = None
print('end')
