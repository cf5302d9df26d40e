# Chained and augmented assignments on names, subscripts and nests.
a = b = c = 0
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)

d = {'n': 0, 'list': [1, 2], 'nest': {'k': 5}}
d['n'] += 5
d['n'] -= 1
d['n'] *= 3
d['list'] += [3]
d['list'][0] -= 10
d['nest']['k'] **= 2
d['new'] = d['n'] // 5
print(d)

m = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 10 + j
m[1][0] <<= 3
m[0][1] |= 6
m[1][1] %= 4
m[0][0] -= 1
print(m)

i = 0
lst = [10, 20, 30]
lst[i] = i = 2
print(lst, i)

s = t = 'ab'
s += 'c'
print(s, t)
tup = (1, 2)
alias = tup
tup += (3,)
print(tup, alias)

# swap through subscripts
arr = [5, 4, 3, 2, 1]
arr[0], arr[-1] = arr[-1], arr[0]
arr[1], arr[2], arr[3] = arr[3], arr[1], arr[2]
print(arr)
k1, k2 = 'p', 'q'
pairs = {k1: 1, k2: 2}
pairs[k1], pairs[k2] = pairs[k2], pairs[k1]
print(pairs)

# augmented assignment evaluates the target subscript once
calls = 0
def idx():
    global calls
    calls += 1
    return 1
vals = [1, 2, 3]
vals[idx()] += 100
print(vals, calls)
f = 1.5
f //= 0.5
f **= 2
f /= 4
print(f)
n = 7
n //= -2
print(n)
n = -7
n %= 3
print(n)
