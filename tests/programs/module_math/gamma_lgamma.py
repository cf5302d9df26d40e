# gamma and lgamma (CPython's own Lanczos implementation) on a range of
# arguments, including poles, tiny values, huge values and negatives.
import math

values = [0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -0.5, 1.5, -1.5, 2.5, 10.0, 23.0,
          24.0, 30.5, 100.0, 140.5, 141.0, 171.0, 171.5, 172.0, 200.0,
          200.5, -200.5, -170.5, -171.5, -100.25, 1e-20, -1e-20, 1e-21,
          1e-308, 5e-324, -5e-324, 5.5247, 5.525, 6.0241, -2.0, -3.0,
          -0.99999, -1e300, 1e300, float('inf'), float('-inf'), float('nan'),
          0.1, 0.2, 0.3, 7.7, 12.1, -7.7, 1.000001, 1.9999999]
for name in ['gamma', 'lgamma']:
    f = getattr(math, name)
    for v in values:
        try:
            r = repr(f(v))
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ':' + str(e)
        print(name, repr(v), r)
x = 0.013
while x < 60.0:
    print(repr(x), repr(math.gamma(x)), repr(math.lgamma(x)),
          repr(math.gamma(-x)), repr(math.lgamma(-x)))
    x = x * 1.37 + 0.01
