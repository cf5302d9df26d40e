try:
    {[1]}
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
s = {frozenset([1, 2])}
print({1, 2} in s, frozenset({2, 1}) in s)
s.discard({1, 2})
print(s)
try:
    {1}.add({2})
except TypeError as e:
    print(e)
