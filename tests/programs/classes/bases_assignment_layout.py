# Assigning __bases__ keeps the layout of existing instances: no
# unsubclassable base, no other builtin base, no other slot layout.
def attempt(cls, bases):
    try:
        cls.__bases__ = bases
        print('ok', [b.__name__ for b in cls.__bases__])
    except TypeError as e:
        print('TypeError', e)

class O(object):
    pass
class X(object):
    pass
attempt(X, (type(None),))
attempt(X, (object, type(None)))
attempt(X, (O, type(None)))
attempt(X, (object,))

class L(list):
    pass
class C(object):
    pass
class D(C):
    pass
attempt(L, (dict,))
attempt(D, (C, list))
attempt(list, (dict,))
class A:
    pass
class B:
    def extra(self):
        return 'B.extra'
class E(A):
    pass
attempt(E, (B,))
print(E().extra())

class S1:
    __slots__ = ['a']
class S2:
    __slots__ = ['a', 'b']
class T(S1):
    pass
attempt(T, (S2,))

# str methods return an exact str, never the subclass
class madstring(str):
    pass
s = madstring("  x ")
for r in [s.strip(), s.lstrip(), s.rstrip(), s.replace("q", "r"),
          s.replace("x", "y", 0), s.center(2), s.ljust(1), s.rjust(1),
          s.zfill(1), s.removeprefix("a"), s.removesuffix("a"),
          "".join([s]), s.translate({})]:
    print(type(r).__name__, repr(r))
