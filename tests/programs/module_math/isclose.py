# isclose: tolerances, infinities, NaN, keyword-only arguments, errors.
import math

INF = float('inf')
NAN = float('nan')
pairs = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10),
         (INF, INF), (INF, -INF), (-INF, -INF), (INF, 1e308), (NAN, NAN),
         (NAN, 1.0), (1e308, 1.7976931348623157e308), (-0.0, 0.0),
         (1e-320, 0.0), (100, 100.00000001), (5, 5.0), (True, 1.0)]
for a, b in pairs:
    print(repr(a), repr(b), math.isclose(a, b), math.isclose(a, b, rel_tol=0.1),
          math.isclose(a, b, abs_tol=1e-9), math.isclose(a, b, rel_tol=0.0),
          math.isclose(b, a, rel_tol=1e-12, abs_tol=0.0))
print(math.isclose(a=1, b=1.05, rel_tol=0.05), math.isclose(1, 1.05, rel_tol=0.049))
print(math.isclose(1e-300, 2e-300, abs_tol=1e-299), math.isclose(10**20, 10**20 + 1))
for args, kw in [((1, 1), {'rel_tol': -0.1}), ((1, 1), {'abs_tol': -1}),
                 ((1,), {}), ((1, 2, 3), {}), ((1, 2), {'tol': 1}),
                 (('a', 1), {}), ((1, 1), {'rel_tol': 'x'}),
                 ((1, 2), {'rel_tol': INF}), ((1, 10**400), {})]:
    try:
        print(math.isclose(*args, **kw))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
