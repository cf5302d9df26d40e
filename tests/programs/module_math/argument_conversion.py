# Float arguments given as ints of any size, bools, int and float
# subclasses, and objects with __float__ or __index__.
import math

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
class MyFloat(float):
    pass
class MyInt(int):
    pass
args = [0, 7, -3, True, False, 2**53 + 1, 2**63, -2**64 + 1, 10**300, 10**308,
        F(), I(), MyFloat(0.5), MyInt(4)]
for name in ['sqrt', 'exp', 'sin', 'atan', 'fabs', 'cbrt', 'isfinite', 'degrees',
             'erf', 'gamma', 'log1p', 'frexp', 'modf', 'ulp']:
    f = getattr(math, name)
    out = []
    for a in args:
        try:
            out.append(repr(f(a)))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for bad in [10**400, -10**400, '1.0', None, [1.0], 1j]:
    for name in ['sqrt', 'pow', 'atan2', 'hypot', 'isclose', 'copysign']:
        f = getattr(math, name)
        try:
            r = f(bad) if name in ('sqrt', 'hypot') else f(bad, 1)
            print(name, 'ok', repr(r))
        except (ValueError, OverflowError, TypeError) as e:
            print(name, type(e).__name__, e)
print(math.pow(2, 10), math.pow(True, MyInt(3)), math.pow(F(), I()), math.atan2(I(), F()))
print(math.ldexp(F(), 3), math.ldexp(1.5, MyInt(4)), math.copysign(3, -0.0))
try:
    math.ldexp(1.0, I())
except TypeError as e:
    print(e)
