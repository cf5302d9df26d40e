# Assigning __bases__: CPython's checks, messages, and what changes.
def names(seq):
    return [k.__name__ for k in seq]

def attempt(cls, value):
    try:
        cls.__bases__ = value
        print('ok', names(cls.__bases__), names(cls.__mro__))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

class C(object):
    pass
class C2(object):
    def __getattribute__(self, attr):
        if attr == 'a':
            return 2
        else:
            return super(C2, self).__getattribute__(attr)
    def meth(self):
        return 1
class D(C):
    pass
class E(D):
    pass
d = D()
e = E()
print(C.__subclasses__(), C2.__subclasses__())
attempt(D, (C,))
attempt(D, (C2,))
print(d.meth(), e.meth(), d.a, e.a)
print(names(C2.__subclasses__()), names(C.__subclasses__()))
print(names(E.__mro__), D.__base__.__name__)
print(isinstance(d, C), isinstance(d, C2), issubclass(E, C2), issubclass(E, C))

try:
    del D.__bases__
except (TypeError, AttributeError) as ex:
    print(type(ex).__name__ + ':', ex)
attempt(D, ())
attempt(D, (D,))
attempt(D, (C, C))
attempt(D, (E,))
attempt(D, [C])
attempt(D, (C, 1))
attempt(D, C)
attempt(list, (dict,))
attempt(object, (int,))
attempt(int, (object,))
print(names(D.__bases__), names(D.__mro__))

# multiple bases, then back to one
class F(object):
    def g(self):
        return 'F.g'
attempt(D, (C2, F))
print(d.g(), e.g(), names(F.__subclasses__()), names(C2.__subclasses__()))
attempt(D, (C,))
print(hasattr(d, 'g'), hasattr(e, 'g'), names(F.__subclasses__()))

# the same base twice in the hierarchy: MRO conflict rolled back
class P: pass
class Q: pass
class R(P, Q): pass
class S(P, Q): pass
class T(R, S): pass
attempt(R, (Q, P))
print(names(R.__bases__), names(R.__mro__), names(T.__mro__))
print(names(P.__subclasses__()), names(Q.__subclasses__()))

# lookups follow the new bases (cached lookups are invalidated)
class Base1:
    x = 'Base1.x'
    def who(self):
        return 'Base1'
class Base2:
    x = 'Base2.x'
    def who(self):
        return 'Base2'
class K(Base1):
    pass
class KK(K):
    pass
k = KK()
out = []
for i in range(30):
    if i == 10:
        K.__bases__ = (Base2,)
    if i == 20:
        K.__bases__ = (Base1,)
    out.append(k.who()[-1] + KK.x[4])
print(''.join(out))

# assignment from a tuple subclass, and += ()
class MyTuple(tuple):
    pass
attempt(K, MyTuple((Base2,)))
K.__bases__ += ()
print(names(K.__bases__))

# a class with a metaclass keeps its metaclass's mro() for new bases
class Rev(type):
    def mro(cls):
        print('  Rev.mro', cls.__name__)
        return [cls] + type.mro(cls)[1:][::-1]
class M1: pass
class M2: pass
class N(M1, M2, metaclass=Rev):
    pass
print(names(N.__mro__))
N.__bases__ = (M2, M1)
print(names(N.__mro__))
class NSub(N):
    pass
print(names(NSub.__mro__))
N.__bases__ = (M1,)
print(names(N.__mro__), names(NSub.__mro__))
