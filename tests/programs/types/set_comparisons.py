a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a > b, a >= a, a < a)
print(a == {2, 1}, a != b, a == frozenset([1, 2]), a == [1, 2])
print({1} < frozenset([1, 2]))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(e)
print(set() <= set(), set() < {0})
