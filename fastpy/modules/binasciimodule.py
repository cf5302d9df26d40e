"""The `binascii` module: conversions between binary data and ASCII
encodings (hex, base64, quoted-printable, uuencode) and the CRC-32 and
CRC-CCITT checksums, as CPython 3.11's Modules/binascii.c computes them
(the same outputs for malformed input, the same errors)."""

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from fastpy.interpreter.error import oefmt, OperationError
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytesmethods import bytes_like_or_none
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.modules.modtypes import module_type
from fastpy.objspace.hexdigit import hex_value

module = ModuleDef('binascii', 'Conversion between binary data and ASCII')

# heap types, as PyErr_NewException makes them
w_Error = W_TypeObject('Error', exc.w_ValueError, is_heaptype=True)
w_Error.dict_w['__module__'] = space.newtext('binascii')
w_Incomplete = W_TypeObject('Incomplete', exc.w_Exception,
                            is_heaptype=True)
w_Incomplete.dict_w['__module__'] = space.newtext('binascii')


def binfunc(spec):
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl, display='binascii.' + name)
        w_func.module_name = 'binascii'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


def error(msg):
    return oefmt(w_Error, msg)


# ---------------------------------------------------------------- arguments

def binary_arg(w_data):
    """A Py_buffer argument: any bytes-like object."""
    s = bytes_like_or_none(w_data)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % space.type_name(w_data))
    return s


def ascii_arg(w_data):
    """ascii_buffer_converter: an ASCII str or a bytes-like object."""
    if isinstance(w_data, W_StrObject):
        chars = []
        for ch in w_data.value:
            if ord(ch) > 127:
                raise oefmt(exc.w_ValueError, "string argument should "
                            "contain only ASCII characters")
            chars.append(chr(ord(ch)))
        return ''.join(chars)
    s = bytes_like_or_none(w_data)
    if s is None:
        raise oefmt(exc.w_TypeError, "argument should be bytes, buffer or "
                    "ASCII string, not '%s'" % space.type_name(w_data))
    return s


MASK32 = rbigint.fromint(0xffffffff)


def uint_bitwise_arg(w_value):
    """An `unsigned int(bitwise=True)` argument: the low 32 bits."""
    if not space.is_int(w_value):
        w_index = None
        if w_value.is_user:
            w_index = protocol.index(w_value)
        if w_index is None:
            raise oefmt(exc.w_TypeError, "'%s' object cannot be interpreted "
                        "as an integer" % space.type_name(w_value))
        w_value = w_index
    if isinstance(w_value, W_IntObject):
        return r_uint(w_value.intval) & r_uint(0xffffffff)
    assert isinstance(w_value, W_LongObject)
    return r_uint(w_value.bigval.and_(MASK32).toint())


def _newuint(v):
    return newint(intmask(v))


# ---------------------------------------------------------------- hex

HEXDIGITS = '0123456789abcdef'


def hexlify(data, w_sep, bytes_per_sep):
    """_Py_strhex_impl, returning bytes."""
    sep = '\0'
    if w_sep is not None:
        seplen = space.len_w(w_sep)
        if seplen != 1:
            raise oefmt(exc.w_ValueError, "sep must be length 1.")
        if isinstance(w_sep, W_StrObject):
            sep = chr(ord(w_sep.value[0]) & 0xff)
        elif isinstance(w_sep, W_BytesObject):
            sep = w_sep.value[0]
        else:
            raise oefmt(exc.w_TypeError, "sep must be str or bytes.")
    else:
        bytes_per_sep = 0
    n = len(data)
    group = bytes_per_sep
    absgroup = group if group >= 0 else -group
    if absgroup >= n:
        group = 0
    out = []
    if group == 0:
        for c in data:
            out.append(HEXDIGITS[ord(c) >> 4])
            out.append(HEXDIGITS[ord(c) & 15])
        return ''.join(out)
    chunks = (n - 1) // absgroup
    if group < 0:
        i = 0
        for chunk in range(chunks):
            for k in range(absgroup):
                c = ord(data[i])
                i += 1
                out.append(HEXDIGITS[c >> 4])
                out.append(HEXDIGITS[c & 15])
            out.append(sep)
        while i < n:
            c = ord(data[i])
            i += 1
            out.append(HEXDIGITS[c >> 4])
            out.append(HEXDIGITS[c & 15])
        return ''.join(out)
    # positive: groups counted from the right
    i = n - 1
    for chunk in range(chunks):
        for k in range(absgroup):
            c = ord(data[i])
            i -= 1
            out.append(HEXDIGITS[c & 15])
            out.append(HEXDIGITS[c >> 4])
        out.append(sep)
    while i >= 0:
        c = ord(data[i])
        i -= 1
        out.append(HEXDIGITS[c & 15])
        out.append(HEXDIGITS[c >> 4])
    out.reverse()
    return ''.join(out)


@binfunc('b2a_hex(data, sep=NULL, bytes_per_sep: int = 1)')
def b2a_hex(w_data, w_sep, bytes_per_sep):
    return W_BytesObject(hexlify(binary_arg(w_data), w_sep, bytes_per_sep))


@binfunc('hexlify(data, sep=NULL, bytes_per_sep: int = 1)')
def binascii_hexlify(w_data, w_sep, bytes_per_sep):
    return W_BytesObject(hexlify(binary_arg(w_data), w_sep, bytes_per_sep))


def unhexlify(s):
    if len(s) % 2 != 0:
        raise error("Odd-length string")
    out = []
    for i in range(0, len(s), 2):
        top = hex_value(s[i])
        bot = hex_value(s[i + 1])
        if top < 0 or bot < 0:
            raise error("Non-hexadecimal digit found")
        out.append(chr((top << 4) | bot))
    return ''.join(out)


@binfunc('a2b_hex(hexstr, /)')
def a2b_hex(w_hexstr):
    return W_BytesObject(unhexlify(ascii_arg(w_hexstr)))


@binfunc('unhexlify(hexstr, /)')
def binascii_unhexlify(w_hexstr):
    return W_BytesObject(unhexlify(ascii_arg(w_hexstr)))


# ---------------------------------------------------------------- base64

B64CHARS = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
            '0123456789+/')


def _make_b64_table():
    table = [255] * 256
    for i in range(64):
        table[ord(B64CHARS[i])] = i
    return table

B64TABLE = _make_b64_table()


def a2b_base64(data, strict_mode):
    n = len(data)
    if strict_mode and n > 0 and data[0] == '=':
        raise error("Leading padding not allowed")
    out = []
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    i = 0
    while i < n:
        ch = data[i]
        if ch == '=':
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise error("Excess data after padding")
                    return ''.join(out)
            i += 1
            continue
        v = B64TABLE[ord(ch)]
        if v >= 64:
            if strict_mode:
                raise error("Only base64 data is allowed")
            i += 1
            continue
        if strict_mode and padding_started:
            raise error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(chr(((leftchar << 2) | (v >> 4)) & 0xff))
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(chr(((leftchar << 4) | (v >> 2)) & 0xff))
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(chr(((leftchar << 6) | v) & 0xff))
            leftchar = 0
        i += 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise error("Invalid base64-encoded string: number of data "
                        "characters (%d) cannot be 1 more than a multiple "
                        "of 4" % (len(out) // 3 * 4 + 1))
        raise error("Incorrect padding")
    return ''.join(out)


@binfunc('a2b_base64(data, /, *, strict_mode: bool = False)')
def binascii_a2b_base64(w_data, strict_mode):
    return W_BytesObject(a2b_base64(ascii_arg(w_data), strict_mode))


def b2a_base64(data, newline):
    out = []
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8) | ord(data[i + 2])
        out.append(B64CHARS[v >> 18])
        out.append(B64CHARS[(v >> 12) & 63])
        out.append(B64CHARS[(v >> 6) & 63])
        out.append(B64CHARS[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = ord(data[i]) << 16
        out.append(B64CHARS[v >> 18])
        out.append(B64CHARS[(v >> 12) & 63])
        out.append('=')
        out.append('=')
    elif rest == 2:
        v = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8)
        out.append(B64CHARS[v >> 18])
        out.append(B64CHARS[(v >> 12) & 63])
        out.append(B64CHARS[(v >> 6) & 63])
        out.append('=')
    if newline:
        out.append('\n')
    return ''.join(out)


@binfunc('b2a_base64(data, /, *, newline: bool = True)')
def binascii_b2a_base64(w_data, newline):
    return W_BytesObject(b2a_base64(binary_arg(w_data), newline))


# ---------------------------------------------------------------- uu

@binfunc('a2b_uu(data, /)')
def binascii_a2b_uu(w_data):
    data = ascii_arg(w_data)
    n = len(data)
    # the first character is the length (C reads the trailing NUL of an
    # empty buffer)
    first = ord(data[0]) if n > 0 else 0
    bin_len = (first - 32) & 0o77
    pos = 1
    ascii_len = n - 1
    out = []
    leftchar = 0
    leftbits = 0
    while bin_len > 0:
        if ascii_len > 0:
            ch = ord(data[pos])
        else:
            ch = 0
        if ch == 10 or ch == 13 or ascii_len <= 0:
            ch = 0
        else:
            if ch < 32 or ch > 32 + 64:
                raise error("Illegal char")
            ch = (ch - 32) & 0o77
        leftchar = (leftchar << 6) | ch
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append(chr((leftchar >> leftbits) & 0xff))
            leftchar &= (1 << leftbits) - 1
            bin_len -= 1
        ascii_len -= 1
        pos += 1
    while ascii_len > 0:
        ch = data[pos]
        if ch != ' ' and ch != '`' and ch != '\n' and ch != '\r':
            raise error("Trailing garbage")
        ascii_len -= 1
        pos += 1
    return W_BytesObject(''.join(out))


@binfunc('b2a_uu(data, /, *, backtick: bool = False)')
def binascii_b2a_uu(w_data, backtick):
    data = binary_arg(w_data)
    n = len(data)
    if n > 45:
        raise error("At most 45 bytes at once")
    out = []
    if backtick and n == 0:
        out.append('`')
    else:
        out.append(chr(32 + n))
    leftchar = 0
    leftbits = 0
    i = 0
    remaining = n
    while remaining > 0 or leftbits != 0:
        if remaining > 0:
            leftchar = (leftchar << 8) | ord(data[i])
        else:
            leftchar <<= 8
        leftbits += 8
        while leftbits >= 6:
            ch = (leftchar >> (leftbits - 6)) & 0x3f
            leftbits -= 6
            if backtick and ch == 0:
                out.append('`')
            else:
                out.append(chr(ch + 32))
        leftchar &= (1 << leftbits) - 1
        remaining -= 1
        i += 1
    out.append('\n')
    return W_BytesObject(''.join(out))


# ---------------------------------------------------------------- crc

def _make_crc32_table():
    table = []
    for n in range(256):
        c = r_uint(n)
        for k in range(8):
            if c & 1:
                c = r_uint(0xedb88320) ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table

CRC32_TABLE = _make_crc32_table()


def crc32(data, crc):
    crc = crc ^ r_uint(0xffffffff)
    for ch in data:
        crc = CRC32_TABLE[intmask((crc ^ r_uint(ord(ch))) & r_uint(0xff))] \
            ^ (crc >> 8)
    return (crc ^ r_uint(0xffffffff)) & r_uint(0xffffffff)


@binfunc('crc32(data, crc=0, /)')
def binascii_crc32(w_data, w_crc):
    data = binary_arg(w_data)
    return _newuint(crc32(data, uint_bitwise_arg(w_crc)))


def _make_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for k in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xffff
            else:
                c = (c << 1) & 0xffff
        table.append(c)
    return table

HQX_TABLE = _make_hqx_table()


@binfunc('crc_hqx(data, crc, /)')
def binascii_crc_hqx(w_data, w_crc):
    data = binary_arg(w_data)
    crc = intmask(uint_bitwise_arg(w_crc) & r_uint(0xffff))
    for ch in data:
        crc = ((crc << 8) & 0xff00) ^ HQX_TABLE[(crc >> 8) ^ ord(ch)]
    return newint(crc)


# ---------------------------------------------------------------- qp

MAXLINESIZE = 76
UPPERHEX = '0123456789ABCDEF'


@binfunc('a2b_qp(data, header: bool = False)')
def binascii_a2b_qp(w_data, header):
    data = ascii_arg(w_data)
    n = len(data)
    out = []
    i = 0
    while i < n:
        ch = data[i]
        if ch == '=':
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == '\n' or c == '\r':
                if c != '\n':
                    while i < n and data[i] != '\n':
                        i += 1
                if i < n:
                    i += 1
            elif c == '=':
                out.append('=')
                i += 1
            elif i + 1 < n and hex_value(c) >= 0 and hex_value(data[i + 1]) >= 0:
                out.append(chr((hex_value(c) << 4) | hex_value(data[i + 1])))
                i += 2
            else:
                out.append('=')
        elif header and ch == '_':
            out.append(' ')
            i += 1
        else:
            out.append(ch)
            i += 1
    return W_BytesObject(''.join(out))


def _needs_quoting(data, i, linelen, quotetabs, istext, header):
    n = len(data)
    c = data[i]
    o = ord(c)
    if o > 126 or c == '=' or (header and c == '_'):
        return True
    if c == '.' and linelen == 0 and (i + 1 == n or data[i + 1] == '\n' or
                                      data[i + 1] == '\r' or
                                      data[i + 1] == '\0'):
        return True
    if not istext and (c == '\r' or c == '\n'):
        return True
    if (c == '\t' or c == ' ') and i + 1 == n:
        return True
    if o < 33 and c != '\r' and c != '\n' and (
            quotetabs or (c != '\t' and c != ' ')):
        return True
    return False


def _soft_break(out, crlf):
    out.append('=')
    if crlf:
        out.append('\r')
    out.append('\n')


@binfunc('b2a_qp(data, quotetabs: bool = False, istext: bool = True, '
         'header: bool = False)')
def binascii_b2a_qp(w_data, quotetabs, istext, header):
    data = binary_arg(w_data)
    n = len(data)
    crlf = False
    p = data.find('\n')
    if p > 0 and data[p - 1] == '\r':
        crlf = True
    out = []
    i = 0
    linelen = 0
    while i < n:
        c = data[i]
        if _needs_quoting(data, i, linelen, quotetabs, istext, header):
            if linelen + 3 >= MAXLINESIZE:
                _soft_break(out, crlf)
                linelen = 0
            out.append('=')
            out.append(UPPERHEX[ord(c) >> 4])
            out.append(UPPERHEX[ord(c) & 15])
            i += 1
            linelen += 3
        elif istext and (c == '\n' or (i + 1 < n and c == '\r' and
                                       data[i + 1] == '\n')):
            linelen = 0
            # protect whitespace at the end of a line
            if len(out) > 0 and (out[-1] == ' ' or out[-1] == '\t'):
                last = out[-1]
                out[-1] = '='
                out.append(UPPERHEX[ord(last) >> 4])
                out.append(UPPERHEX[ord(last) & 15])
            if crlf:
                out.append('\r')
            out.append('\n')
            if c == '\r':
                i += 2
            else:
                i += 1
        else:
            if (i + 1 != n and data[i + 1] != '\n' and
                    linelen + 1 >= MAXLINESIZE):
                _soft_break(out, crlf)
                linelen = 0
            linelen += 1
            if header and c == ' ':
                out.append('_')
            else:
                out.append(c)
            i += 1
    return W_BytesObject(''.join(out))


@module.initializer
def init_binascii(w_dict):
    w_dict.setitem_str('Error', w_Error)
    w_dict.setitem_str('Incomplete', w_Incomplete)
