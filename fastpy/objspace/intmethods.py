"""`int` construction (CPython's string parsing rules, __int__, __index__,
__trunc__) and the methods and attributes of int and bool."""

from rpython.rlib import rfloat
from rpython.rlib.rbigint import (rbigint, InvalidEndiannessError,
                                  InvalidSignednessError)
from fastpy.unicodedb import db as unicodedb

from fastpy.objspace.intstrlimit import limit
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, classmethod_, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import W_IntObject, w_int_type, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.boolobject import W_BoolObject, w_bool_type
from fastpy.objspace.floatobject import W_FloatObject
from fastpy.objspace.strobject import W_StrObject, is_space, str_to_utf8
from fastpy.objspace import space
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def _sl(s, a, b):
    """s[a:b] for indices known to be in range (RPython wants them
    proven non-negative)."""
    assert a >= 0 and b >= 0
    return s[a:b]


# ---------------------------------------------------------------- parsing

def int_from_float(f):
    if rfloat.isinf(f):
        raise oefmt(exc.w_OverflowError,
                    "cannot convert float infinity to integer")
    if rfloat.isnan(f):
        raise oefmt(exc.w_ValueError, "cannot convert float NaN to integer")
    return newlong(rbigint.fromfloat(f))


def _invalid_int_literal(w_orig, base):
    return oefmt(exc.w_ValueError,
                 "invalid literal for int() with base %d: %s" %
                 (base, str_to_utf8(space.repr_u(w_orig))))


def _strip(u):
    start = 0
    end = len(u)
    while start < end and is_space(u[start]):
        start += 1
    while end > start and is_space(u[end - 1]):
        end -= 1
    assert start >= 0 and end >= 0
    return _sl(u, start, end)


def int_from_string(u, base, w_orig):
    """int(str, base) with CPython's rules: surrounding whitespace, sign,
    optional prefix matching the base, single underscores between
    digits, any Unicode decimal digits."""
    s = _strip(u)
    i = 0
    negative = False
    if i < len(s) and (s[i] == u'+' or s[i] == u'-'):
        negative = s[i] == u'-'
        i += 1
    b = base
    if i + 1 < len(s) and s[i] == u'0':
        c = s[i + 1]
        prefix_base = 0
        if c == u'x' or c == u'X':
            prefix_base = 16
        elif c == u'o' or c == u'O':
            prefix_base = 8
        elif c == u'b' or c == u'B':
            prefix_base = 2
        if prefix_base and (base == 0 or base == prefix_base):
            b = prefix_base
            i += 2
            if i < len(s) and s[i] == u'_':
                i += 1
            if i >= len(s):
                raise _invalid_int_literal(w_orig, base)
    if b == 0:
        b = 10
        if i + 1 < len(s) and s[i] == u'0':
            # base 0 forbids leading zeros in a nonzero decimal
            assert i >= 0
            for ch in _sl(s, i, len(s)):
                if ch != u'0' and ch != u'_':
                    raise _invalid_int_literal(w_orig, base)
    digits = []
    prev_underscore = True
    if i > 0 and i <= len(s) and s[i - 1] == u'_':
        prev_underscore = False       # 0x_1 is allowed
    assert i >= 0
    for ch in _sl(s, i, len(s)):
        if ch == u'_':
            if prev_underscore:
                raise _invalid_int_literal(w_orig, base)
            prev_underscore = True
            continue
        d = _digit_value(ch)
        if d < 0 or d >= b:
            raise _invalid_int_literal(w_orig, base)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
        prev_underscore = False
    if len(digits) == 0 or prev_underscore:
        raise _invalid_int_literal(w_orig, base)
    text = ''.join(digits)
    if b == 10 and limit.exceeded_by(len(text)):
        raise oefmt(exc.w_ValueError,
                    "Exceeds the limit (%d digits) for integer string "
                    "conversion: value has %d digits; use "
                    "sys.set_int_max_str_digits() to increase the limit" %
                    (limit.max_digits, len(text)))
    if negative:
        text = '-' + text
    return newlong(rbigint.fromstr(text, b))


def _digit_value(ch):
    c = ord(ch)
    if ord('0') <= c <= ord('9'):
        return c - ord('0')
    if ord('a') <= c <= ord('z'):
        return c - ord('a') + 10
    if ord('A') <= c <= ord('Z'):
        return c - ord('A') + 10
    if c >= 128:
        try:
            return unicodedb.decimal(c)
        except KeyError:
            return -1
    return -1


def _bytes_value(w_x):
    """The byte string of a bytes-like object, or None."""
    from fastpy.objspace.bytesobject import W_BytesObject
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_x, W_BytesObject):
        return w_x.value
    if isinstance(w_x, W_BytearrayObject):
        return w_x.as_str()
    return None


def int_from_object(w_x):
    """int(x) for one argument."""
    if isinstance(w_x, W_BoolObject):
        return newint(w_x.intval)
    if space.is_int(w_x) and not w_x.is_user:
        return w_x
    if isinstance(w_x, W_FloatObject):
        return int_from_float(w_x.floatval)
    if isinstance(w_x, W_StrObject):
        return int_from_string(w_x.value, 10, w_x)
    s = _bytes_value(w_x)
    if s is not None:
        return int_from_string(s.decode('latin-1'), 10, w_x)
    from fastpy.objspace import protocol
    for name in ['__int__', '__index__']:
        w_res = protocol.call_special(w_x, name, [])
        if w_res is not None:
            if not space.is_int(w_res):
                refcount.discard(w_res)
                raise oefmt(exc.w_TypeError,
                            "%s returned non-int (type %s)" %
                            (name, space.type_name(w_res)))
            return w_res
    w_res = protocol.call_special(w_x, '__trunc__', [])
    if w_res is not None:
        if space.is_int(w_res):
            return w_res
        try:
            return int_from_object(w_res)
        finally:
            refcount.discard(w_res)
    if space.is_int(w_x):
        return newlong(space.bigint_w(w_x))
    raise oefmt(exc.w_TypeError,
                "int() argument must be a string, a bytes-like object or a "
                "real number, not '%s'" % space.type_name(w_x))


@constructor(w_int_type, 'int(x=NULL, /, base=NULL)')
def int_new(w_cls, w_x, w_base):
    if w_base is None:
        if w_x is None:
            return newint(0)
        return int_from_object(w_x)
    if w_x is None:
        raise oefmt(exc.w_TypeError, "int() missing string argument")
    from fastpy.objspace.listmethods import slice_index
    base = space.int_w(w_base)
    if not (base == 0 or 2 <= base <= 36):
        raise oefmt(exc.w_ValueError,
                    "int() base must be >= 2 and <= 36, or 0")
    if isinstance(w_x, W_StrObject):
        return int_from_string(w_x.value, base, w_x)
    s = _bytes_value(w_x)
    if s is not None:
        return int_from_string(s.decode('latin-1'), base, w_x)
    raise oefmt(exc.w_TypeError,
                "int() can't convert non-string with explicit base")


@constructor(w_bool_type, 'bool(x=False, /)')
def bool_new(w_cls, w_x):
    return space.newbool(space.is_true(w_x))


# ---------------------------------------------------------------- methods

def _big(w_int):
    return space.bigint_w(w_int)


def _check(w_obj):
    if not space.is_int(w_obj):
        raise oefmt(exc.w_TypeError,
                    "descriptor requires a 'int' object but received a "
                    "'%s'" % space.type_name(w_obj))


@method(w_int_type, 'bit_length(self, /)')
def int_bit_length(w_self):
    _check(w_self)
    return newint(_big(w_self).bit_length())


@method(w_int_type, 'bit_count(self, /)')
def int_bit_count(w_self):
    _check(w_self)
    big = _big(w_self).abs()
    n = 0
    s = big.format('01')
    for ch in s:
        if ch == '1':
            n += 1
    return newint(n)


def _int_pos(w_self):
    if isinstance(w_self, W_BoolObject):
        return newint(w_self.intval)
    return w_self


@method(w_int_type, 'conjugate(self, /)')
def int_conjugate(w_self):
    _check(w_self)
    return _int_pos(w_self)


for _name in ['__trunc__', '__floor__', '__ceil__']:
    method(w_int_type, '%s(self, /)' % _name)(int_conjugate)


@method(w_int_type, '__round__(self, ndigits=NULL, /)')
def int_round_m(w_self, w_ndigits):
    _check(w_self)
    if w_ndigits is None:
        return _int_pos(w_self)
    from fastpy.modules.builtinfuncs import int_round, index_big
    return int_round(w_self, index_big(w_ndigits))


@method(w_int_type, 'as_integer_ratio(self, /)')
def int_as_integer_ratio(w_self):
    from fastpy.objspace.tupleobject import newtuple
    _check(w_self)
    return newtuple([_int_pos(w_self), newint(1)])


def _byteorder(w_byteorder):
    if not isinstance(w_byteorder, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "to_bytes() argument 'byteorder' must be str, not %s" %
                    space.type_name(w_byteorder))
    order = str_to_utf8(w_byteorder.value)
    if order != 'little' and order != 'big':
        raise oefmt(exc.w_ValueError,
                    "byteorder must be either 'little' or 'big'")
    return order


@method(w_int_type, "to_bytes(self, length: int = 1, byteorder='big', *, "
        "signed: bool = False)")
def int_to_bytes(w_self, length, w_byteorder, signed):
    from fastpy.objspace.bytesobject import W_BytesObject
    _check(w_self)
    order = _byteorder(w_byteorder)
    if length < 0:
        raise oefmt(exc.w_ValueError,
                    "length argument must be non-negative")
    try:
        s = _big(w_self).tobytes(length, order, signed)
    except InvalidSignednessError:
        raise oefmt(exc.w_OverflowError,
                    "can't convert negative int to unsigned")
    except InvalidEndiannessError:
        raise oefmt(exc.w_ValueError,
                    "byteorder must be either 'little' or 'big'")
    except OverflowError:
        raise oefmt(exc.w_OverflowError, "int too big to convert")
    return W_BytesObject(s)


@classmethod_(w_int_type, "from_bytes(type, bytes, byteorder='big', *, "
              "signed: bool = False)")
def int_from_bytes(w_type, w_bytes, w_byteorder, signed):
    from fastpy.objspace.bytesmethods import bytes_from_object
    order = _byteorder(w_byteorder)
    s = bytes_from_object(w_bytes)
    try:
        big = rbigint.frombytes(s, order, signed)
    except InvalidEndiannessError:
        raise oefmt(exc.w_ValueError,
                    "byteorder must be either 'little' or 'big'")
    from fastpy.objspace.protocol import as_subclass
    return as_subclass(w_type, w_int_type, newlong(big))


def _get_real(w_self):
    return _int_pos(w_self)


def _get_imag(w_self):
    return newint(0)


def _get_denominator(w_self):
    return newint(1)


getset(w_int_type, 'real', _get_real,
       doc='the real part of a complex number')
getset(w_int_type, 'imag', _get_imag,
       doc='the imaginary part of a complex number')
getset(w_int_type, 'numerator', _get_real,
       doc='the numerator of a rational number in lowest terms')
getset(w_int_type, 'denominator', _get_denominator,
       doc='the denominator of a rational number in lowest terms')
