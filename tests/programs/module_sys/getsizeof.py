import sys
for v in [0, 1, -5, 2 ** 30, 2 ** 64, 1.5, 1j, None, True, '', 'abc',
          'é', '€' * 2, '\U0001f600', b'', b'abc', (), (1, 2, 3), [], [1, 2],
          {}, {'a': 1}, {1: 1}, set(), {1}, frozenset()]:
    print(repr(v), sys.getsizeof(v))
class A:
    pass
class B:
    __slots__ = ('x',)
class C:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(object()), sys.getsizeof(A()), sys.getsizeof(B()),
      sys.getsizeof(C()))
class D:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(D())
except ValueError as e:
    print(e)
print(sys.getsizeof(1, 99))
