a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a | frozenset([9]))
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a - 1
except TypeError as e:
    print(e)
