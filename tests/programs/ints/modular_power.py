# Modular exponentiation by squaring, Fermat tests, modular inverse.
def power_mod(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def inverse(a, m):
    g, x, y = egcd(a, m)
    if g != 1:
        return None
    return x % m

M = 10 ** 9 + 7
print(power_mod(2, 10, 1000), power_mod(3, 200, M), 3 ** 200 % M)
print(power_mod(7, 10 ** 18, M), power_mod(123456789, 987654321, M))
print(power_mod(2, 2 ** 64, 2 ** 61 - 1), power_mod(10, 0, 7), power_mod(0, 5, 7))

def probably_prime(n):
    if n < 2:
        return False
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % a == 0:
            return n == a
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = power_mod(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for r in range(s - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True

for n in [1, 2, 97, 561, 7919, 2 ** 61 - 1, 2 ** 64 + 1, 2 ** 89 - 1, 10 ** 18 + 9]:
    print(n, probably_prime(n))

print(egcd(240, 46), inverse(3, 11), inverse(10, 17), inverse(6, 9))
inv = inverse(123456789, M)
print(inv, inv * 123456789 % M)
