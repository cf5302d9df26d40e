def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 64, 2 ** 40 * 3))
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best = 0
best_n = 0
for i in range(1, 1000):
    c = collatz_len(i)
    if c > best:
        best = c
        best_n = i
print(best_n, best)
