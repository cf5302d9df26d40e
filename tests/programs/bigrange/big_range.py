import sys
r = range(10**20)
print(r, r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print('OverflowError:', e)
print(bool(r), bool(range(10**20, 10**20)))
print(r[0], r[-1], r[10**19], r[5])
print(10**19 in r, -1 in r, 10**20 in r, 3.0 in range(5))
print(r.index(10**19 + 7), r.count(12), r.count(-5))
print(r[10**19:10**19 + 5], list(r[10**19:10**19 + 3]))
print(r[::2], r[::-1], r[-3:])
print(list(r[-3:]), len(r[-3:]))
big = range(10**20, 10**20 + 10, 3)
print(big, len(big), list(big), list(reversed(big)))
print(big == range(10**20, 10**20 + 10, 3), big == range(10**20, 10**20 + 12, 3))
print(range(10**20, 10**20 + 1) == range(10**20, 10**20 + 1, 5))
print(range(0) == range(10**20, 0), r != range(10**20))
print(hash(big) == hash(range(10**20, 10**20 + 12, 3)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)))
it = iter(big)
print(next(it), next(it), type(it).__name__)
neg = range(0, -10**20, -10**19)
print(neg, len(neg), list(neg)[:3], neg[-1], -10**19 * 9 in neg)
print(list(reversed(range(10**20 - 2, 10**20 + 1))))
m = sys.maxsize
wide = range(-m, m)
try:
    len(wide)
except OverflowError as e:
    print('OverflowError:', e)
print(wide[0], wide[-1], wide[m])
print(range(m - 2, m + 2)[1:], list(range(m - 2, m + 2)))
try:
    r[10**20]
except IndexError as e:
    print('IndexError:', e)
try:
    r.index(-1)
except ValueError as e:
    print('ValueError:', e)
print(range(10)[10**20:], range(10)[-10**20:2])
try:
    range(10)[10**20]
except IndexError as e:
    print('IndexError:', e)
for x in range(10**20, 10**20 + 2):
    print(x)
print(range(2**64, 2**64 + 1).step, repr(range(-2**70, 0, 2**68)))
