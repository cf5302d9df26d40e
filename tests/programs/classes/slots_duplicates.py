class D:
    __slots__ = ('a', 'h')
class T:
    __slots__ = ('b', 'h')
class A:
    __slots__ = ('x', 'x')
a = A(); a.x = 3; print(a.x)
class DT(D):
    __slots__ = D.__slots__ + T.__slots__
print(DT.__slots__, sorted(k for k in DT.__dict__ if not k.startswith('__')))
d = DT(); d.a = 1; d.b = 2; d.h = 3
print(d.a, d.b, d.h)
