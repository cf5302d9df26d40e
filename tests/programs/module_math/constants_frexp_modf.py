# The constants, frexp, modf and ulp.
import math

print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan))
print(type(math.pi).__name__, math.inf > 1e308, math.nan != math.nan, -math.inf)
print(math.copysign(1.0, math.nan), math.tau == 2 * math.pi)
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e308, 5e-324, 2.2250738585072014e-308,
          123.456, -7e-200, float('inf'), float('-inf'), float('nan'), 2**60, True]:
    print(repr(x), math.frexp(x), math.modf(x), repr(math.ulp(x)))
for bad in ['1', None, 10**400]:
    for f in [math.frexp, math.modf, math.ulp]:
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
m, e = math.frexp(6.0)
print(m, e, math.ldexp(m, e), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(float('inf'), 0), math.nextafter(1.7976931348623157e308, math.inf))
print(repr(math.ulp(1.7976931348623157e308)), repr(math.ulp(-1.0)), repr(math.ulp(1e-320)))
