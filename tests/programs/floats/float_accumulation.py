# Rounding error in accumulation; Kahan summation; exact sums.
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)

def naive(values):
    s = 0.0
    for v in values:
        s += v
    return s

def kahan(values):
    s = 0.0
    c = 0.0
    for v in values:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s

values = []
for i in range(1, 1001):
    values.append(1.0 / i)
print(naive(values), kahan(values), sum(values))

tiny = [1.0]
for i in range(1000):
    tiny.append(1e-16)
print(naive(tiny), kahan(tiny), sum(tiny))

mixed = [1e20, 1.0, -1e20, 1.0]
print(naive(mixed), kahan(mixed), sum(mixed))

# compound interest, month by month
balance = 1000.0
for month in range(12 * 30):
    balance *= 1 + 0.05 / 12
print(balance)
print(1000.0 * (1 + 0.05 / 12) ** 360)

# harmonic partial sums crossing integer thresholds
h = 0.0
n = 0
targets = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
for t in targets:
    while h < t:
        n += 1
        h += 1.0 / n
    print(t, n, h)

x = 0.0
step = 0.25
while x < 2.0:
    x += step
    print(x, end=' ')
print()
