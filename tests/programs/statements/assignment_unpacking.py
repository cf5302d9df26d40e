a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'ab'
print(m, n)
first, second, third = range(3)
print(first, second, third)
d = {}
d['k'], d['j'] = 5, 6
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = 'a', 'c'
print(lst)
