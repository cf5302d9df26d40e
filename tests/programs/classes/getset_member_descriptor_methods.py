import abc
class C:
    __slots__ = ['a']
    "doc"
class D: pass
class E: pass
def tryit(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__ if not isinstance(r, (int, str, type(None))) else r)
    except Exception as e:
        print(type(e).__name__, e)
c = C()
m = C.a
print(m.__name__, m.__qualname__, m.__objclass__.__name__, m.__doc__)
tryit(m.__get__, c)
tryit(m.__set__, c, 3)
tryit(m.__get__, c, C)
tryit(m.__get__, None, C)
tryit(m.__get__, None, None)
tryit(m.__get__, None)
tryit(m.__delete__, c)
tryit(m.__delete__, c)
tryit(m.__get__, c)
tryit(m.__set__, D(), 3)
tryit(m.__get__, D())
tryit(m.__delete__, D())
class MyABC(metaclass=abc.ABCMeta):
    __slots__ = "a"
class Unrelated(object):
    pass
MyABC.register(Unrelated)
u = Unrelated()
print(isinstance(u, MyABC))
tryit(MyABC.a.__set__, u, 3)
g = D.__dict__['__dict__']
d = D()
print(g.__name__, g.__qualname__, g.__objclass__.__name__, g.__doc__)
tryit(g.__set__, d, {'x': 1})
print(d.x)
tryit(g.__get__, d)
tryit(g.__set__, E(), {})
tryit(g.__set__, d, 3)
tryit(g.__delete__, d)
print(d.__dict__)
w = D.__dict__['__weakref__']
tryit(w.__set__, d, 3)
tryit(w.__delete__, d)
print(w.__doc__)
r = int.real
tryit(r.__set__, 3, 4)
tryit(r.__delete__, 3)
tryit(r.__get__, 3)
tryit(r.__set__, 'x', 4)
print(r.__doc__, int.imag.__doc__, complex.real.__doc__)
tryit(type(list).__dict__["__doc__"].__set__, list, "blah")
tryit(type(list).__dict__["__doc__"].__delete__, list)
tryit(type(list).__dict__["__doc__"].__get__, D)
