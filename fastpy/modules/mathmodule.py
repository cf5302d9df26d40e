"""The math module: CPython 3.11's Modules/mathmodule.c in RPython.

Float functions call the C library through mathlibm.py and apply
CPython's error rules (math_1, math_1a, math_2): a NaN from non-NaN
arguments is "math domain error" (ValueError), an infinity from finite
arguments is "math range error" (OverflowError) or a domain error for
singularities.  Integer functions (factorial, comb, perm, gcd, lcm,
isqrt) work on word ints with an rbigint fallback; log and friends
accept ints of any size (CPython's _PyLong_Frexp)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rbigint import rbigint

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules import mathlibm as lm
from fastpy.modules.mathdocs import MATH_DOCS
from fastpy.modules.mathlibm import (isfinite, domain_error, range_error,
                                     INF, NAN)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol, refcount
from fastpy.objspace.space import (is_int, float_w, bigint_w, type_name,
                                   binary_op, get_iter, next_w, iterate,
                                   OP_MUL, w_None)
from fastpy.objspace.intobject import W_IntObject, newint, MIN_INT
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.boolobject import W_BoolObject, newbool
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.intmethods import int_from_float

module = ModuleDef('math', 'This module provides access to the mathematical '
                   'functions\ndefined by the C standard.')

MAX_INT = -(MIN_INT + 1)


def mathfunc(spec, display=None):
    """Declare a function of the module; `display` is the name CPython
    shows in its "takes exactly one argument" family of messages."""
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl,
                            display=display or ('math.' + name),
                            doc=MATH_DOCS[name])
        w_func.module_name = 'math'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


def is_exact_float(w_x):
    return isinstance(w_x, W_FloatObject) and not w_x.is_user


# ---------------------------------------------------------------- math_1

def _make_math_1(name, func, can_overflow):
    def impl(x):
        r = func(x)
        if rfloat.isnan(r) and not rfloat.isnan(x):
            raise domain_error()
        if rfloat.isinf(r) and isfinite(x):
            if can_overflow:
                raise range_error()
            raise domain_error()
        return newfloat(r)
    impl.__name__ = 'math_' + name
    mathfunc('%s(x: float, /)' % name)(impl)


for _name, _func, _ovf in [
        ('acos', lm.c_acos, False), ('acosh', lm.c_acosh, False),
        ('asin', lm.c_asin, False), ('asinh', lm.c_asinh, False),
        ('atan', lm.c_atan, False), ('atanh', lm.c_atanh, False),
        ('cbrt', lm.c_cbrt, False), ('cos', lm.c_cos, False),
        ('cosh', lm.c_cosh, True), ('exp', lm.c_exp, True),
        ('exp2', lm.c_exp2, True), ('expm1', lm.c_expm1, True),
        ('fabs', lm.c_fabs, False), ('log1p', lm.m_log1p, False),
        ('sin', lm.c_sin, False), ('sinh', lm.c_sinh, True),
        ('sqrt', lm.c_sqrt, False), ('tan', lm.c_tan, False),
        ('tanh', lm.c_tanh, False)]:
    _make_math_1(_name, _func, _ovf)


@mathfunc('erf(x: float, /)')
def math_erf(x):
    return newfloat(lm.c_erf(x))


@mathfunc('erfc(x: float, /)')
def math_erfc(x):
    return newfloat(lm.c_erfc(x))


@mathfunc('gamma(x: float, /)')
def math_gamma(x):
    return newfloat(lm.m_tgamma(x))


@mathfunc('lgamma(x: float, /)')
def math_lgamma(x):
    return newfloat(lm.m_lgamma(x))


# ---------------------------------------------------------------- math_2

def math_2_check(x, y, r):
    if rfloat.isnan(r):
        if not rfloat.isnan(x) and not rfloat.isnan(y):
            raise domain_error()
    elif rfloat.isinf(r):
        if isfinite(x) and isfinite(y):
            raise range_error()
    return newfloat(r)


@mathfunc('atan2(y: float, x: float, /)')
def math_atan2(y, x):
    return math_2_check(y, x, lm.m_atan2(y, x))


@mathfunc('copysign(x: float, y: float, /)')
def math_copysign(x, y):
    return math_2_check(x, y, lm.c_copysign(x, y))


@mathfunc('remainder(x: float, y: float, /)')
def math_remainder(x, y):
    return math_2_check(x, y, lm.m_remainder(x, y))


@mathfunc('fmod(x: float, y: float, /)')
def math_fmod(x, y):
    if rfloat.isinf(y) and isfinite(x):
        return newfloat(x)
    r = lm.c_fmod(x, y)
    if rfloat.isnan(r) and not rfloat.isnan(x) and not rfloat.isnan(y):
        raise domain_error()
    return newfloat(r)


@mathfunc('pow(x: float, y: float, /)')
def math_pow(x, y):
    if not isfinite(x) or not isfinite(y):
        if rfloat.isnan(x):
            r = 1. if y == 0. else x
        elif rfloat.isnan(y):
            r = 1. if x == 1. else y
        elif rfloat.isinf(x):
            odd_y = isfinite(y) and lm.c_fmod(lm.c_fabs(y), 2.0) == 1.0
            if y > 0.:
                r = x if odd_y else lm.c_fabs(x)
            elif y == 0.:
                r = 1.
            else:
                r = rfloat.copysign(0., x) if odd_y else 0.
        else:
            if lm.c_fabs(x) == 1.0:
                r = 1.
            elif y > 0. and lm.c_fabs(x) > 1.0:
                r = y
            elif y < 0. and lm.c_fabs(x) < 1.0:
                r = -y
            else:
                r = 0.
        return newfloat(r)
    r = lm.c_pow(x, y)
    if rfloat.isnan(r):
        raise domain_error()
    if rfloat.isinf(r):
        if x == 0.:
            raise domain_error()
        raise range_error()
    return newfloat(r)


@mathfunc('hypot(*coordinates)')
def math_hypot(coords_w):
    n = len(coords_w)
    vec = [0.0] * n
    vmax = 0.0
    found_nan = False
    for i in range(n):
        x = abs(float_w(coords_w[i]))
        vec[i] = x
        if rfloat.isnan(x):
            found_nan = True
        if x > vmax:
            vmax = x
    return newfloat(lm.vector_norm(vec, n, vmax, found_nan))


def _discard_all(items_w):
    for w_item in items_w:
        refcount.discard(w_item)


@mathfunc('dist(p, q, /)')
def math_dist(w_p, w_q):
    p_w = iterate(w_p)
    try:
        q_w = iterate(w_q)
    except OperationError:
        _discard_all(p_w)
        raise
    try:
        n = len(q_w)
        if len(p_w) != n:
            raise oefmt(exc.w_ValueError,
                        "both points must have the same number of "
                        "dimensions")
        vec = [0.0] * n
        vmax = 0.0
        found_nan = False
        for i in range(n):
            px = float_w(p_w[i])
            qx = float_w(q_w[i])
            x = abs(px - qx)
            vec[i] = x
            if rfloat.isnan(x):
                found_nan = True
            if x > vmax:
                vmax = x
    finally:
        _discard_all(p_w)
        _discard_all(q_w)
    return newfloat(lm.vector_norm(vec, n, vmax, found_nan))


# ---------------------------------------------------------------- simple

DEG_TO_RAD = math.pi / 180.0
RAD_TO_DEG = 180.0 / math.pi


@mathfunc('degrees(x: float, /)')
def math_degrees(x):
    return newfloat(x * RAD_TO_DEG)


@mathfunc('radians(x: float, /)')
def math_radians(x):
    return newfloat(x * DEG_TO_RAD)


@mathfunc('isfinite(x: float, /)')
def math_isfinite(x):
    return newbool(isfinite(x))


@mathfunc('isnan(x: float, /)')
def math_isnan(x):
    return newbool(rfloat.isnan(x))


@mathfunc('isinf(x: float, /)')
def math_isinf(x):
    return newbool(rfloat.isinf(x))


@mathfunc('isclose(a: float, b: float, *, rel_tol: float = 1e-09, '
          'abs_tol: float = 0.0)')
def math_isclose(a, b, rel_tol, abs_tol):
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oefmt(exc.w_ValueError, "tolerances must be non-negative")
    if a == b:
        return newbool(True)
    if rfloat.isinf(a) or rfloat.isinf(b):
        return newbool(False)
    diff = abs(b - a)
    return newbool(diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or
                   diff <= abs_tol)


@mathfunc('nextafter(x: float, y: float, /)')
def math_nextafter(x, y):
    return newfloat(lm.c_nextafter(x, y))


@mathfunc('ulp(x: float, /)')
def math_ulp(x):
    if rfloat.isnan(x):
        return newfloat(x)
    x = abs(x)
    if rfloat.isinf(x):
        return newfloat(x)
    x2 = lm.c_nextafter(x, INF)
    if rfloat.isinf(x2):
        x2 = lm.c_nextafter(x, -INF)
        return newfloat(x - x2)
    return newfloat(x2 - x)


@mathfunc('frexp(x: float, /)')
def math_frexp(x):
    if rfloat.isnan(x) or rfloat.isinf(x) or x == 0.0:
        m = x
        e = 0
    else:
        m, e = math.frexp(x)
    return newtuple([newfloat(m), newint(e)])


@mathfunc('ldexp(x: float, i, /)')
def math_ldexp(x, w_i):
    if not is_int(w_i):
        raise oefmt(exc.w_TypeError,
                    "Expected an int as second argument to ldexp.")
    if isinstance(w_i, W_IntObject):
        e = w_i.intval
    else:
        assert isinstance(w_i, W_LongObject)
        e = MIN_INT if w_i.bigval.sign < 0 else MAX_INT
    if x == 0. or not isfinite(x):
        return newfloat(x)
    if e > 2147483647:
        raise range_error()
    if e < -2147483648:
        return newfloat(rfloat.copysign(0., x))
    r = lm.c_ldexp(x, e)
    if rfloat.isinf(r):
        raise range_error()
    return newfloat(r)


@mathfunc('modf(x: float, /)')
def math_modf(x):
    if rfloat.isinf(x):
        return newtuple([newfloat(rfloat.copysign(0., x)), newfloat(x)])
    if rfloat.isnan(x):
        return newtuple([newfloat(x), newfloat(x)])
    frac, whole = math.modf(x)
    return newtuple([newfloat(frac), newfloat(whole)])


# ---------------------------------------------------------------- rounding

def _int_of(f):
    """PyLong_FromDouble(f) for an integral (or special) float: a word
    int without going through rbigint when it fits."""
    if -9223372036854775808.0 <= f < 9223372036854775808.0:
        return newint(int(f))
    return int_from_float(f)


def _special_round(w_x, name):
    """The result of type(x).name(x), or None if there is no such
    method."""
    return protocol.call_special(w_x, name, [])


def _plain_int(w_x):
    """An exact int equal to the int w_x (int.__ceil__ and friends)."""
    if isinstance(w_x, W_BoolObject) or (isinstance(w_x, W_IntObject) and
                                         w_x.is_user):
        return newint(w_x.intval)
    return w_x


@mathfunc('ceil(x, /)')
def math_ceil(w_x):
    if is_exact_float(w_x):
        assert isinstance(w_x, W_FloatObject)
        return _int_of(lm.c_ceil(w_x.floatval))
    if is_int(w_x) and not w_x.is_user:
        return _plain_int(w_x)
    w_res = _special_round(w_x, '__ceil__')
    if w_res is not None:
        return w_res
    return _int_of(lm.c_ceil(float_w(w_x)))


@mathfunc('floor(x, /)')
def math_floor(w_x):
    if is_exact_float(w_x):
        assert isinstance(w_x, W_FloatObject)
        return _int_of(lm.c_floor(w_x.floatval))
    if is_int(w_x) and not w_x.is_user:
        return _plain_int(w_x)
    w_res = _special_round(w_x, '__floor__')
    if w_res is not None:
        return w_res
    return _int_of(lm.c_floor(float_w(w_x)))


@mathfunc('trunc(x, /)')
def math_trunc(w_x):
    if is_exact_float(w_x):
        assert isinstance(w_x, W_FloatObject)
        return _int_of(w_x.floatval)
    if is_int(w_x) and not w_x.is_user:
        return _plain_int(w_x)
    w_res = _special_round(w_x, '__trunc__')
    if w_res is None:
        raise oefmt(exc.w_TypeError,
                    "type %s doesn't define __trunc__ method" %
                    type_name(w_x))
    return w_res


# ---------------------------------------------------------------- logs

def loghelper(w_x, which):
    """CPython's loghelper: which is 0 (log), 1 (log2) or 2 (log10)."""
    if is_int(w_x):
        if isinstance(w_x, W_IntObject):
            if w_x.intval <= 0:
                raise domain_error()
            return _log_of(float(w_x.intval), which)
        big = bigint_w(w_x)
        if big.sign <= 0:
            raise domain_error()
        try:
            x = big.tofloat()
        except OverflowError:
            x, e = lm.bigint_frexp(big)
            return _log_of(x, which) + _log_of(2.0, which) * float(e)
        return _log_of(x, which)
    x = float_w(w_x)
    r = _log_of(x, which)
    if rfloat.isnan(r) and not rfloat.isnan(x):
        raise domain_error()
    if rfloat.isinf(r) and isfinite(x):
        raise domain_error()
    return r


def _log_of(x, which):
    if which == 1:
        return lm.m_log2(x)
    if which == 2:
        return lm.m_log10(x)
    return lm.m_log(x)


@mathfunc('log(*args)', display='log')
def math_log(args_w):
    n = len(args_w)
    if n < 1 or n > 2:
        raise oefmt(exc.w_TypeError, "math.log requires 1 to 2 arguments")
    num = loghelper(args_w[0], 0)
    if n == 1:
        return newfloat(num)
    den = loghelper(args_w[1], 0)
    if den == 0.0:
        raise oefmt(exc.w_ZeroDivisionError, "float division by zero")
    return newfloat(num / den)


@mathfunc('log2(x, /)')
def math_log2(w_x):
    return newfloat(loghelper(w_x, 1))


@mathfunc('log10(x, /)')
def math_log10(w_x):
    return newfloat(loghelper(w_x, 2))


# ---------------------------------------------------------------- fsum

@mathfunc('fsum(seq, /)')
def math_fsum(w_seq):
    w_iter = get_iter(w_seq)
    p = []
    n = 0
    special_sum = 0.0
    inf_sum = 0.0
    try:
        while True:
            w_item = next_w(w_iter)
            if w_item is None:
                break
            try:
                x = float_w(w_item)
            finally:
                refcount.discard(w_item)
            xsave = x
            i = 0
            for j in range(n):
                y = p[j]
                if abs(x) < abs(y):
                    t = x
                    x = y
                    y = t
                hi = x + y
                yr = hi - x
                lo = y - yr
                if lo != 0.0:
                    p[i] = lo
                    i += 1
                x = hi
            n = i
            if x != 0.0:
                if not isfinite(x):
                    if isfinite(xsave):
                        raise oefmt(exc.w_OverflowError,
                                    "intermediate overflow in fsum")
                    if rfloat.isinf(xsave):
                        inf_sum += xsave
                    special_sum += xsave
                    n = 0
                else:
                    if n < len(p):
                        p[n] = x
                    else:
                        p.append(x)
                    n += 1
    finally:
        refcount.discard(w_iter)
    if special_sum != 0.0:
        if rfloat.isnan(inf_sum):
            raise oefmt(exc.w_ValueError, "-inf + inf in fsum")
        return newfloat(special_sum)
    hi = 0.0
    if n > 0:
        n -= 1
        hi = p[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = p[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and p[n - 1] < 0.0) or
                      (lo > 0.0 and p[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return newfloat(hi)


# ---------------------------------------------------------------- prod

@mathfunc('prod(*args, start=NULL)', display='prod')
def math_prod(w_start, args_w):
    if len(args_w) != 1:
        raise oefmt(exc.w_TypeError,
                    "prod() takes exactly 1 positional argument (%d given)"
                    % len(args_w))
    w_iter = get_iter(args_w[0])
    w_result = w_start
    if w_result is None:
        w_result = newint(1)
    refcount.incref(w_result)
    try:
        while True:
            w_item = next_w(w_iter)
            if w_item is None:
                break
            try:
                w_new = binary_op(OP_MUL, w_result, w_item)
            finally:
                refcount.discard(w_item)
            refcount.incref(w_new)
            refcount.decref(w_result)
            w_result = w_new
    except OperationError:
        refcount.discard(w_iter)
        refcount.decref(w_result)
        raise
    refcount.discard(w_iter)
    refcount.disown(w_result)
    return w_result


# ---------------------------------------------------------------- integers

def index_w(w_x):
    """operator.index(x) as an int object."""
    if is_int(w_x):
        return w_x
    if w_x.is_user:
        w_res = protocol.index(w_x)
        if w_res is not None:
            return w_res
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                type_name(w_x))


def _sign(w_int):
    if isinstance(w_int, W_IntObject):
        v = w_int.intval
        return 1 if v > 0 else (-1 if v < 0 else 0)
    return bigint_w(w_int).sign


def _small_range_product(lo, hi):
    """product(range(lo, hi)) for 0 < lo <= hi, as an rbigint, splitting
    the range until the partial products fit in a word."""
    n = hi - lo
    if n <= 0:
        return rbigint.fromint(1)
    if n <= 8:
        acc = 1
        try:
            for v in range(lo, hi):
                acc = ovfcheck(acc * v)
            return rbigint.fromint(acc)
        except OverflowError:
            pass
        if n == 1:
            return rbigint.fromint(lo)
    mid = lo + n // 2
    return _small_range_product(lo, mid).mul(_small_range_product(mid, hi))


def _big_falling_product(big_n, k):
    """big_n * (big_n - 1) * ... * (big_n - k + 1) for k >= 1."""
    if k == 1:
        return big_n
    j = k // 2
    a = _big_falling_product(big_n, j)
    b = _big_falling_product(big_n.sub(rbigint.fromint(j)), k - j)
    return a.mul(b)


SMALL_FACTORIALS = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800,
                    39916800, 479001600, 6227020800, 87178291200,
                    1307674368000, 20922789888000, 355687428096000,
                    6402373705728000, 121645100408832000,
                    2432902008176640000]


def factorial_of(n):
    if n < len(SMALL_FACTORIALS):
        return newint(SMALL_FACTORIALS[n])
    return newlong(_small_range_product(2, n + 1))


@mathfunc('factorial(x, /)')
def math_factorial(w_x):
    w_n = index_w(w_x)
    if isinstance(w_n, W_LongObject):
        if w_n.bigval.sign > 0:
            raise oefmt(exc.w_OverflowError,
                        "factorial() argument should not exceed %d" %
                        MAX_INT)
        raise oefmt(exc.w_ValueError,
                    "factorial() not defined for negative values")
    assert isinstance(w_n, W_IntObject)
    n = w_n.intval
    if n < 0:
        raise oefmt(exc.w_ValueError,
                    "factorial() not defined for negative values")
    return factorial_of(n)


def _perm_comb_checks(w_n, w_k):
    if _sign(w_n) < 0:
        raise oefmt(exc.w_ValueError, "n must be a non-negative integer")
    if _sign(w_k) < 0:
        raise oefmt(exc.w_ValueError, "k must be a non-negative integer")


@mathfunc('perm(n, k=None, /)')
def math_perm(w_n, w_k):
    if w_k is w_None:
        return math_factorial(w_n)
    w_n = index_w(w_n)
    w_k = index_w(w_k)
    _perm_comb_checks(w_n, w_k)
    big_n = bigint_w(w_n)
    big_k = bigint_w(w_k)
    if big_n.lt(big_k):
        return newint(0)
    if not isinstance(w_k, W_IntObject):
        raise oefmt(exc.w_OverflowError, "k must not exceed %d" % MAX_INT)
    k = w_k.intval
    if k == 0:
        return newint(1)
    if isinstance(w_n, W_IntObject):
        n = w_n.intval
        return newlong(_small_range_product(n - k + 1, n + 1))
    return newlong(_big_falling_product(big_n, k))


@mathfunc('comb(n, k, /)')
def math_comb(w_n, w_k):
    w_n = index_w(w_n)
    w_k = index_w(w_k)
    _perm_comb_checks(w_n, w_k)
    if isinstance(w_n, W_IntObject):
        n = w_n.intval
        if not isinstance(w_k, W_IntObject) or w_k.intval > n:
            return newint(0)
        k = w_k.intval
        if n - k < k:
            k = n - k
        if k == 0:
            return newint(1)
        # Exact in a word while the running value fits: C(n, i+1) =
        # C(n, i) * (n - i) // (i + 1).
        acc = 1
        i = 0
        try:
            while i < k:
                acc = ovfcheck(acc * (n - i)) // (i + 1)
                i += 1
            return newint(acc)
        except OverflowError:
            pass
        num = _small_range_product(n - k + 1, n + 1)
        return newlong(num.floordiv(_small_range_product(1, k + 1)))
    big_n = bigint_w(w_n)
    big_k = bigint_w(w_k)
    temp = big_n.sub(big_k)
    if temp.sign < 0:
        return newint(0)
    if temp.lt(big_k):
        big_k = temp
    try:
        k = big_k.toint()
    except OverflowError:
        raise oefmt(exc.w_OverflowError,
                    "min(n - k, k) must not exceed %d" % MAX_INT)
    if k == 0:
        return newint(1)
    num = _big_falling_product(big_n, k)
    return newlong(num.floordiv(_small_range_product(1, k + 1)))


def _gcd(w_a, w_b):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        if a != MIN_INT and b != MIN_INT:
            a = abs(a)
            b = abs(b)
            while b != 0:
                t = a % b
                a = b
                b = t
            return newint(a)
    a = bigint_w(w_a).abs()
    b = bigint_w(w_b).abs()
    while b.sign != 0:
        try:
            small_a = a.toint()
            small_b = b.toint()
        except OverflowError:
            t = a.mod(b)
            a = b
            b = t
            continue
        while small_b != 0:
            t2 = small_a % small_b
            small_a = small_b
            small_b = t2
        return newint(small_a)
    return newlong(a)


def _abs_int(w_a):
    if isinstance(w_a, W_IntObject) and w_a.intval != MIN_INT:
        return newint(abs(w_a.intval))
    return newlong(bigint_w(w_a).abs())


def _lcm(w_a, w_b):
    if _sign(w_a) == 0 or _sign(w_b) == 0:
        return newint(0)
    w_g = _gcd(w_a, w_b)
    f = bigint_w(w_a).floordiv(bigint_w(w_g))
    return newlong(f.mul(bigint_w(w_b)).abs())


@mathfunc('gcd(*integers)')
def math_gcd(args_w):
    n = len(args_w)
    if n == 0:
        return newint(0)
    w_res = index_w(args_w[0])
    if n == 1:
        return _abs_int(w_res)
    for i in range(1, n):
        w_x = index_w(args_w[i])
        if isinstance(w_res, W_IntObject) and w_res.intval == 1:
            continue
        w_res = _gcd(w_res, w_x)
    return _abs_int(w_res)


@mathfunc('lcm(*integers)')
def math_lcm(args_w):
    n = len(args_w)
    if n == 0:
        return newint(1)
    w_res = index_w(args_w[0])
    if n == 1:
        return _abs_int(w_res)
    for i in range(1, n):
        w_x = index_w(args_w[i])
        if isinstance(w_res, W_IntObject) and w_res.intval == 0:
            continue
        w_res = _lcm(w_res, w_x)
    return _abs_int(w_res)


def _isqrt_word(n):
    """The integer square root of a word int n >= 0."""
    a = int(math.sqrt(float(n)))
    # float rounding may leave a one or two off: correct without
    # overflowing (compare by division).
    while a > 0 and a > n // a:
        a -= 1
    while (a + 1) <= n // (a + 1):
        a += 1
    return a


@mathfunc('isqrt(n, /)')
def math_isqrt(w_n):
    w_n = index_w(w_n)
    if _sign(w_n) < 0:
        raise oefmt(exc.w_ValueError,
                    "isqrt() argument must be nonnegative")
    if isinstance(w_n, W_IntObject):
        return newint(_isqrt_word(w_n.intval))
    n = bigint_w(w_n)
    c = (n.bit_length() - 1) // 2
    c_bits = 0
    while (c >> c_bits) > 0:
        c_bits += 1
    a = rbigint.fromint(1)
    d = 0
    s = c_bits - 1
    while s >= 0:
        e = d
        d = c >> s
        q = n.rshift(2 * c - e - d + 1).floordiv(a)
        a = a.lshift(d - e - 1).add(q)
        s -= 1
    if n.lt(a.mul(a)):
        a = a.sub(rbigint.fromint(1))
    return newlong(a)


# ---------------------------------------------------------------- constants

@module.initializer
def init_math(w_dict):
    w_dict.setitem_str('pi', newfloat(math.pi))
    w_dict.setitem_str('e', newfloat(math.e))
    w_dict.setitem_str('tau', newfloat(2.0 * math.pi))
    w_dict.setitem_str('inf', newfloat(INF))
    w_dict.setitem_str('nan', newfloat(lm.positive_nan()))
