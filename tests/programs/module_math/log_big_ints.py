# log, log2, log10 of ints of any size (beyond float range too), bools,
# int subclasses, with a base, and their domain errors.
import math

class MyInt(int):
    pass

values = [1, 2, 3, 10, 1000, 2**52 + 1, 2**53 + 1, 2**63 - 1, 2**63, 2**64,
          10**22, 10**100, 2**1023, 2**1024 - 1, 2**1024, 2**1024 + 1,
          10**308, 10**309, 3**1000, 2**5000 - 1, 2**5000, 7**3000 + 12345,
          10**4000, True, MyInt(1000), (2**1100 - 1) * 3]
for v in values:
    print(repr(math.log(v)), repr(math.log2(v)), repr(math.log10(v)),
          repr(math.log1p(v) if v < 2**1000 else 0.0))
for v in values:
    print(repr(math.log(v, 2)), repr(math.log(v, 10)), repr(math.log(v, 3.5)),
          repr(math.log(v, 10**400)))
print(math.log(8.0, 2), math.log(100, 10.0), math.log(2.0, 0.5))
for bad in [0, -1, -10**400, False, 0.0, -0.0, -1.5, float('-inf')]:
    for name in ['log', 'log2', 'log10']:
        try:
            getattr(math, name)(bad)
            print(name, repr(bad), 'no error')
        except ValueError as e:
            print(name, repr(bad), 'ValueError', e)
print(math.log(float('inf')), math.log(float('nan')), math.log2(float('inf')))
for args in [(1, 1), (10, 1.0), (10, 0), (10, -2), (0, 10), (10**400, 1)]:
    try:
        print(args, math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
