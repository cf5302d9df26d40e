"""`complex`: two unboxed doubles; arithmetic, repr and string parsing
exactly as CPython's complexobject.c (c_quot, c_powi/c_pow, the repr
without '.0' and with a signed imaginary part)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import intmask

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.strobject import W_StrObject, is_space

w_complex_type = W_TypeObject('complex', w_object_type)
from fastpy.objspace import space
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def _sl(s, a, b):
    """s[a:b] for indices known to be in range (RPython wants them
    proven non-negative)."""
    assert a >= 0 and b >= 0
    return s[a:b]


class W_ComplexObject(W_Root):
    _attrs_ = ['realval', 'imagval']
    _immutable_fields_ = ['realval', 'imagval']

    def __init__(self, realval, imagval):
        self.realval = realval
        self.imagval = imagval

    def gettype(self):
        return w_complex_type

    def sp_bool(self):
        return 1 if (self.realval != 0.0 or self.imagval != 0.0) else 0

    def sp_repr(self):
        return complex_repr(self.realval, self.imagval).decode('ascii')

    def sp_hash(self):
        hr = space.hash_w(newfloat(self.realval))
        hi = space.hash_w(newfloat(self.imagval))
        h = intmask(hr + 1000003 * hi)
        if h == -1:
            h = -2
        return h

    def sp_eq(self, w_other):
        if not complex_like(w_other):
            return -1
        pair = complex_parts(w_other)
        if space.is_int(w_other) and self.imagval == 0.0:
            return 1 if space.eq_w(newfloat(self.realval), w_other) \
                else 0
        return 1 if (self.realval == pair[0] and
                     self.imagval == pair[1]) else 0

    def sp_compare(self, op, w_other):
        return -1

    def sp_binop(self, op, w_other, inplace):
        if not complex_like(w_other):
            return None
        pair = complex_parts(w_other)
        return complex_binop(op, self.realval, self.imagval, pair[0],
                             pair[1], self, w_other)

    def sp_rbinop(self, op, w_other):
        if not complex_like(w_other):
            return None
        pair = complex_parts(w_other)
        return complex_binop(op, pair[0], pair[1], self.realval,
                             self.imagval, w_other, self)

    def sp_unary(self, which):
        if which == '-':
            return W_ComplexObject(-self.realval, -self.imagval)
        if which == '+':
            return W_ComplexObject(self.realval, self.imagval)
        if which == 'a':
            return newfloat(complex_abs(self.realval, self.imagval))
        return None


def newcomplex(re, im):
    return W_ComplexObject(re, im)


def complex_like(w_obj):
    return (isinstance(w_obj, W_ComplexObject) or
            isinstance(w_obj, W_FloatObject) or space.is_int(w_obj))


def complex_parts(w_obj):
    """(re, im) of a complex, float or int (complex_like)."""
    if isinstance(w_obj, W_ComplexObject):
        return (w_obj.realval, w_obj.imagval)
    return (space.float_w(w_obj), 0.0)


def _fmt(x, sign):
    if rfloat.isnan(x):
        s = 'nan'
    elif rfloat.isinf(x):
        s = 'inf' if x > 0.0 else '-inf'
    else:
        s = rfloat.formatd(x, 'r', 0, 0)
    if sign and not s.startswith('-'):
        s = '+' + s
    return s


def complex_repr(re, im):
    if re == 0.0 and rfloat.copysign(1.0, re) == 1.0:
        return _fmt(im, False) + 'j'
    return '(' + _fmt(re, False) + _fmt(im, True) + 'j)'


def complex_abs(re, im):
    if rfloat.isinf(re) or rfloat.isinf(im):
        return rfloat.INFINITY
    if rfloat.isnan(re) or rfloat.isnan(im):
        return rfloat.NAN
    result = math.hypot(re, im)
    if rfloat.isinf(result):
        raise oefmt(exc.w_OverflowError, "absolute value too large")
    return result


def c_quot(ar, ai, br, bi):
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise oefmt(exc.w_ZeroDivisionError, "complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    return (rfloat.NAN, rfloat.NAN)


def c_prod(ar, ai, br, bi):
    return (ar * br - ai * bi, ar * bi + ai * br)


def c_powu(xr, xi, n):
    rr, ri = 1.0, 0.0
    pr, pi = xr, xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = c_prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = c_prod(pr, pi, pr, pi)
    return (rr, ri)


def c_pow(ar, ai, br, bi):
    if br == 0.0 and bi == 0.0:
        return (1.0, 0.0)
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise oefmt(exc.w_ZeroDivisionError,
                        "0.0 to a negative or complex power")
        return (0.0, 0.0)
    vabs = math.hypot(ar, ai)
    length = math.pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= math.exp(at * bi)
        phase += bi * math.log(vabs)
    return (length * math.cos(phase), length * math.sin(phase))


def complex_pow(ar, ai, br, bi):
    if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
        n = int(br)
        if ar == 0.0 and ai == 0.0 and n < 0:
            raise oefmt(exc.w_ZeroDivisionError,
                        "0.0 to a negative or complex power")
        if n > 0:
            rr, ri = c_powu(ar, ai, n)
        else:
            pr, pi = c_powu(ar, ai, -n)
            rr, ri = c_quot(1.0, 0.0, pr, pi)
    else:
        try:
            rr, ri = c_pow(ar, ai, br, bi)
        except (OverflowError, ValueError):
            raise oefmt(exc.w_OverflowError, "complex exponentiation")
    if rfloat.isinf(rr) or rfloat.isinf(ri):
        raise oefmt(exc.w_OverflowError, "complex exponentiation")
    return W_ComplexObject(rr, ri)


def complex_binop(op, ar, ai, br, bi, w_a, w_b):
    if op == space.OP_ADD:
        return W_ComplexObject(ar + br, ai + bi)
    if op == space.OP_SUB:
        return W_ComplexObject(ar - br, ai - bi)
    if op == space.OP_MUL:
        rr, ri = c_prod(ar, ai, br, bi)
        return W_ComplexObject(rr, ri)
    if op == space.OP_TRUEDIV:
        rr, ri = c_quot(ar, ai, br, bi)
        return W_ComplexObject(rr, ri)
    if op == space.OP_POW:
        return complex_pow(ar, ai, br, bi)
    return None


# ---------------------------------------------------------------- parsing

def _scan_float(s, i):
    """End of the longest float literal at s[i:] (sign included), or i."""
    n = len(s)
    j = i
    if j < n and (s[j] == '+' or s[j] == '-'):
        j += 1
    low = _sl(s, j, j + 8).lower()
    if low.startswith('infinity'):
        return j + 8
    if low.startswith('inf') or low.startswith('nan'):
        return j + 3
    nd = 0
    while j < n and (s[j].isdigit() or (s[j] == '_' and nd > 0)):
        j += 1
        nd += 1
    if j < n and s[j] == '.':
        j += 1
        while j < n and (s[j].isdigit() or s[j] == '_'):
            j += 1
            nd += 1
    if nd == 0:
        return i
    if j < n and (s[j] == 'e' or s[j] == 'E'):
        k = j + 1
        if k < n and (s[k] == '+' or s[k] == '-'):
            k += 1
        if k < n and s[k].isdigit():
            while k < n and (s[k].isdigit() or s[k] == '_'):
                k += 1
            j = k
    return j


def _malformed():
    return oefmt(exc.w_ValueError, "complex() arg is a malformed string")


def _to_float(s):
    from fastpy.objspace.floatmethods import parse_float
    from fastpy.interpreter.error import OperationError
    try:
        return parse_float(s.decode('latin-1'))
    except OperationError as e:
        from fastpy.objspace import refcount
        refcount.discard(e.w_exc)
        raise _malformed()


def parse_complex(u):
    for ch in u:
        if ord(ch) >= 128 and not is_space(ch):
            raise _malformed()
    start = 0
    end = len(u)
    while start < end and is_space(u[start]):
        start += 1
    while end > start and is_space(u[end - 1]):
        end -= 1
    assert start >= 0 and end >= 0
    s = _sl(u, start, end).encode('latin-1')
    if len(s) > 0 and s[0] == '(':
        if len(s) < 2 or s[len(s) - 1] != ')':
            raise _malformed()
        inner = _sl(s, 1, len(s) - 1)
        a = 0
        b = len(inner)
        while a < b and inner[a] in ' \t\n\r\x0b\x0c':
            a += 1
        while b > a and inner[b - 1] in ' \t\n\r\x0b\x0c':
            b -= 1
        assert a >= 0 and b >= 0
        s = _sl(inner, a, b)
    n = len(s)
    if n == 0:
        raise _malformed()
    re = 0.0
    im = 0.0
    j = _scan_float(s, 0)
    if j > 0:
        z = _to_float(_sl(s, 0, j))
        if j == n:
            return (z, 0.0)
        if s[j] == 'j' or s[j] == 'J':
            if j + 1 != n:
                raise _malformed()
            return (0.0, z)
        if s[j] != '+' and s[j] != '-':
            raise _malformed()
        re = z
        k = _scan_float(s, j)
        if k > j and not (k == j + 1):
            im = _to_float(_sl(s, j, k))
        else:
            im = -1.0 if s[j] == '-' else 1.0
            k = j + 1
        if k >= n or (s[k] != 'j' and s[k] != 'J') or k + 1 != n:
            raise _malformed()
        return (re, im)
    # no leading number: 'j', '+j', '-j'
    k = 0
    sign = 1.0
    if s[0] == '+' or s[0] == '-':
        if s[0] == '-':
            sign = -1.0
        k = 1
    if k < n and (s[k] == 'j' or s[k] == 'J') and k + 1 == n:
        return (0.0, sign)
    raise _malformed()


# ---------------------------------------------------------------- gateway

def _part(w_obj, first):
    """(re, im) of a constructor argument."""
    if complex_like(w_obj):
        return complex_parts(w_obj)
    if w_obj.is_user:
        from fastpy.objspace import protocol
        w_res = protocol.call_special(w_obj, '__complex__', [])
        if w_res is not None and isinstance(w_res, W_ComplexObject):
            return (w_res.realval, w_res.imagval)
        w_res = protocol.call_special(w_obj, '__float__', [])
        if w_res is None:
            w_res = protocol.call_special(w_obj, '__index__', [])
        if w_res is not None:
            return (space.float_w(w_res), 0.0)
    if first:
        raise oefmt(exc.w_TypeError,
                    "complex() first argument must be a string or a "
                    "number, not '%s'" % space.type_name(w_obj))
    raise oefmt(exc.w_TypeError,
                "complex() second argument must be a number, not '%s'" %
                space.type_name(w_obj))


@constructor(w_complex_type, 'complex(real=NULL, imag=NULL)')
def complex_new(w_cls, w_real, w_imag):
    if w_real is None:
        w_real = newfloat(0.0)
    if isinstance(w_real, W_StrObject):
        if w_imag is not None:
            raise oefmt(exc.w_TypeError, "complex() can't take second arg "
                        "if first is a string")
        re, im = parse_complex(w_real.value)
        return W_ComplexObject(re, im)
    if isinstance(w_imag, W_StrObject):
        raise oefmt(exc.w_TypeError, "complex() second arg can't be a "
                    "string")
    if isinstance(w_real, W_ComplexObject) and w_imag is None:
        if w_real.is_user:          # a subclass instance: exact complex
            return W_ComplexObject(w_real.realval, w_real.imagval)
        return w_real
    ar, ai = _part(w_real, True)
    if w_imag is None:
        return W_ComplexObject(ar, ai)
    br, bi = _part(w_imag, False)
    # CPython adds the cross terms only for complex arguments (so that
    # complex(0, -0.0) keeps its negative zero).
    if isinstance(w_imag, W_ComplexObject):
        ar -= bi
    if isinstance(w_real, W_ComplexObject):
        br += ai
    return W_ComplexObject(ar, br)


def _cself(w_self):
    assert isinstance(w_self, W_ComplexObject)
    return w_self


@method(w_complex_type, 'conjugate(self, /)', W_ComplexObject)
def complex_conjugate(w_self):
    return W_ComplexObject(w_self.realval, -w_self.imagval)


def _get_real(w_self):
    return newfloat(_cself(w_self).realval)


def _get_imag(w_self):
    return newfloat(_cself(w_self).imagval)


getset(w_complex_type, 'real', _get_real,
       doc='the real part of a complex number', member=True)
getset(w_complex_type, 'imag', _get_imag,
       doc='the imaginary part of a complex number', member=True)
