# Lists change representation as they grow; the values must not.
a = [0] * 4
a[1] = 2.5
a.append('x')
print(a)
b = [0.0] * 3
b[0] = 1
b[2] = -0.0
print(b, b[2])
c = []
c.append(True)
c.append(1)
print(c, c[0] is True)
d = list(range(5))
d.append(1 << 70)
print(d, d[-1] - 1)
e = [1.5, 2.5]
e += [3]
print(e, e * 2, len(e * 0))
f = [float('nan')]
print(f[0] in f, f == f, f.count(f[0]), f.index(f[0]))
g = [3, 1, 2]
g.sort()
h = [2.5, -1.0, 0.5]
h.sort()
print(g, h, g + h)
i = [1, 2, 3]
i[1:2] = ['a', 'b']
print(i, i.pop(), i)
j = [1.0, 2.0]
j.insert(0, None)
print(j, j.pop(0), j)
k = [[]] * 2
k[0].append(1)
print(k, [1, 2] == [1.0, 2.0], [1, 2] < [1, 2.5])
