def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))
def g(a, b):
    return a * 10 + b
print(f(*(1,)), f(*(1, 5, 6, 7)), f(*[1, 2], **{}), f(*(), **{'a': 4}))
print(g(*(1, 2)), g(*[3, 4]), g(1, *(2,)))
for args in [(), (1,), (1, 2, 3)]:
    try:
        g(*args)
    except TypeError as e:
        print(e)
def h(a, *, k):
    return a, k
try:
    h(*(1,))
except TypeError as e:
    print(e)
def kwo(a, *, k=5):
    return a, k
print(kwo(*(1,)), kwo(*(1,), **{}), kwo(*(1,), **{'k': 2}))
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def add(a, b, c=0):
    return a + b + c
print(add(1, 2), add(1, 2, c=3), add(*(4, 5)))
try:
    add(1)
except TypeError as e:
    print(e)
class D:
    def __del__(self): print('del D')
def one(x): return 'one'
print(one(*(D(),)))
print('end')
def boom(x):
    raise ValueError('boom %s' % x)
def fwd(f, *a, **k):
    return f(*a, **k)
for i in range(2):
    try:
        fwd(boom, D())
    except ValueError as e:
        print(e.args[0][:4])
print('after raising calls')
