"""What the builtin hash modules (`_sha3`, `_blake2`) share: reading the
data argument as CPython's hash objects do, hex digests, the C integer
conversions of their constructors, and the little-endian word packing of
their state.

- `hash_data(w_obj)`: the bytes of a buffer (bytes, bytearray, a
  contiguous memoryview, array.array); TypeError "Strings must be encoded
  before hashing" for str, "object supporting the buffer API required"
  for anything else.
- `param_buffer(w_obj)`: a Py_buffer keyword argument (key, salt, person).
- `parse_constructor(...)`: the arguments of a constructor taking one
  optional positional-only `data` and keyword-only parameters.
- `hexlify(s)`: lowercase hex digits of a byte string.
- `c_int(w)`, `c_ulong(w)`, `c_ulonglong(w)`: the argument-clinic
  converters int, unsigned_long and unsigned_long_long, with their
  messages.
- `load64_le(s, i)`, `store64_le(out, v)`: 64-bit little-endian words.
"""

from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.strobject import W_StrObject

HEX_DIGITS = '0123456789abcdef'


def _contiguous_buffer(w_obj):
    """The bytes of w_obj's buffer, or None when it exports none."""
    from fastpy.objspace.bytesmethods import buffer_or_none
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        w_obj.check()
        if w_obj.step != 1 and w_obj.length > 1:
            raise oefmt(exc.w_BufferError, "memoryview: underlying buffer "
                        "is not C-contiguous")
    return buffer_or_none(w_obj)


def hash_data(w_obj):
    if isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "Strings must be encoded before "
                    "hashing")
    s = _contiguous_buffer(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "object supporting the buffer API "
                    "required")
    return s


def param_buffer(w_obj):
    s = _contiguous_buffer(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, "
                    "not '%s'" % space.type_name(w_obj))
    return s


def parse_constructor(fname, args_w, kw_names, kw_values_w, keywords):
    """[data, keyword values...] in the order of `keywords`, None where
    absent; CPython's messages naming fname()."""
    if len(args_w) > 1:
        raise oefmt(exc.w_TypeError, "%s() takes at most 1 positional "
                    "argument (%d given)" % (fname, len(args_w)))
    values_w = [None] * (1 + len(keywords))
    if len(args_w) == 1:
        values_w[0] = args_w[0]
    if kw_names is not None:
        for k in range(len(kw_names)):
            name = kw_names[k]
            found = -1
            for i in range(len(keywords)):
                if keywords[i] == name:
                    found = i
                    break
            if found < 0:
                raise oefmt(exc.w_TypeError, "'%s' is an invalid keyword "
                            "argument for %s()" % (name, fname))
            values_w[1 + found] = kw_values_w[k]
    return values_w


def hexlify(s):
    out = ['\x00'] * (2 * len(s))
    for i in range(len(s)):
        c = ord(s[i])
        out[2 * i] = HEX_DIGITS[c >> 4]
        out[2 * i + 1] = HEX_DIGITS[c & 15]
    return ''.join(out)


# ---------------------------------------------------------------- integers

_C_INT_MIN = -2147483648
_C_INT_MAX = 2147483647


def c_int(w_obj):
    """The clinic `int` converter (_PyLong_AsInt): the index protocol,
    OverflowError outside a C int."""
    if isinstance(w_obj, W_IntObject):
        v = w_obj.intval
    elif isinstance(w_obj, W_LongObject):
        v = _C_INT_MAX + 1
    else:
        from fastpy.objspace import protocol
        w_index = None
        if w_obj.is_user:
            w_index = protocol.index(w_obj)
        if w_index is None:
            raise oefmt(exc.w_TypeError, "'%s' object cannot be interpreted "
                        "as an integer" % space.type_name(w_obj))
        return c_int(w_index)
    if v < _C_INT_MIN or v > _C_INT_MAX:
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C int")
    return v


def _unsigned_big(w_obj):
    """An int argument of the unsigned converters: ValueError when
    negative, TypeError (no index protocol) when it is no int."""
    if isinstance(w_obj, W_IntObject):
        big = rbigint.fromint(w_obj.intval)
    elif isinstance(w_obj, W_LongObject):
        big = w_obj.bigval
    else:
        raise oefmt(exc.w_TypeError, "an integer is required")
    if big.sign < 0:
        raise oefmt(exc.w_ValueError, "value must be positive")
    return big


_ULONGLONG_LIMIT = rbigint.fromint(1).lshift(64)


def c_ulong(w_obj):
    """The clinic `unsigned_long` converter (64-bit longs)."""
    big = _unsigned_big(w_obj)
    if big.ge(_ULONGLONG_LIMIT):
        raise oefmt(exc.w_OverflowError, "Python int too large to convert "
                    "to C unsigned long")
    return big.toulonglong()


def c_ulonglong(w_obj):
    """The clinic `unsigned_long_long` converter."""
    big = _unsigned_big(w_obj)
    if big.ge(_ULONGLONG_LIMIT):
        raise oefmt(exc.w_OverflowError, "int too big to convert")
    return big.toulonglong()


# ---------------------------------------------------------------- words

_BYTE = r_ulonglong(0xff)


def load64_le(s, i):
    """The little-endian 64-bit word at s[i:i+8]."""
    v = r_ulonglong(ord(s[i + 7]))
    k = 6
    while k >= 0:
        v = (v << 8) | r_ulonglong(ord(s[i + k]))
        k -= 1
    return v


def store64_le(out, v):
    """Append the 8 bytes of v, least significant first, to out."""
    for k in range(8):
        out.append(chr(intmask(v & _BYTE)))
        v = v >> 8
