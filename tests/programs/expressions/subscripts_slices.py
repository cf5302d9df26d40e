lst = list(range(10))
print(lst[0], lst[-1], lst[3:7], lst[:3], lst[7:], lst[::2], lst[::-1])
print(lst[-3:], lst[:-3], lst[1:8:3], lst[8:1:-2], lst[100:], lst[-100:2])
s = 'abcdefgh'
print(s[2], s[-2], s[2:5], s[::-1], s[::3], s[5:2:-1])
t = (10, 20, 30, 40)
print(t[1], t[-1], t[1:3], t[::-1])
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], list(r[::2]))
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
