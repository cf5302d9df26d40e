a, b, c = 1, 2, 3
print(a < b, a > b, a <= 1, a >= 2, a == 1, a != 1)
print(a < b < c, a < b > c, c > b > a, a == 1 == 1.0)
print(1 < 2.5, 2.0 == 2, 3 > 2.9999, 10 ** 20 > 1e19, 10 ** 20 == 1e20)
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] == [])
print(None is None, a is not None, [1] == [1], [1] is [1])
print(3 in [1, 2, 3], 4 not in (1, 2), 'ell' in 'hello', 'x' in {'x': 1})
