first, *_, last = 'abcdef'
print(first, last, _)
(a, b), *c = [1, 2], 3, 4
print(a, b, c)
[p, *q] = range(3)
print(p, q)
