# __bases__ assignment and instance layouts (CPython's best_base and
# compatible_for_assignment).
def names(seq):
    return [k.__name__ for k in seq]

def attempt(cls, bases):
    try:
        cls.__bases__ = bases
        print('ok', names(cls.__bases__), cls.__base__.__name__)
    except TypeError as e:
        print('TypeError:', e)

class C:
    pass
class NoDict:
    __slots__ = ()
class D(C):
    pass
attempt(D, (NoDict,))
attempt(D, (object,))
attempt(D, (C,))
class ND2(NoDict):
    pass
attempt(ND2, (object,))
print(names(ND2.__bases__))

class S1:
    __slots__ = ('a',)
class S1b:
    __slots__ = ('a',)
class S1c:
    __slots__ = ('b',)
class S2:
    __slots__ = ('a', 'b')
class T(S1):
    pass
attempt(T, (S1b,))
attempt(T, (S1c,))
attempt(T, (S2,))
attempt(T, (S1,))
attempt(T, (C, S1))
attempt(T, (S1, C))
attempt(T, (S1, S1c))
attempt(T, (object,))
t = T()
t.a = 1
print(t.a)

class E1(Exception):
    pass
attempt(E1, (ValueError,))
attempt(E1, (KeyError,))
attempt(E1, (OSError,))
attempt(E1, (object,))
attempt(E1, (Exception,))
print(isinstance(E1(), ValueError), E1.__mro__[1].__name__)

class L(list):
    pass
class L2(list):
    def extra(self):
        return len(self)
attempt(L, (L2,))
print(hasattr(L, 'extra'))
attempt(L, (tuple,))
attempt(L, (object,))
attempt(L, (list, C))
print(names(L.__mro__))

class I(int):
    pass
attempt(I, (bool,))
attempt(I, (float,))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
attempt(D, (WithMeta,))
print(type(D).__name__, names(D.__mro__))
class MT(type):
    pass
attempt(MT, (Meta,))
print(names(MT.__mro__))

# __base__ is the best base, not the first
class X(C, list):
    pass
print(X.__base__.__name__)
class Y(C, S1):
    pass
print(Y.__base__.__name__)
class Z(C, D):
    pass
print(Z.__base__.__name__)
