# Two-argument float functions (atan2, copysign, fmod, remainder, pow,
# nextafter) on a grid of special and ordinary values.
import math

INF = float('inf')
NAN = float('nan')
values = [0.0, -0.0, 1.0, -1.0, 0.5, -2.0, 3.0, 2.5, 1e308, 5e-324, 1e-310,
          INF, -INF, NAN, 7.0, -3.5, 1e16]
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter']:
    f = getattr(math, name)
    for x in values:
        out = []
        for y in values:
            try:
                out.append(repr(f(x, y)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        print(name, repr(x), ' '.join(out))
print(math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(-5.0, 2.0))
print(math.pow(2, 0.5), math.pow(-8, 1/3) if False else 0, math.pow(10, 308))
for e in [-1080, -1075, -1074, -1000, -1, 0, 1, 52, 1023, 1024]:
    try:
        print(e, math.ldexp(1.0, e), math.ldexp(-0.75, e))
    except OverflowError as exc:
        print(e, 'OverflowError', exc)
print(math.ldexp(3.0, True), math.ldexp(0.0, 10**100), math.ldexp(INF, -10**100))
print(math.ldexp(1.5, -10**100), math.ldexp(-1.5, -10**100))
