# functools.partial objects (and instances of its subclasses) can be
# weakly referenced; the callback runs when the partial dies.
import functools
import weakref


def f(a, b):
    return a + b


p = functools.partial(f, 1)
r = weakref.ref(p, lambda ref: print('partial died'))
print(r() is p, r()(2))


class P(functools.partial):
    pass


q = P(f, 10)
rq = weakref.ref(q)
print(rq()(5), weakref.getweakrefcount(q))
del p
print('after del', r())
del q
print(rq())
