import math
def is_prime(n):
    if n < 2: return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0: return False
    return True
print([n for n in range(50) if is_prime(n)])
def quad(a, b, c):
    d = b * b - 4 * a * c
    if d < 0: return ()
    r = math.sqrt(d)
    return ((-b - r) / (2 * a), (-b + r) / (2 * a))
print(quad(1, -3, 2), quad(1, 2, 5), quad(2, 4, 2))
def haversine(lat1, lon1, lat2, lon2):
    R = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * R * math.asin(math.sqrt(a)), 3)
print(haversine(51.5007, 0.1246, 40.6892, 74.0445))
print(math.comb(52, 5), math.factorial(25) // math.factorial(23), math.gcd(2**40, 6**20), math.lcm(*range(1, 21)))
print([round(math.sin(math.radians(d)), 10) for d in (0, 30, 90, 180)], math.isclose(math.cos(math.pi), -1))
print(sum(1 / math.factorial(k) for k in range(20)), math.e, math.fsum(1 / math.factorial(k) for k in range(20)))
print(float('1e309'), -float('inf') < -1e308, math.inf - math.inf != math.inf - math.inf, 0.1 + 0.2, round(0.1 + 0.2, 15), 1e16 + 1, 2 ** 0.5)
print(divmod(-7, 2), divmod(7.5, 2), (-7) // 2, -7 % 2, 7 % -2, pow(3, -1, 7), pow(2, 100, 10**9 + 7), abs(-2 + 0j), int(1e18), int(-2.9))
