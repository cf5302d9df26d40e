# _functools.cmp_to_key: the KeyWrapper objects
import _functools

def numeric(a, b):
    return (a > b) - (a < b)
K = _functools.cmp_to_key(numeric)
print(sorted([3, 1, 2], key=_functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=_functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(max([1, 5, 3], key=K), min('bca', key=_functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1 == K(1))
print(k1.obj, K(obj=3).obj)
k1.obj = 10
print(k1 > k2)
tests = [lambda: _functools.cmp_to_key(),
         lambda: _functools.cmp_to_key(len, 1),
         lambda: K(),
         lambda: K(1, 2),
         lambda: K(1) < 2,
         lambda: 2 < K(1),
         lambda: K < K,
         lambda: hash(K(1)),
         lambda: K(1) < _functools.cmp_to_key(numeric)(2)]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(K).__name__, callable(K))
