# isinstance/issubclass over tuples (nested, empty, with classes that
# have __instancecheck__/__subclasscheck__, with a __class__ property)
# and their TypeErrors.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
class A: pass
class B(A): pass
class C:
    @property
    def __class__(self): return B
for x in (1, 'a', 2.0, [1], (1,), None, 42, A(), B(), C(), True):
    print(repr(x)[:10], isinstance(x, (int, str)), isinstance(x, (list, (tuple, A))), isinstance(x, (M, float)), isinstance(x, ()), isinstance(x, (B,)), isinstance(x, A))
for c in (int, bool, A, B, C, str):
    print(c.__name__, issubclass(c, (M, str)), issubclass(c, (A, (int,))), issubclass(c, ()))
for bad in ((int, 3), 3, (int, (3,))):
    try: print(isinstance(1, bad))
    except TypeError as e: print('TypeError', e)
    try: print(issubclass(int, bad))
    except TypeError as e: print('TypeError', e)
try: issubclass(3, (int,))
except TypeError as e: print('TypeError', e)
