"""Packing and unpacking the items of a compiled struct format
(structformat.Format), with the conversions and errors of CPython
3.11's three tables on x86-64:

- integers: the argument must be an int or have __index__ ("required
  argument is not an integer"); then one of the range rules below;
- floats: any error of the float conversion becomes "required argument
  is not a float"; 'f' and 'e' may overflow (OverflowError, except native
  'f', which rounds to infinity);
- an OverflowError while packing an int argument becomes struct.error
  "int too large to convert" (s_pack_internal).
"""

from rpython.rlib.rarithmetic import r_ulonglong, r_longlong, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstruct import ieee

from fastpy.interpreter.error import oefmt, OperationError
from fastpy.modules.structformat import (NATIVE, LITTLE, BIG, struct_error)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject, newlong

# Range rules for the integer codes.
NAMED = 0       # get_long, then "byte format requires ..." (np_byte & co)
FMT_SIGNED = 1  # get_long, then "'i' format requires lo <= number <= hi"
FMT_UNSIGNED = 2  # get_ulong, then "'I' format requires 0 <= number <= hi"
LONG64 = 3      # get_long: "argument out of range" outside 64 bits
ULONG64 = 4     # get_ulong: "argument out of range" outside [0, 2**64)
BYTES_SIGNED = 5    # _PyLong_AsByteArray (big-endian q): OverflowError
BYTES_UNSIGNED = 6  # ... (big-endian Q)
POINTER = 7     # PyLong_AsVoidPtr: [-2**63, 2**64), OverflowError

TWO64 = rbigint.fromint(1).lshift(64)
TWO63 = rbigint.fromint(1).lshift(63)


def int_rule(c, order):
    if c in 'bBhH' and (order != BIG or c in 'bB'):
        return NAMED
    if order == NATIVE:
        if c == 'i':
            return FMT_SIGNED
        if c == 'I':
            return FMT_UNSIGNED
        if c in 'lqn':
            return LONG64
        if c in 'LQN':
            return ULONG64
        return POINTER
    if order == LITTLE:
        if c == 'i' or c == 'l':
            return FMT_SIGNED
        if c == 'I' or c == 'L':
            return FMT_UNSIGNED
        if c == 'q':
            return LONG64
        return ULONG64
    if c in 'hil':
        return FMT_SIGNED
    if c in 'HIL':
        return FMT_UNSIGNED
    if c == 'q':
        return BYTES_SIGNED
    return BYTES_UNSIGNED


NAMED_MESSAGES = {
    'b': "byte format requires -128 <= number <= 127",
    'B': "ubyte format requires 0 <= number <= 255",
    'h': "short format requires -32768 <= number <= 32767",
    'H': "ushort format requires 0 <= number <= 65535",
}
NAMED_RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767),
                'H': (0, 65535)}


def _range_error(c, size, unsigned):
    """RANGE_ERROR (sizes 1, 2 and 4 reach it)."""
    if unsigned:
        hi = (1 << (size * 8)) - 1
        return struct_error("'%s' format requires 0 <= number <= %d" %
                            (c, hi))
    hi = (1 << (size * 8 - 1)) - 1
    return struct_error("'%s' format requires %d <= number <= %d" %
                        (c, -hi - 1, hi))


def _out_of_range():
    return struct_error("argument out of range")


class IntOverflow(Exception):
    """An OverflowError of CPython's int conversions (turned into
    struct.error "int too large to convert" for int arguments)."""
    def __init__(self, msg):
        self.msg = msg


def get_pylong(w_v):
    """The int object for an integer argument."""
    if space.is_int(w_v):
        return w_v
    if w_v.is_user:
        w_index = protocol.index(w_v)
        if w_index is not None:
            return w_index
    raise struct_error("required argument is not an integer")


def int_bits(w_int, c, order, size):
    """The two's complement bits of an int object for code c, after the
    range rule of (c, order)."""
    rule = int_rule(c, order)
    if isinstance(w_int, W_IntObject):
        v = w_int.intval
        big = None
    else:
        assert isinstance(w_int, W_LongObject)
        v = 0
        big = w_int.bigval
    if rule == NAMED or rule == FMT_SIGNED or rule == LONG64:
        if big is not None:
            raise _out_of_range()
        if rule == NAMED:
            lo, hi = NAMED_RANGES[c]
            if v < lo or v > hi:
                raise struct_error(NAMED_MESSAGES[c])
        elif rule == FMT_SIGNED:
            hi = (1 << (size * 8 - 1)) - 1
            if v < -hi - 1 or v > hi:
                raise _range_error(c, size, False)
        return r_ulonglong(v)
    if rule == FMT_UNSIGNED or rule == ULONG64:
        if big is not None:
            if big.sign < 0 or big.ge(TWO64):
                raise _out_of_range()
            u = big.toulonglong()
        else:
            if v < 0:
                raise _out_of_range()
            u = r_ulonglong(v)
        if rule == FMT_UNSIGNED and size < 8 and \
                u >= (r_ulonglong(1) << (size * 8)):
            raise _range_error(c, size, True)
        return u
    if rule == BYTES_SIGNED:
        if big is not None:
            raise IntOverflow("int too big to convert")
        return r_ulonglong(v)
    if rule == BYTES_UNSIGNED:
        if big is not None:
            if big.sign < 0:
                raise IntOverflow("can't convert negative int to unsigned")
            if big.ge(TWO64):
                raise IntOverflow("int too big to convert")
            return big.toulonglong()
        if v < 0:
            raise IntOverflow("can't convert negative int to unsigned")
        return r_ulonglong(v)
    # POINTER
    if big is not None:
        if big.sign < 0:
            raise IntOverflow("Python int too large to convert to C long")
        if big.ge(TWO64):
            raise IntOverflow("Python int too large to convert to C "
                              "unsigned long")
        return big.toulonglong()
    return r_ulonglong(v)


def float_arg(w_v):
    """PyFloat_AsDouble, any error replaced by struct.error."""
    try:
        return space.float_w(w_v)
    except OperationError as e:
        refcount.discard(e.w_exc)
        raise struct_error("required argument is not a float")


def put_bits(chars, pos, bits, size, big_endian):
    for k in range(size):
        byte = chr(intmask(bits & r_ulonglong(0xff)))
        if big_endian:
            chars[pos + size - 1 - k] = byte
        else:
            chars[pos + k] = byte
        bits >>= 8


def get_bits(data, pos, size, big_endian):
    bits = r_ulonglong(0)
    for k in range(size):
        if big_endian:
            byte = ord(data[pos + k])
        else:
            byte = ord(data[pos + size - 1 - k])
        bits = (bits << 8) | r_ulonglong(byte)
    return bits


INF_BITS_F = r_ulonglong(0x7f800000)


def float_bits(x, c, order):
    """The IEEE bits of x for 'e', 'f' or 'd'."""
    if c == 'd':
        return ieee.float_pack(x, 8)
    size = 2 if c == 'e' else 4
    try:
        return ieee.float_pack(x, size)
    except OverflowError:
        if c == 'f' and order == NATIVE:
            # a C cast (float)x: infinity
            bits = INF_BITS_F
            if x < 0.0:
                bits |= r_ulonglong(1) << 31
            return bits
        raise IntOverflow("float too large to pack with %s format" % c)


def _bytes_arg(w_v, c):
    if isinstance(w_v, W_BytesObject):
        return w_v.value
    if isinstance(w_v, W_BytearrayObject):
        return w_v.as_str()
    raise struct_error("argument for '%s' must be a bytes object" % c)


def pack_one(chars, pos, c, order, size, w_v):
    big_endian = order == BIG
    if c == 's':
        s = _bytes_arg(w_v, c)
        n = min(len(s), size)
        for k in range(n):
            chars[pos + k] = s[k]
    elif c == 'p':
        s = _bytes_arg(w_v, c)
        n = min(len(s), size - 1)
        for k in range(n):
            chars[pos + 1 + k] = s[k]
        if size > 0:
            if n > 255:
                n = 255
            if n < 0:
                n = 0
            chars[pos] = chr(n)
    elif c == 'c':
        if not isinstance(w_v, W_BytesObject) or len(w_v.value) != 1:
            raise struct_error("char format requires a bytes object of "
                               "length 1")
        chars[pos] = w_v.value[0]
    elif c == '?':
        chars[pos] = '\x01' if space.is_true(w_v) else '\x00'
    elif c == 'e' or c == 'f' or c == 'd':
        x = float_arg(w_v)
        put_bits(chars, pos, float_bits(x, c, order), size, big_endian)
    else:
        w_int = get_pylong(w_v)
        put_bits(chars, pos, int_bits(w_int, c, order, size), size,
                 big_endian)


def pack_values(fmt, chars, args_w, start):
    """Pack args_w[start:] into chars (len(chars) == fmt.size, zeros)."""
    i = start
    for code in fmt.codes:
        pos = code.offset
        for r in range(code.repeat):
            w_v = args_w[i]
            try:
                pack_one(chars, pos, code.char, code.order, code.size, w_v)
            except IntOverflow as e:
                if space.is_int(w_v):
                    raise struct_error("int too large to convert")
                raise oefmt(exc.w_OverflowError, e.msg)
            i += 1
            pos += code.size


def _signed(bits, size):
    if size < 8 and bits & (r_ulonglong(1) << (size * 8 - 1)):
        return intmask(bits) - (1 << (size * 8))
    return intmask(bits)


def unpack_one(data, pos, c, order, size):
    big_endian = order == BIG
    assert pos >= 0 and size >= 0
    if c == 's':
        end = pos + size
        assert end >= 0
        return W_BytesObject(data[pos:end])
    if c == 'p':
        n = ord(data[pos]) if size > 0 else 0
        if n >= size:
            n = size - 1
        if n < 0:
            raise oefmt(exc.w_SystemError, "Negative size passed to "
                        "PyBytes_FromStringAndSize")
        start = pos + 1
        end = start + n
        assert end >= 0
        return W_BytesObject(data[start:end])
    if c == 'c':
        end = pos + 1
        return W_BytesObject(data[pos:end])
    if c == '?':
        return newbool(data[pos] != '\0')
    bits = get_bits(data, pos, size, big_endian)
    if c == 'e' or c == 'f' or c == 'd':
        return newfloat(ieee.float_unpack(bits, size))
    if c in 'bhilqn':
        return newint(_signed(bits, size))
    if size == 8 and bits >= (r_ulonglong(1) << 63):
        return newlong(rbigint.fromrarith_int(bits))
    return newint(intmask(bits))


def unpack_values(fmt, data, offset):
    items_w = [None] * fmt.nitems
    i = 0
    for code in fmt.codes:
        pos = offset + code.offset
        for r in range(code.repeat):
            items_w[i] = unpack_one(data, pos, code.char, code.order,
                                    code.size)
            i += 1
            pos += code.size
    return items_w
