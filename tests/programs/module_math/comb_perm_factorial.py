# comb, perm and factorial: small values, word-sized and big results, big
# n, argument checks and their messages.
import math

for n in range(0, 30, 3):
    print(n, [math.comb(n, k) for k in range(n + 2)])
    print(n, [math.perm(n, k) for k in range(0, n + 2, 2)])
print(math.comb(67, 33), math.comb(68, 34), math.comb(100, 50))
print(math.comb(1000, 500) % 1000000007, math.comb(1000, 3))
print(math.perm(20, 20), math.perm(21, 21), math.perm(100, 10), math.perm(5))
print(math.comb(2**62, 3), math.comb(2**63, 2), math.comb(10**30, 2))
print(math.comb(10**30, 10**30 - 1), math.comb(10**30, 10**30 + 1))
print(math.perm(10**30, 3), math.perm(10**30, 0), math.perm(3, 10**30))
print(math.comb(10**20 + 5, 7), math.comb(True, True), math.perm(True))
print(math.comb(2**64, 0), math.comb(2**64, 1), math.comb(5, 10**30))
print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % 10**30 == 0)
print(math.factorial(500) // math.factorial(498), math.factorial(True))
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.comb(Idx(), 2), math.perm(Idx(), Idx()))
bad = [('factorial', (-1,)), ('factorial', (10**30,)), ('factorial', (-10**30,)),
       ('factorial', (5.0,)), ('factorial', ('5',)), ('comb', (-1, 2)),
       ('comb', (3, -1)), ('comb', (3.0, 1)), ('comb', (3, 1.0)),
       ('perm', (-1, 1)), ('perm', (1, -1)), ('perm', (10**30, 10**20)),
       ('comb', (10**30, 10**20)), ('perm', (2.5,)), ('comb', (1,)),
       ('perm', ()), ('perm', (1, 2, 3)), ('comb', (-10**30, 1))]
for name, args in bad:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(name, args, type(e).__name__, e)
