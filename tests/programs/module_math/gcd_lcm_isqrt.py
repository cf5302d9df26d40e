# gcd, lcm (any number of arguments, big ints, negatives) and isqrt.
import math

print(math.gcd(), math.gcd(0), math.gcd(-5), math.gcd(12, 18), math.gcd(-12, 18))
print(math.gcd(0, 0), math.gcd(0, -7), math.gcd(12, 18, 27), math.gcd(1, 10**100))
print(math.gcd(2**64, 2**40 * 3), math.gcd(-2**63, 2**62), math.gcd(-2**63, -2**63))
print(math.gcd(3**200, 3**150 * 2**10), math.gcd(10**50 + 1, 10**25 + 1))
print(math.gcd(True, 4), math.gcd(2**100, 0), math.gcd(0, -2**100))
print(math.lcm(), math.lcm(0), math.lcm(-5), math.lcm(4, 6), math.lcm(-4, 6))
print(math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(5, 0, 7), math.lcm(2**40, 3**30))
print(math.lcm(10**20, 10**22 + 2), math.lcm(-2**63, 3), math.lcm(2**64, -2**65))
a = 1
for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61]:
    a = math.lcm(a, p)
print(a, math.gcd(a, 2**10 * 61), math.gcd(*range(12, 1200, 12)))
class Idx:
    def __index__(self):
        return 30
print(math.gcd(Idx(), 12), math.lcm(Idx(), 12))
for args in [(1.0,), (1, 2.0), ('a', 1), (2, 4, 6.5)]:
    for name in ['gcd', 'lcm']:
        try:
            print(getattr(math, name)(*args))
        except TypeError as e:
            print(name, 'TypeError', e)
print([math.isqrt(n) for n in range(40)])
for n in [2**52, 2**53 - 1, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 10**20,
          10**40, 2**127, 2**200 + 1, 10**100, 3**500, (2**80 + 7)**2,
          (2**80 + 7)**2 - 1, 10**1000 - 1, True]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(Idx()))
for n in range(10**12 - 5, 10**12 + 5):
    print(math.isqrt(n), end=' ')
print()
for bad in [-1, -10**50, 2.0, '4']:
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
