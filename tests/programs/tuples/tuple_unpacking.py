# Tuple packing/unpacking in assignments, loops and returns.
def divmod_pair(a, b):
    return a // b, a % b

def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

q, r = divmod_pair(47, 5)
print(q, r)
q, r = divmod_pair(-47, 5)
print(q, r)
lo, hi = min_max([4, -2, 9, 0, 9, -2])
print(lo, hi)

a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = (10, 20)
print(x is y, x)

(p, q), s = (1, 2), 3
print(p, q, s)
[m, n] = 'hi'
print(m, n)
first, second = [[1, 2], (3, 4)]
print(first, second)

pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for num, name in pairs:
    print(num, name, len(name))
for (i, j), label in [((0, 0), 'origin'), ((1, -1), 'corner')]:
    print(label, i + j, i - j)

t = 1, 2, 3
print(t, type(t), len(t))
single = 5,
print(single, len(single))
empty = ()
print(empty, len(empty), empty == ())

# fibonacci with tuple swap
a, b = 0, 1
for k in range(90):
    a, b = b, a + b
print(a)
