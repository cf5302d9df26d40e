a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {9, 2}
print(a, a is b)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, f is g, g)
