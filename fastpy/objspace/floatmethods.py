"""`float` construction (string parsing as CPython: whitespace,
underscores between digits, inf/infinity/nan, Unicode digits) and the
methods of float: hex/fromhex, is_integer, as_integer_ratio, ..."""

import math
import sys

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError
from fastpy.unicodedb import db as unicodedb

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, classmethod_, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import newint
from fastpy.objspace.longobject import newlong
from fastpy.objspace.floatobject import W_FloatObject, w_float_type, \
    newfloat, float_repr
from fastpy.objspace.strobject import W_StrObject, is_space, str_to_utf8
from fastpy.objspace import space
from rpython.rlib.objectmodel import specialize
from fastpy.objspace.hexdigit import hex_value


@specialize.argtype(0)
def _ascii_lower_u(u):
    """u.lower() for the ASCII letters (RPython unicode has no lower())."""
    chars = [u'\x00'] * len(u)
    for i in range(len(u)):
        ch = u[i]
        if u'A' <= ch <= u'Z':
            ch = unichr(ord(ch) + 32)
        chars[i] = ch
    return u''.join(chars)


def _sl(s, a, b):
    """s[a:b] for indices known to be in range (RPython wants them
    proven non-negative)."""
    assert a >= 0 and b >= 0
    return s[a:b]


def _strip(u):
    start = 0
    end = len(u)
    while start < end and is_space(u[start]):
        start += 1
    while end > start and is_space(u[end - 1]):
        end -= 1
    assert start >= 0 and end >= 0
    return _sl(u, start, end)


def _ascii_digit(ch):
    """'0'..'9' for any Unicode decimal digit, else the char itself."""
    c = ord(ch)
    if c >= 128:
        try:
            return chr(48 + unicodedb.decimal(c))
        except KeyError:
            return '\x00'
    return chr(c)


def parse_float(u):
    """The float of a str, or raise ValueError like CPython."""
    s = _strip(u)
    chars = []
    ok = len(s) > 0
    for k in range(len(s)):
        ch = s[k]
        if ch == u'_':
            # only between two digits
            if k == 0 or k + 1 >= len(s) or \
                    not _ascii_digit(s[k - 1]).isdigit() or \
                    not _ascii_digit(s[k + 1]).isdigit():
                ok = False
                break
            continue
        c = _ascii_digit(ch)
        if c == '\x00':
            ok = False
            break
        chars.append(c)
    if ok:
        text = ''.join(chars)
        low = text.lower()
        sign = 1.0
        body = low
        if body.startswith('-'):
            sign = -1.0
            body = body[1:]
        elif body.startswith('+'):
            body = body[1:]
        if body == 'inf' or body == 'infinity':
            return sign * rfloat.INFINITY
        if body == 'nan':
            return rfloat.copysign(rfloat.NAN, sign)
        if _looks_numeric(body):
            try:
                return rfloat.string_to_float(text)
            except ParseStringError:
                pass
    raise oefmt(exc.w_ValueError, "could not convert string to float: %s" %
                str_to_utf8(space.str_repr(u)))


def _looks_numeric(s):
    """digits [. digits] [e [sign] digits], with at least one digit in
    the mantissa."""
    i = 0
    n = len(s)
    nd = 0
    while i < n and s[i].isdigit():
        i += 1
        nd += 1
    if i < n and s[i] == '.':
        i += 1
        while i < n and s[i].isdigit():
            i += 1
            nd += 1
    if nd == 0:
        return False
    if i < n and s[i] == 'e':
        i += 1
        if i < n and (s[i] == '+' or s[i] == '-'):
            i += 1
        ne = 0
        while i < n and s[i].isdigit():
            i += 1
            ne += 1
        if ne == 0:
            return False
    return i == n


def float_from_object(w_x):
    if isinstance(w_x, W_FloatObject) and not w_x.is_user:
        return w_x
    if isinstance(w_x, W_FloatObject):
        return newfloat(w_x.floatval)
    if space.is_int(w_x):
        return newfloat(space.float_w(w_x))
    if isinstance(w_x, W_StrObject):
        return newfloat(parse_float(w_x.value))
    from fastpy.objspace.intmethods import _bytes_value
    s = _bytes_value(w_x)
    if s is not None:
        return newfloat(parse_float(s.decode('latin-1')))
    from fastpy.objspace import protocol
    w_res = protocol.call_special(w_x, '__float__', [])
    if w_res is not None:
        if not isinstance(w_res, W_FloatObject):
            refcount.discard(w_res)
            raise oefmt(exc.w_TypeError,
                        "%s.__float__ returned non-float (type %s)" %
                        (space.type_name(w_x), space.type_name(w_res)))
        return w_res
    w_res = protocol.call_special(w_x, '__index__', [])
    if w_res is not None:
        try:
            return newfloat(space.float_w(w_res))
        finally:
            refcount.discard(w_res)
    raise oefmt(exc.w_TypeError,
                "float() argument must be a string or a real number, not "
                "'%s'" % space.type_name(w_x))


@constructor(w_float_type, 'float(x=NULL, /)')
def float_new(w_cls, w_x):
    if w_x is None:
        return newfloat(0.0)
    return float_from_object(w_x)


# ---------------------------------------------------------------- methods

def _fval(w_self):
    if not isinstance(w_self, W_FloatObject):
        raise oefmt(exc.w_TypeError,
                    "descriptor requires a 'float' object but received a "
                    "'%s'" % space.type_name(w_self))
    return w_self.floatval


@method(w_float_type, 'is_integer(self, /)')
def float_is_integer(w_self):
    x = _fval(w_self)
    if not rfloat.isfinite(x):
        return space.w_False
    return space.newbool(math.floor(x) == x)


def as_integer_ratio(x):
    """(numerator, denominator) rbigints of a finite float."""
    mant, exp = math.frexp(x)
    i = 0
    while i < 300 and mant != math.floor(mant):
        mant *= 2.0
        exp -= 1
        i += 1
    num = rbigint.fromfloat(mant)
    den = rbigint.fromint(1)
    if exp > 0:
        num = num.lshift(exp)
    else:
        den = den.lshift(-exp)
    return num, den


@method(w_float_type, 'as_integer_ratio(self, /)')
def float_as_integer_ratio(w_self):
    from fastpy.objspace.tupleobject import newtuple
    x = _fval(w_self)
    if rfloat.isinf(x):
        raise oefmt(exc.w_OverflowError,
                    "cannot convert Infinity to integer ratio")
    if rfloat.isnan(x):
        raise oefmt(exc.w_ValueError, "cannot convert NaN to integer ratio")
    num, den = as_integer_ratio(x)
    return newtuple([newlong(num), newlong(den)])


@method(w_float_type, 'conjugate(self, /)')
def float_conjugate(w_self):
    return newfloat(_fval(w_self))


@method(w_float_type, '__trunc__(self, /)')
def float_trunc(w_self):
    from fastpy.objspace.intmethods import int_from_float
    x = _fval(w_self)
    return int_from_float(x)


@method(w_float_type, '__floor__(self, /)')
def float_floor(w_self):
    from fastpy.objspace.intmethods import int_from_float
    return int_from_float(math.floor(_fval(w_self)))


@method(w_float_type, '__ceil__(self, /)')
def float_ceil(w_self):
    from fastpy.objspace.intmethods import int_from_float
    return int_from_float(math.ceil(_fval(w_self)))


@method(w_float_type, '__round__(self, ndigits=None, /)')
def float_round_m(w_self, w_ndigits):
    from fastpy.modules.builtinfuncs import float_round
    return float_round(_fval(w_self), w_ndigits)


@method(w_float_type, '__int__(self, /)')
def float_int(w_self):
    return float_trunc(w_self)


HEXDIGITS = '0123456789abcdef'


def float_hex(x):
    if rfloat.isnan(x) or rfloat.isinf(x):
        return float_repr(x)
    if x == 0.0:
        if rfloat.copysign(1.0, x) == -1.0:
            return '-0x0.0p+0'
        return '0x0.0p+0'
    m, e = math.frexp(abs(x))
    shift = 1 - max(-1021 - e, 0)
    m = math.ldexp(m, shift)
    e -= shift
    out = []
    if x < 0.0:
        out.append('-')
    out.append('0x')
    d = int(m)
    out.append(HEXDIGITS[d])
    m -= d
    out.append('.')
    for i in range(13):
        m *= 16.0
        d = int(m)
        out.append(HEXDIGITS[d])
        m -= d
    out.append('p')
    if e >= 0:
        out.append('+')
    out.append(str(e))
    return ''.join(out)


@method(w_float_type, 'hex(self, /)')
def float_hex_m(w_self):
    return space.newtext(float_hex(_fval(w_self)))


def float_fromhex(u):
    s = _strip(u)
    invalid = oefmt(exc.w_ValueError,
                    "invalid hexadecimal floating-point string")
    i = 0
    n = len(s)
    sign = 1.0
    if i < n and (s[i] == u'-' or s[i] == u'+'):
        if s[i] == u'-':
            sign = -1.0
        i += 1
    assert i >= 0
    rest = _ascii_lower_u(_sl(s, i, len(s)))
    if rest == u'inf' or rest == u'infinity':
        return sign * rfloat.INFINITY
    if rest == u'nan':
        return rfloat.copysign(rfloat.NAN, sign)
    if i + 1 < n and s[i] == u'0' and (s[i + 1] == u'x' or
                                      s[i + 1] == u'X'):
        i += 2
    mant = rbigint.fromint(0)
    ndigits = 0
    fracdigits = 0
    while i < n and hex_value(s[i]) >= 0:
        mant = mant.lshift(4).add(rbigint.fromint(hex_value(s[i])))
        ndigits += 1
        i += 1
    if i < n and s[i] == u'.':
        i += 1
        while i < n and hex_value(s[i]) >= 0:
            mant = mant.lshift(4).add(rbigint.fromint(hex_value(s[i])))
            ndigits += 1
            fracdigits += 1
            i += 1
    if ndigits == 0:
        raise invalid
    exp = 0
    if i < n and (s[i] == u'p' or s[i] == u'P'):
        i += 1
        esign = 1
        if i < n and (s[i] == u'-' or s[i] == u'+'):
            if s[i] == u'-':
                esign = -1
            i += 1
        nexp = 0
        while i < n and u'0' <= s[i] <= u'9':
            if exp < 100000000:
                exp = exp * 10 + (ord(s[i]) - ord('0'))
            i += 1
            nexp += 1
        if nexp == 0:
            raise invalid
        exp *= esign
    if i != n:
        raise invalid
    exp -= 4 * fracdigits
    if mant.sign == 0:
        return sign * 0.0
    # Exact value mant * 2**exp; round once to 53 bits (or fewer for
    # subnormals) with half-even, like CPython's float_fromhex.
    nbits = mant.bit_length()
    top = nbits + exp            # value is in [2**(top-1), 2**top)
    if top > 1024:
        raise oefmt(exc.w_OverflowError,
                    "hexadecimal value too large to represent as a float")
    keep = 53
    if top - 53 < -1074:
        keep = top + 1074
    if keep <= 0:
        # below half the smallest subnormal (or exactly half: ties to 0)
        if keep == 0 and not _is_power_of_two(mant):
            return sign * math.ldexp(1.0, -1074)
        return sign * 0.0
    drop = nbits - keep
    if drop > 0:
        q = mant.rshift(drop)
        rem = mant.sub(q.lshift(drop))
        half = rbigint.fromint(1).lshift(drop - 1)
        if rem.gt(half) or (rem.eq(half) and q.int_and_(1).tobool()):
            q = q.add(rbigint.fromint(1))
        mant = q
        exp += drop
    f = mant.tofloat()
    try:
        result = math.ldexp(f, exp)
    except OverflowError:
        raise oefmt(exc.w_OverflowError,
                    "hexadecimal value too large to represent as a float")
    if rfloat.isinf(result):
        raise oefmt(exc.w_OverflowError,
                    "hexadecimal value too large to represent as a float")
    return sign * result


def _is_power_of_two(big):
    return big.and_(big.sub(rbigint.fromint(1))).sign == 0


@classmethod_(w_float_type, 'fromhex(type, string, /)')
def float_fromhex_m(w_type, w_string):
    if not isinstance(w_string, W_StrObject):
        raise oefmt(exc.w_TypeError, "must be str, not %s" %
                    space.type_name(w_string))
    from fastpy.objspace.protocol import as_subclass
    return as_subclass(w_type, w_float_type,
                       newfloat(float_fromhex(w_string.value)))


# the translating host's byte order is the binary's
FLOAT_FORMAT = 'IEEE, %s-endian' % sys.byteorder


@classmethod_(w_float_type, '__getformat__(type, typestr, /)')
def float_getformat(w_type, w_typestr):
    """You probably don't want to use this function.

  typestr
    Must be 'double' or 'float'.

It exists mainly to be used in Python's test suite.

This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,
little-endian' best describes the format of floating point numbers used by the
C type named by typestr."""
    if not isinstance(w_typestr, W_StrObject):
        raise oefmt(exc.w_TypeError, "__getformat__() argument must be str, "
                    "not %s" % space.type_name(w_typestr))
    if w_typestr.value != u'double' and w_typestr.value != u'float':
        raise oefmt(exc.w_ValueError, "__getformat__() argument 1 must be "
                    "'double' or 'float'")
    return space.newtext(FLOAT_FORMAT)


def _get_real(w_self):
    return newfloat(_fval(w_self))


def _get_imag(w_self):
    return newfloat(0.0)


getset(w_float_type, 'real', _get_real,
       doc='the real part of a complex number')
getset(w_float_type, 'imag', _get_imag,
       doc='the imaginary part of a complex number')
