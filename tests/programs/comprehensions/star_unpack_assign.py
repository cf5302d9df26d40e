a, *b, c = range(6)
print(a, b, c)
*h, t = 'xyz'
print(h, t)
first, *rest = [1]
print(first, rest)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
