# hypot (any number of coordinates) and dist: CPython's vector_norm
# (scaling, Dekker products, correction step), special values, errors.
import math

INF = float('inf')
NAN = float('nan')
print(repr(math.hypot()), repr(math.hypot(3)), repr(math.hypot(-3.5)))
print(repr(math.hypot(3, 4)), repr(math.hypot(1, 1)), repr(math.hypot(1, 2, 2)))
print(repr(math.hypot(1e308, 1e308)), repr(math.hypot(5e-324, 5e-324)),
      repr(math.hypot(1e-310, 3e-310, 2e-310)))
print(repr(math.hypot(INF, NAN)), repr(math.hypot(NAN, 1)), repr(math.hypot(-INF, 0)))
print(repr(math.hypot(0.0, -0.0)), repr(math.hypot(10**20, 10**20)), repr(math.hypot(True, 2)))
for i in range(1, 60):
    coords = [((i * j * 7919) % 1013 - 506) * 10.0 ** ((i + j) % 7 - 3)
              for j in range(i % 9 + 2)]
    print(repr(math.hypot(*coords)), repr(math.dist(coords, coords[::-1])))
print(repr(math.hypot(*[0.1] * 100)), repr(math.hypot(*range(1, 50))))
print(repr(math.dist((1, 2), (4, 6))), repr(math.dist([0.0], [1e308])),
      repr(math.dist(iter([1, 1, 1]), (x for x in [2, 2, 2]))))
print(repr(math.dist((), ())), repr(math.dist([INF], [INF])), repr(math.dist([NAN, INF], [0, 0])))
for args in [((1, 2), (1,)), (1, (1,)), ((1,), 'a'), (('a',), (1,)), ([1], [10**400])]:
    try:
        print(math.dist(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.hypot(1, 'x')
except TypeError as e:
    print(e)
