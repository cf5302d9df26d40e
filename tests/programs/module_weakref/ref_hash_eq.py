# hash() is the referent's (kept after death), == compares referents while
# both live and identity after.
import _weakref


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


a = K(1)
b = K(1)
ra = _weakref.ref(a)
rb = _weakref.ref(b)
rcb = _weakref.ref(a, lambda r: print('callback'))
print(hash(ra) == hash(1), ra == rb, ra != rb, ra == rcb)
print(ra == 1, ra != 1)
try:
    ra < rb
except TypeError:
    print('TypeError for <')
d = {ra: 'a'}
print(d[rb])
del a
print(ra == rb, ra == ra, ra != rb)
print(hash(ra) == hash(1))
c = K(2)
rc = _weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print('TypeError', e)
