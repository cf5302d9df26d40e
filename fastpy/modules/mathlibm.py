"""The C library's math functions, called directly (no errno checks: the
math module applies CPython's rules on the results), and the float
algorithms CPython's mathmodule.c implements itself (m_atan2,
m_remainder, m_log*, the Lanczos gamma and lgamma, vector_norm, the
correctly rounded frexp of a big int).  Each is a transcription of the
C code, so results are the same bits as CPython 3.11's on this libm."""

import math

import os

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc

eci = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])

INF = rfloat.INFINITY
NAN = rfloat.NAN


def positive_nan():
    """A NaN with the sign bit clear, as CPython's math.nan.  The C
    backend writes every NaN constant as HUGE_VAL/HUGE_VAL, the negative
    "default NaN" on x86, and folds any computation on constants back
    into such a literal; so the sign comes from a value the translator
    cannot know (getpid() is never 0)."""
    sign = 1.0 if os.getpid() != 0 else -1.0
    return rfloat.copysign(NAN, sign)
PI = 3.141592653589793
LOGPI = 1.144729885849400174143427351353058711647


def _ext1(name):
    return rffi.llexternal(name, [rffi.DOUBLE], rffi.DOUBLE,
                           compilation_info=eci, sandboxsafe=True,
                           releasegil=False, elidable_function=True)


def _ext2(name):
    return rffi.llexternal(name, [rffi.DOUBLE, rffi.DOUBLE], rffi.DOUBLE,
                           compilation_info=eci, sandboxsafe=True,
                           releasegil=False, elidable_function=True)


c_acos = _ext1('acos')
c_acosh = _ext1('acosh')
c_asin = _ext1('asin')
c_asinh = _ext1('asinh')
c_atan = _ext1('atan')
c_atanh = _ext1('atanh')
c_cbrt = _ext1('cbrt')
c_ceil = _ext1('ceil')
c_cos = _ext1('cos')
c_cosh = _ext1('cosh')
c_erf = _ext1('erf')
c_erfc = _ext1('erfc')
c_exp = _ext1('exp')
c_exp2 = _ext1('exp2')
c_expm1 = _ext1('expm1')
c_fabs = _ext1('fabs')
c_floor = _ext1('floor')
c_log = _ext1('log')
c_log10 = _ext1('log10')
c_log1p = _ext1('log1p')
c_log2 = _ext1('log2')
c_round = _ext1('round')
c_sin = _ext1('sin')
c_sinh = _ext1('sinh')
c_sqrt = _ext1('sqrt')
c_tan = _ext1('tan')
c_tanh = _ext1('tanh')
c_atan2 = _ext2('atan2')
c_copysign = _ext2('copysign')
c_fmod = _ext2('fmod')
c_nextafter = _ext2('nextafter')
c_pow = _ext2('pow')
_c_ldexp = rffi.llexternal('ldexp', [rffi.DOUBLE, rffi.INT], rffi.DOUBLE,
                           compilation_info=eci, sandboxsafe=True,
                           releasegil=False, elidable_function=True)


def c_ldexp(x, e):
    return _c_ldexp(x, rffi.cast(rffi.INT, e))


def isfinite(x):
    return not rfloat.isinf(x) and not rfloat.isnan(x)


def domain_error():
    return oefmt(exc.w_ValueError, "math domain error")


def range_error():
    return oefmt(exc.w_OverflowError, "math range error")


# ---------------------------------------------------------------- m_* helpers

def m_atan2(y, x):
    if rfloat.isnan(x) or rfloat.isnan(y):
        return NAN
    if rfloat.isinf(y):
        if rfloat.isinf(x):
            if rfloat.copysign(1., x) == 1.:
                return rfloat.copysign(0.25 * PI, y)
            else:
                return rfloat.copysign(0.75 * PI, y)
        return rfloat.copysign(0.5 * PI, y)
    if rfloat.isinf(x) or y == 0.:
        if rfloat.copysign(1., x) == 1.:
            return rfloat.copysign(0., y)
        else:
            return rfloat.copysign(PI, y)
    return c_atan2(y, x)


def m_remainder(x, y):
    if isfinite(x) and isfinite(y):
        if y == 0.0:
            return NAN
        absx = c_fabs(x)
        absy = c_fabs(y)
        m = c_fmod(absx, absy)
        c = absy - m
        if m < c:
            r = m
        elif m > c:
            r = -c
        else:
            r = m - 2.0 * c_fmod(0.5 * (absx - m), absy)
        return rfloat.copysign(1.0, x) * r
    if rfloat.isnan(x):
        return x
    if rfloat.isnan(y):
        return y
    if rfloat.isinf(x):
        return NAN
    return x


def m_log1p(x):
    if x == 0.0:
        return x
    return c_log1p(x)


# The log helpers return NaN or -inf where CPython sets errno = EDOM;
# their callers (math_1 rules) turn those into "math domain error".

def m_log(x):
    if isfinite(x):
        if x > 0.0:
            return c_log(x)
        if x == 0.0:
            return -INF
        return NAN
    if rfloat.isnan(x):
        return x
    if x > 0.0:
        return x
    return NAN


def m_log2(x):
    if not isfinite(x):
        if rfloat.isnan(x):
            return x
        if x > 0.0:
            return x
        return NAN
    if x > 0.0:
        return c_log2(x)
    if x == 0.0:
        return -INF
    return NAN


def m_log10(x):
    if isfinite(x):
        if x > 0.0:
            return c_log10(x)
        if x == 0.0:
            return -INF
        return NAN
    if rfloat.isnan(x):
        return x
    if x > 0.0:
        return x
    return NAN


# ---------------------------------------------------------------- gamma

def m_sinpi(x):
    y = c_fmod(c_fabs(x), 2.0)
    n = int(c_round(2.0 * y))
    if n == 0:
        r = c_sin(PI * y)
    elif n == 1:
        r = c_cos(PI * (y - 0.5))
    elif n == 2:
        r = c_sin(PI * (1.0 - y))
    elif n == 3:
        r = -c_cos(PI * (y - 1.5))
    else:
        r = c_sin(PI * (y - 2.0))
    return rfloat.copysign(1.0, x) * r


LANCZOS_N = 13
lanczos_g = 6.024680040776729583740234375
lanczos_g_minus_half = 5.524680040776729583740234375
lanczos_num_coeffs = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
lanczos_den_coeffs = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
NGAMMA_INTEGRAL = 23
gamma_integral = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
]


def lanczos_sum(x):
    # C starts from num = den = 0.0; the first step gives the first
    # coefficients exactly (x > 0).  The first two steps are written out
    # so that the flow space never sees a constant division by 0.0.
    if x < 5.0:
        num = lanczos_num_coeffs[LANCZOS_N - 1] * x + \
            lanczos_num_coeffs[LANCZOS_N - 2]
        den = lanczos_den_coeffs[LANCZOS_N - 1] * x + \
            lanczos_den_coeffs[LANCZOS_N - 2]
        i = LANCZOS_N - 3
        while i >= 0:
            num = num * x + lanczos_num_coeffs[i]
            den = den * x + lanczos_den_coeffs[i]
            i -= 1
    else:
        num = lanczos_num_coeffs[0] / x + lanczos_num_coeffs[1]
        den = lanczos_den_coeffs[0] / x + lanczos_den_coeffs[1]
        for i in range(2, LANCZOS_N):
            num = num / x + lanczos_num_coeffs[i]
            den = den / x + lanczos_den_coeffs[i]
    return num / den


def m_tgamma(x):
    """CPython's m_tgamma; raises where it sets errno (math_1a)."""
    if not isfinite(x):
        if rfloat.isnan(x) or x > 0.0:
            return x
        raise domain_error()
    if x == 0.0:
        raise domain_error()
    if x == c_floor(x):
        if x < 0.0:
            raise domain_error()
        if x <= NGAMMA_INTEGRAL:
            return gamma_integral[int(x) - 1]
    absx = c_fabs(x)
    if absx < 1e-20:
        r = 1.0 / x
        if rfloat.isinf(r):
            raise range_error()
        return r
    if absx > 200.0:
        if x < 0.0:
            return 0.0 / m_sinpi(x)
        raise range_error()
    y = absx + lanczos_g_minus_half
    if absx > lanczos_g_minus_half:
        q = y - absx
        z = q - lanczos_g_minus_half
    else:
        q = y - lanczos_g_minus_half
        z = q - absx
    z = z * lanczos_g / y
    if x < 0.0:
        r = -PI / m_sinpi(absx) / absx * c_exp(y) / lanczos_sum(absx)
        r -= z * r
        if absx < 140.0:
            r /= c_pow(y, absx - 0.5)
        else:
            sqrtpow = c_pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
    else:
        r = lanczos_sum(absx) / c_exp(y)
        r += z * r
        if absx < 140.0:
            r *= c_pow(y, absx - 0.5)
        else:
            sqrtpow = c_pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
    if rfloat.isinf(r):
        raise range_error()
    return r


def m_lgamma(x):
    if not isfinite(x):
        if rfloat.isnan(x):
            return x
        return INF
    if x == c_floor(x) and x <= 2.0:
        if x <= 0.0:
            raise domain_error()
        return 0.0
    absx = c_fabs(x)
    if absx < 1e-20:
        return -c_log(absx)
    r = c_log(lanczos_sum(absx)) - lanczos_g
    r += (absx - 0.5) * (c_log(absx + lanczos_g - 0.5) - 1)
    if x < 0.0:
        r = LOGPI - c_log(c_fabs(m_sinpi(absx))) - c_log(absx) - r
    if rfloat.isinf(r):
        raise range_error()
    return r


# ---------------------------------------------------------------- hypot

T27 = 134217729.0     # ldexp(1.0, 27) + 1.0


def vector_norm(vec, n, vmax, found_nan):
    """CPython 3.11's vector_norm over vec[0:n] (absolute values)."""
    if rfloat.isinf(vmax):
        return vmax
    if found_nan:
        return NAN
    if vmax == 0.0 or n <= 1:
        return vmax
    max_e = math.frexp(vmax)[1]
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    frac3 = 0.0
    if max_e >= -1023:
        scale = c_ldexp(1.0, -max_e)
        for i in range(n):
            x = vec[i]
            x *= scale
            t = x * T27
            hi = t - (t - x)
            lo = x - hi
            x = hi * hi
            oldcsum = csum
            csum += x
            frac1 += (oldcsum - csum) + x
            x = 2.0 * hi * lo
            oldcsum = csum
            csum += x
            frac2 += (oldcsum - csum) + x
            frac3 += lo * lo
        h = c_sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
        x = h
        t = x * T27
        hi = t - (t - x)
        lo = x - hi
        x = -hi * hi
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
        x = -2.0 * hi * lo
        oldcsum = csum
        csum += x
        frac2 += (oldcsum - csum) + x
        x = -lo * lo
        oldcsum = csum
        csum += x
        frac3 += (oldcsum - csum) + x
        x = csum - 1.0 + (frac1 + frac2 + frac3)
        return (h + x / (2.0 * h)) / scale
    for i in range(n):
        x = vec[i]
        x /= vmax
        x = x * x
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
    return vmax * c_sqrt(csum - 1.0 + frac1)


# ---------------------------------------------------------------- big ints

DBL_MANT_DIG = 53


def bigint_frexp(big):
    """CPython's _PyLong_Frexp for a positive rbigint: (x, e) with
    0.5 <= x < 1.0 the value rounded half-even to 53 bits and
    big ~= x * 2**e."""
    a_bits = big.bit_length()
    shift = DBL_MANT_DIG + 2 - a_bits
    if shift >= 0:
        q = big.toulonglong() << shift
    else:
        top = big.rshift(-shift)
        q = top.toulonglong()
        if not big.eq(top.lshift(-shift)):
            q |= r_ulonglong(1)
    low = intmask(q & r_ulonglong(7))
    q = q >> 2
    if low == 3 or low == 6 or low == 7:       # half-even on 2 bits
        q += r_ulonglong(1)
    dx = float(q) / 9007199254740992.0      # 2**53
    if dx == 1.0:
        dx = 0.5
        a_bits += 1
    return dx, a_bits
