# __setstate__ of the itertools objects and of zip/reversed: CPython's checks
# and messages, and unpickling the cycle pickles of older versions.
from itertools import *
import itertools
def t(f, *a):
    try:
        f(*a); print('ok')
    except Exception as e:
        print(type(e).__name__, e)
t(chain().__setstate__, ())
t(chain().__setstate__, (1,2,3))
t(chain().__setstate__, [])
t(chain().__setstate__, (1,))
t(cycle('').__setstate__, ())
t(cycle('').__setstate__, ([],))
t(cycle('').__setstate__, ((),0))
t(cycle('').__setstate__, ([],'x'))
t(cycle('').__setstate__, ([],2**70))
t(cycle('').__setstate__, ([],1.5))
t(cycle('').__setstate__, [[],0])
t(groupby('').__setstate__, [])
t(groupby('').__setstate__, (1,2))
t(permutations('ab').__setstate__, (1,2))
t(permutations('ab').__setstate__, ((0,1),(2,)))
t(permutations('ab').__setstate__, ((0,),(2,1)))
t(combinations('ab', 1).__setstate__, (0,1))
t(combinations('ab', 1).__setstate__, ('a',))
t(product('ab').__setstate__, ('a',))
t(tee('ab')[0].__setstate__, ('a',))
t(tee('ab')[0].__setstate__, ('a', 1))
t(tee('ab')[0].__setstate__, [])
x = tee('ab')[0].__reduce__()[2][0]
t(tee('ab')[0].__setstate__, (x, 58))
t(type(x), 1, 2, 3)
t(type(x), iter([]), [1], x)
t(type(x), iter([]), [1])
t(itertools._grouper, 1, 2)
t(islice('a', 1).__setstate__, 'a')
t(reversed('a').__setstate__, 'a')
t(reversed('abc').__setstate__, 1.0)
t(zip('a').__setstate__, [])
t(dropwhile(bool, 'a').__setstate__, [])
import pickle


def take(n, it):
    return list(islice(it, n))

c = cycle('defg')
c.__setstate__((list('abc'), 0))
print(take(20, c))
c = cycle('defg')
c.__setstate__((list('abcdefg'), 1))
print(take(20, c))
c = cycle('abc')
next(c)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(take(10, pickle.loads(pickle.dumps(c, proto))))
    next(c)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = cycle(iter('abcde'))
    _ = [next(c) for i in range(2)]
    print(take(20, pickle.loads(pickle.dumps(c, proto))))
    c = cycle(iter('abcde'))
    _ = [next(c) for i in range(7)]
    print(take(20, pickle.loads(pickle.dumps(c, proto))))

it = chain()
it.__setstate__((iter(['abc', 'def']),))
print(list(it))
it = chain()
it.__setstate__((iter(['abc', 'def']), iter(['ghi'])))
print(list(it))
testcases = [
b'citertools\ncycle\n(c__builtin__\niter\n((lI1\naI2\naI3\natRI1\nbtR((lI1\naI0\ntb.',
b'citertools\ncycle\n(c__builtin__\niter\n(](K\x01K\x02K\x03etRK\x01btR(]K\x01aK\x00tb.',
b'\x80\x02citertools\ncycle\nc__builtin__\niter\n](K\x01K\x02K\x03e\x85RK\x01b\x85R]K\x01aK\x00\x86b.',
b'\x80\x03citertools\ncycle\ncbuiltins\niter\n](K\x01K\x02K\x03e\x85RK\x01b\x85R]K\x01aK\x00\x86b.',
b'\x80\x04\x95=\x00\x00\x00\x00\x00\x00\x00\x8c\titertools\x8c\x05cycle\x93\x8c\x08builtins\x8c\x04iter\x93](K\x01K\x02K\x03e\x85RK\x01b\x85R]K\x01aK\x00\x86b.',

b'citertools\ncycle\n(c__builtin__\niter\n((lp0\nI1\naI2\naI3\natRI1\nbtR(g0\nI1\ntb.',
b'citertools\ncycle\n(c__builtin__\niter\n(]q\x00(K\x01K\x02K\x03etRK\x01btR(h\x00K\x01tb.',
b'\x80\x02citertools\ncycle\nc__builtin__\niter\n]q\x00(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00K\x01\x86b.',
b'\x80\x03citertools\ncycle\ncbuiltins\niter\n]q\x00(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00K\x01\x86b.',
b'\x80\x04\x95<\x00\x00\x00\x00\x00\x00\x00\x8c\titertools\x8c\x05cycle\x93\x8c\x08builtins\x8c\x04iter\x93]\x94(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00K\x01\x86b.',

b'citertools\ncycle\n(c__builtin__\niter\n((lI1\naI2\naI3\natRI1\nbtR((lI1\naI00\ntb.',
b'citertools\ncycle\n(c__builtin__\niter\n(](K\x01K\x02K\x03etRK\x01btR(]K\x01aI00\ntb.',
b'\x80\x02citertools\ncycle\nc__builtin__\niter\n](K\x01K\x02K\x03e\x85RK\x01b\x85R]K\x01a\x89\x86b.',
b'\x80\x03citertools\ncycle\ncbuiltins\niter\n](K\x01K\x02K\x03e\x85RK\x01b\x85R]K\x01a\x89\x86b.',
b'\x80\x04\x95<\x00\x00\x00\x00\x00\x00\x00\x8c\titertools\x8c\x05cycle\x93\x8c\x08builtins\x8c\x04iter\x93](K\x01K\x02K\x03e\x85RK\x01b\x85R]K\x01a\x89\x86b.',

b'citertools\ncycle\n(c__builtin__\niter\n((lp0\nI1\naI2\naI3\natRI1\nbtR(g0\nI01\ntb.',
b'citertools\ncycle\n(c__builtin__\niter\n(]q\x00(K\x01K\x02K\x03etRK\x01btR(h\x00I01\ntb.',
b'\x80\x02citertools\ncycle\nc__builtin__\niter\n]q\x00(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00\x88\x86b.',
b'\x80\x03citertools\ncycle\ncbuiltins\niter\n]q\x00(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00\x88\x86b.',
b'\x80\x04\x95;\x00\x00\x00\x00\x00\x00\x00\x8c\titertools\x8c\x05cycle\x93\x8c\x08builtins\x8c\x04iter\x93]\x94(K\x01K\x02K\x03e\x85RK\x01b\x85Rh\x00\x88\x86b.',
]
for t in testcases:
    print(take(10, pickle.loads(t)))
