# Numerical methods: Newton's square root, series for e and pi.
def newton_sqrt(a):
    if a == 0:
        return 0.0
    x = a
    for i in range(60):
        nx = 0.5 * (x + a / x)
        if nx == x:
            break
        x = nx
    return x

for a in [2, 9, 10.0, 0.25, 1e10, 1e-10, 12345.6789]:
    r = newton_sqrt(a)
    print(a, r, r * r, a ** 0.5)

e = 0.0
term = 1.0
for k in range(1, 25):
    e += term
    term /= k
print('e', e)

pi = 0.0
sign = 1.0
for k in range(20000):
    pi += sign / (2 * k + 1)
    sign = -sign
print('leibniz', 4 * pi)

# Nilakantha series converges much faster
pi = 3.0
sign = 1.0
for k in range(2, 400, 2):
    pi += sign * 4.0 / (k * (k + 1) * (k + 2))
    sign = -sign
print('nilakantha', pi)

# bisection for the root of x**3 - 2x - 5
lo = 2.0
hi = 3.0
steps = 0
while hi - lo > 1e-12:
    mid = (lo + hi) / 2
    if mid ** 3 - 2 * mid - 5 > 0:
        hi = mid
    else:
        lo = mid
    steps += 1
print('root', lo, steps)

# simpson integration of x**2 on [0, 3]
def f(x):
    return x * x

n = 100
h = 3.0 / n
s = f(0.0) + f(3.0)
for i in range(1, n):
    if i % 2 == 1:
        s += 4 * f(i * h)
    else:
        s += 2 * f(i * h)
print('simpson', s * h / 3)
