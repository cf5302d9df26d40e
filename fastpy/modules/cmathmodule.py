"""The cmath module: CPython 3.11's Modules/cmathmodule.c on the
toolchain's rpython.rlib.rcomplex (CPython's algorithms and special-value
tables).  rcomplex raises ValueError where CPython sets errno = EDOM and
OverflowError for ERANGE; both become "math domain error" / "math range
error" here."""

import math

from rpython.rlib import rfloat, rcomplex

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.mathdocs import CMATH_DOCS
from fastpy.modules.mathlibm import (isfinite, domain_error, range_error,
                                     INF, NAN, positive_nan)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol, refcount
from fastpy.objspace.space import float_w, type_name
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.floatobject import newfloat
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.complexobject import W_ComplexObject, newcomplex

module = ModuleDef('cmath', 'This module provides access to mathematical '
                   'functions for complex\nnumbers.')


def cmathfunc(spec, display=None):
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl,
                            display=display or ('cmath.' + name),
                            doc=CMATH_DOCS[name])
        w_func.module_name = 'cmath'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


def complex_w(w_z):
    """PyComplex_AsCComplex: (real, imag) of a complex, of what
    __complex__ returns, or of a real number."""
    if isinstance(w_z, W_ComplexObject):
        return (w_z.realval, w_z.imagval)
    if w_z.is_user:
        w_res = protocol.call_special(w_z, '__complex__', [])
        if w_res is not None:
            if not isinstance(w_res, W_ComplexObject):
                name = type_name(w_res)
                refcount.discard(w_res)
                raise oefmt(exc.w_TypeError,
                            "__complex__ returned non-complex (type %s)" %
                            name)
            return (w_res.realval, w_res.imagval)
    return (float_w(w_z), 0.0)


# ---------------------------------------------------------------- functions

def _make_cfunc(name, func):
    def impl(w_z):
        re, im = complex_w(w_z)
        try:
            r = func(re, im)
        except ValueError:
            raise domain_error()
        except OverflowError:
            raise range_error()
        return newcomplex(r[0], r[1])
    impl.__name__ = 'cmath_' + name
    cmathfunc('%s(z, /)' % name)(impl)


for _name, _func in [
        ('acos', rcomplex.c_acos), ('acosh', rcomplex.c_acosh),
        ('asin', rcomplex.c_asin), ('asinh', rcomplex.c_asinh),
        ('atan', rcomplex.c_atan), ('atanh', rcomplex.c_atanh),
        ('cos', rcomplex.c_cos), ('cosh', rcomplex.c_cosh),
        ('exp', rcomplex.c_exp), ('log10', rcomplex.c_log10),
        ('sin', rcomplex.c_sin), ('sinh', rcomplex.c_sinh),
        ('sqrt', rcomplex.c_sqrt), ('tan', rcomplex.c_tan),
        ('tanh', rcomplex.c_tanh)]:
    _make_cfunc(_name, _func)


def _c_log_errno(re, im):
    """CPython's c_log: (real, imag, edom); log(0) is -inf with EDOM."""
    if re == 0.0 and im == 0.0:
        return (-INF, math.atan2(im, re), True)
    r = rcomplex.c_log(re, im)
    return (r[0], r[1], False)


def _c_quot(ar, ai, br, bi):
    """CPython's _Py_c_quot: (real, imag, edom)."""
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return (0.0, 0.0, True)
        ratio = bi / br
        denom = br + bi * ratio
        return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom, False)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom, False)
    return (NAN, NAN, False)


@cmathfunc('log(x, base=NULL, /)')
def cmath_log(w_x, w_base):
    re, im = complex_w(w_x)
    xr, xi, edom = _c_log_errno(re, im)
    if w_base is not None:
        bre, bim = complex_w(w_base)
        yr, yi, edom = _c_log_errno(bre, bim)
        xr, xi, qedom = _c_quot(xr, xi, yr, yi)
        if qedom:
            edom = True
    if edom:
        raise domain_error()
    return newcomplex(xr, xi)


@cmathfunc('phase(z, /)')
def cmath_phase(w_z):
    re, im = complex_w(w_z)
    return newfloat(rcomplex.c_phase(re, im))


@cmathfunc('polar(z, /)')
def cmath_polar(w_z):
    re, im = complex_w(w_z)
    phi = rcomplex.c_phase(re, im)
    try:
        r = rcomplex.c_abs(re, im)
    except OverflowError:
        raise range_error()
    return newtuple([newfloat(r), newfloat(phi)])


@cmathfunc('rect(r: float, phi: float, /)')
def cmath_rect(r, phi):
    try:
        z = rcomplex.c_rect(r, phi)
    except ValueError:
        raise domain_error()
    return newcomplex(z[0], z[1])


@cmathfunc('isfinite(z, /)')
def cmath_isfinite(w_z):
    re, im = complex_w(w_z)
    return newbool(isfinite(re) and isfinite(im))


@cmathfunc('isnan(z, /)')
def cmath_isnan(w_z):
    re, im = complex_w(w_z)
    return newbool(rfloat.isnan(re) or rfloat.isnan(im))


@cmathfunc('isinf(z, /)')
def cmath_isinf(w_z):
    re, im = complex_w(w_z)
    return newbool(rfloat.isinf(re) or rfloat.isinf(im))


def _c_abs(re, im):
    """_Py_c_abs without the errno: inf on overflow."""
    if not isfinite(re) or not isfinite(im):
        if rfloat.isinf(re) or rfloat.isinf(im):
            return INF
        return NAN
    try:
        return math.hypot(re, im)
    except OverflowError:
        return INF


@cmathfunc('isclose(a, b, *, rel_tol: float = 1e-09, abs_tol: float = 0.0)')
def cmath_isclose(w_a, w_b, rel_tol, abs_tol):
    ar, ai = complex_w(w_a)
    br, bi = complex_w(w_b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oefmt(exc.w_ValueError, "tolerances must be non-negative")
    if ar == br and ai == bi:
        return newbool(True)
    if (rfloat.isinf(ar) or rfloat.isinf(ai) or rfloat.isinf(br) or
            rfloat.isinf(bi)):
        return newbool(False)
    diff = _c_abs(ar - br, ai - bi)
    return newbool(diff <= rel_tol * _c_abs(br, bi) or
                   diff <= rel_tol * _c_abs(ar, ai) or diff <= abs_tol)


@module.initializer
def init_cmath(w_dict):
    w_dict.setitem_str('pi', newfloat(math.pi))
    w_dict.setitem_str('e', newfloat(math.e))
    w_dict.setitem_str('tau', newfloat(2.0 * math.pi))
    w_dict.setitem_str('inf', newfloat(INF))
    w_dict.setitem_str('infj', newcomplex(0.0, INF))
    w_dict.setitem_str('nan', newfloat(positive_nan()))
    w_dict.setitem_str('nanj', newcomplex(0.0, positive_nan()))
