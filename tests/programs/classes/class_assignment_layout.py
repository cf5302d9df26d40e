# __class__ assignment between classes of the same layout: slots by
# name (in any order), and the same __dict__/__weakref__.
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Int(int):
    __slots__ = ()

for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    x.__class__ = cls2
    print(type(x).__name__, x.a, end=' ')
    x.__class__ = cls
    print(type(x).__name__, x.a)
allowed = []
for cls in G, J, K, L, M, N, P, R, list, Int:
    for cls2 in G, J, K, L, M, N, P, R, list, Int:
        if cls is cls2:
            continue
        x = cls()
        try:
            x.__class__ = cls2
            allowed.append((cls.__name__, cls2.__name__))
        except TypeError as e:
            pass
print(allowed)
class A: pass
class B: pass
class S(A): __slots__ = ()
a = A()
a.__class__ = B
print(type(a).__name__)
a.__class__ = S
print(type(a).__name__)
try:
    G().__class__ = J
except TypeError as e:
    print(type(e).__name__, e)
