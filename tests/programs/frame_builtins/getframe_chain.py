import sys
def f():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name
def g():
    return f()
print(g())
def h():
    return sys._getframe()
fr = h()
print(fr.f_code.co_name, fr.f_back is None or fr.f_back.f_code.co_name)
def gen():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe(1).f_code.co_name
def user():
    it = gen()
    print(next(it))
    return it
it = user()
print(next(it))
import collections
P = collections.namedtuple('P', 'x y')
print(P, P.__module__)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def deep(n):
    if n == 0:
        f = sys._getframe()
        names = []
        while f is not None:
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        return names
    return deep(n - 1)
print(deep(3))
