# Argument checking of math and cmath functions: arity, keyword and
# type errors with CPython's messages, and the math errors of each.
import math, cmath
tests = ["math.sin()", "math.sin(1,2)", "math.sin(x=1)", "math.atan2(1)", "math.log()", "math.log(1,2,3)", "math.log(x=1)",
"math.hypot(x=1)", "math.isclose(1)", "math.isclose()", "math.isclose(1,2,3)", "math.prod()", "math.prod([1],2)", "math.prod([1], foo=2)",
"math.perm()", "math.perm(1,2,3)", "math.comb(1)", "math.gcd(x=1)", "math.dist([1])", "math.fsum()", "math.ldexp(1)",
"math.sin('a')", "math.ceil('a')", "math.floor('a')", "math.trunc('a')", "math.factorial(5.0)", "math.factorial('a')", "math.factorial(-1)", "math.factorial(10**30)",
"math.gcd(1.0)", "math.gcd(1, 2.0)", "math.isqrt(-1)", "math.isqrt(2.0)", "math.ldexp(1.0, 2.0)", "math.comb(-1, 2)", "math.comb(2, -1)", "math.perm(-1,2)",
"math.comb(10**30, 10**20)", "math.perm(10**30, 10**20)", "math.fsum([1, 'a'])", "math.fsum(1)", "math.prod(1)", "math.dist(1, 2)", "math.dist([1],[1,2])",
"math.hypot('a')", "math.isclose(1,1,rel_tol=-1)", "math.ceil(True)", "math.floor(True)", "math.trunc(True)", "math.ceil(1.5)", "math.sqrt(-1)", "math.exp(1000)",
"math.log(0)", "math.log(-1)", "math.log(10**400)", "math.log(2**1100, 2)", "math.log10(10**400)", "math.log2(2**2000)", "math.log(0.0)", "math.log(1, 1)","math.log(1,0)",
"math.fsum([float('inf'), -float('inf')])", "math.fsum([1e308, 1e308])", "math.fsum([float('nan')])",
"math.pow(0, -1)", "math.pow(10, 1000)", "math.pow(-1, 0.5)", "math.fmod(1, 0)", "math.fmod(float('inf'), 1)", "math.remainder(1, 0)",
"math.ldexp(1, 10**30)", "math.ldexp(1, -10**30)", "math.ldexp(1, 2000)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.lgamma(0)", "math.lgamma(-1)", "math.gamma(1000)",
"math.nextafter(1)", "math.ulp()", "math.frexp(10**400)", "math.modf(float('inf'))",
"cmath.sqrt()", "cmath.sqrt('a')", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(0)", "cmath.log(1, 1)", "cmath.log(1, 0)", "cmath.exp(1000)", "cmath.phase()", "cmath.polar(1e308+1e308j)",
"cmath.rect(1)", "cmath.rect(1, float('inf'))", "cmath.isclose(1)", "cmath.isclose(1j, 1j, abs_tol=-1)", "cmath.sqrt(x=1)", "cmath.log(x=1)", "cmath.atanh(1)", "cmath.sqrt(10**400)",
"math.trunc(1.5)", "math.floor(float('inf'))", "math.floor(float('nan'))", "math.ceil(10**400)", "math.perm(5, None)", "math.perm(5.0)", "math.lcm(1.5)", "math.comb(5, 2.0)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
