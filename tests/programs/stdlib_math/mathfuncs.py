import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(10**20 + 5), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.degrees(math.pi), math.radians(180))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), math.fabs(-3), math.copysign(1, -0.0))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float('nan')))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(10))
print(math.asin(1), math.acos(0), math.atan(1), math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.cbrt(27), math.exp2(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.floor(10**30 + 0.5) == 10**30, math.ceil(1e20), type(math.floor(2.0)).__name__, math.isqrt(0))
class Num:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
