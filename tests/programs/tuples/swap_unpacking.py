# Displays unpacked at once are swapped, not built; results are the same.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = z, x, y
print(x, y, z)
[p, q] = [] or [5, 6]
print(p, q)
(m,) = (7,)
print(m)
a, b = b, a + b
print(a, b)
t = 1, (2, 'three', None), -4.5
print(t, t[1][1])
u, (v, w, _, ), s = 1, (2, 3, None), 'end'
print(u, v, w, s)
def pair(n):
    return n // 3, n % 3
tot = 0
for i in range(10):
    q, r = pair(i)
    tot += q * 10 + r
print(tot)
a, b = [1, 2, 3]
