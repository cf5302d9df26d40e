# A metaclass's mro() decides __mro__; type.mro(cls) is the C3 order.
class A(object):
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass

def names(seq):
    return [k.__name__ for k in seq]

print(names(A.mro()), names(A.__mro__))
print(names(B.mro()), names(B.__mro__))
print(names(C.mro()), names(C.__mro__))
print(names(D.mro()), names(D.__mro__), D().f())
print(type(D.mro()).__name__, type(D.__mro__).__name__)

class PerverseMetaType(type):
    def mro(cls):
        print('mro of', cls.__name__, 'current __mro__', cls.__mro__)
        L = type.mro(cls)
        L.reverse()
        return L

class X(D, B, C, A, metaclass=PerverseMetaType):
    pass
print(names(X.__mro__), X().f())
print(names(type.mro(X)), names(X.mro()))
print(X.__base__.__name__, names(X.__bases__))
print(isinstance(X(), D), issubclass(X, A), issubclass(X, X))

# a subclass of X: its own mro() call, C3 over X's (reversed) __mro__
try:
    class Y(X):
        pass
    print(names(Y.__mro__))
except TypeError as e:
    print('TypeError:', e)

def attempt(label, meta_mro, bases=(object,)):
    class Meta(type):
        mro = meta_mro
    try:
        cls = Meta('X', bases, {})
        print(label, 'ok', names(cls.__mro__))
    except TypeError as e:
        print(label, 'TypeError:', e)

attempt('dict', lambda self: [self, dict, object])
attempt('one', lambda self: [1])
attempt('int', lambda self: 1)
attempt('empty', lambda self: [])
attempt('tuple', lambda self: (self, object))
attempt('gen', lambda self: (k for k in [self, A, object]))
attempt('str', lambda self: 'ab')
attempt('other', lambda self: [self, B, object])
attempt('noself', lambda self: [A, object])
attempt('list-ok', lambda self: [self, list, object], (list,))
attempt('list-bad', lambda self: [self, dict, object], (list,))
attempt('obj-only', lambda self: [object], (list,))

class Slotted:
    __slots__ = ('a',)
attempt('slots', lambda self: [self, Slotted, object])
attempt('slots-ok', lambda self: [self, Slotted, object], (Slotted,))

# type(x, y, z) without a metaclass: C3 and its errors
for bases in [(A, A), (A, D), (D, A, object)]:
    try:
        type('Z', bases, {})
        print('ok')
    except TypeError as e:
        print('TypeError:', e)

# type.mro() argument checks
for arg in [1, None]:
    try:
        type.mro(arg)
    except TypeError as e:
        print('TypeError:', e)
print(names(type.mro(int)), names(type.mro(bool)))
print(names(object.mro()) if hasattr(object, 'mro') else None)
