# cmath: phase, polar, rect, log with a base, isclose, the classification
# functions, constants and argument conversion (__complex__, __float__,
# __index__, ints of any size).
import cmath

INF = float('inf')
NAN = float('nan')
print(repr(cmath.pi), repr(cmath.e), repr(cmath.tau), repr(cmath.inf), repr(cmath.nan))
print(repr(cmath.infj), repr(cmath.nanj), type(cmath.infj).__name__)
for z in [0, 1, -1, 1j, -1j, 1 + 1j, -0.0 - 0j, complex(-0.0, -0.0), complex(-1, -0.0),
          complex(INF, 1), complex(-INF, INF), complex(NAN, 1), 3.5, -2, True,
          10**20, complex(1e308, 1e308)]:
    out = [repr(cmath.phase(z))]
    try:
        out.append(repr(cmath.polar(z)))
    except OverflowError as e:
        out.append('OverflowError ' + str(e))
    out.append(repr((cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))))
    print(repr(z), ' '.join(out))
for r, phi in [(1, 0), (2, cmath.pi / 2), (1, -0.0), (-1, 0.5), (INF, 1), (INF, 0),
               (0, INF), (NAN, 0), (-INF, -2.0), (1e308, 1.0)]:
    try:
        print(r, phi, repr(cmath.rect(r, phi)))
    except (ValueError, OverflowError) as e:
        print(r, phi, type(e).__name__, e)
for args in [(8, 2), (100, 10), (1j, 2), (-1, 1j), (0, 2), (INF, 2), (2, INF),
             (1 + 2j, 3 - 4j), (10**400, 10), (2, 0.5), (1, 1), (2, 1), (0, 0),
             (1e-320, 2), (-0.0, 2)]:
    try:
        print(args, repr(cmath.log(*args)), repr(cmath.log10(args[0])))
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(complex(INF, 0), complex(INF, 0)), cmath.isclose(complex(INF, 1), complex(INF, 0)))
print(cmath.isclose(complex(NAN, 0), complex(NAN, 0)), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j), cmath.isclose(1, 1.0 + 0j))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 1.5
print(repr(cmath.sqrt(C())), repr(cmath.sqrt(F())), repr(cmath.sqrt(I())), repr(cmath.exp(True)))
print(repr(cmath.sqrt(-4)), repr(cmath.sqrt(10**300)), repr(cmath.acos(2)), repr(cmath.atanh(0.5)))
for bad in [Bad(), 'x', None, 10**400, [1]]:
    try:
        cmath.sqrt(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for f in [cmath.exp, cmath.cosh, cmath.sinh]:
    for z in [complex(710, 0), complex(710, 1), complex(-710, 1), complex(1, INF)]:
        try:
            print(repr(f(z)))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
