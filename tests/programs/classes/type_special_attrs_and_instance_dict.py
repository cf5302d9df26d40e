class X:
    "elephant"
X.__doc__ = "banana"
print(X.__doc__)
def tryit(f, *a):
    try:
        f(*a)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
tryit(type(list).__dict__["__doc__"].__set__, list, "blah")
tryit(type(X).__dict__["__doc__"].__delete__, X)
for n in ['__doc__', '__name__', '__qualname__', '__module__', '__bases__']:
    tryit(delattr, X, n)
print(X.__doc__, X.__name__, X.__module__)
tryit(setattr, X, '__bases__', None)

class C(object): pass
a = C()
a.__dict__ = {'b': 1}
print(a.b)
for v in [None, [], 1]:
    tryit(setattr, a, '__dict__', v)
del a.__dict__
print(a.__dict__, hasattr(a, 'b'))
a.c = 2
print(a.__dict__)

class Base(object):
    pass
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
class D(object, metaclass=Meta1):
    x = 1
class E(object, metaclass=Meta2):
    y = 2
for cls in D, E:
    print(type(cls.__dict__).__name__, 'x' in cls.__dict__, 'y' in cls.__dict__)
    tryit(setattr, cls, '__dict__', {})
    tryit(delattr, cls, '__dict__')
    tryit(Base.__dict__["__dict__"].__set__, cls, {})
try:
    X.__bases__ = ()
except TypeError as e:
    print(e)
