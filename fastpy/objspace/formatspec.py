"""The format-spec mini-language: format(value, spec) and the __format__
of int, bool, float and str, as CPython 3.11's Python/formatter_unicode.c
does it (same results, same ValueError messages).

    [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

Entry points:
  format_w(w_obj, spec)   -> unicode: builtin format(), FORMAT_VALUE,
                             str.format; spec is unicode
  ascii_u(w_obj)          -> unicode: ascii() / the !a conversion
  format_float_spec(...)  -> unicode: also used by %-formatting
The results are fresh strs: nothing here is counted.
"""

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
import math

from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.boolobject import W_BoolObject
from fastpy.objspace.floatobject import W_FloatObject
from fastpy.objspace.strobject import W_StrObject, str_to_utf8

MAXSIZE = 2 ** 63 - 1
INT_MAX = 2 ** 31 - 1


class Spec(object):
    """A parsed format spec (CPython's InternalFormatSpec)."""

    def __init__(self, default_type, default_align):
        self.fill = u' '
        self.align = default_align
        self.alternate = False
        self.no_neg_0 = False
        self.sign = '\0'
        self.width = -1
        self.thousands = '\0'     # '\0', ',' or '_'
        self.group = 3            # digits per group ('_' with b/o/x: 4)
        self.precision = -1
        self.type = default_type


def _is_align(c):
    return c == u'<' or c == u'>' or c == u'=' or c == u'^'


def _is_sign(c):
    return c == u' ' or c == u'+' or c == u'-'


def _get_integer(spec, pos):
    """(value, pos after the digits, number of digits)."""
    value = 0
    n = 0
    while pos < len(spec) and u'0' <= spec[pos] <= u'9':
        digit = ord(spec[pos]) - ord('0')
        if value > (MAXSIZE - digit) // 10:
            raise oefmt(exc.w_ValueError,
                        "Too many decimal digits in format string")
        value = value * 10 + digit
        pos += 1
        n += 1
    return value, pos, n


def _char_repr(c):
    """A presentation type in an error message: 'x' or '\\x..'."""
    code = ord(c)
    if 32 < code < 128:
        return chr(code)
    return '\\x%x' % code


def parse_spec(w_obj, spec, default_type, default_align):
    from fastpy.objspace.space import type_name
    fmt = Spec(default_type, default_align)
    end = len(spec)
    pos = 0
    fill_specified = False
    align_specified = False
    if end - pos >= 2 and _is_align(spec[pos + 1]):
        fmt.align = chr(ord(spec[pos + 1]))
        fmt.fill = spec[pos]
        fill_specified = True
        align_specified = True
        pos += 2
    elif end - pos >= 1 and _is_align(spec[pos]):
        fmt.align = chr(ord(spec[pos]))
        align_specified = True
        pos += 1
    if end - pos >= 1 and _is_sign(spec[pos]):
        fmt.sign = chr(ord(spec[pos]))
        pos += 1
    if end - pos >= 1 and spec[pos] == u'z':
        fmt.no_neg_0 = True
        pos += 1
    if end - pos >= 1 and spec[pos] == u'#':
        fmt.alternate = True
        pos += 1
    if not fill_specified and end - pos >= 1 and spec[pos] == u'0':
        fmt.fill = u'0'
        if not align_specified and default_align == '>':
            fmt.align = '='
        pos += 1
    width, pos, consumed = _get_integer(spec, pos)
    if consumed > 0:
        fmt.width = width
    if end - pos >= 1 and spec[pos] == u',':
        fmt.thousands = ','
        pos += 1
    if end - pos >= 1 and spec[pos] == u'_':
        if fmt.thousands != '\0':
            raise oefmt(exc.w_ValueError, "Cannot specify both ',' and '_'.")
        fmt.thousands = '_'
        pos += 1
    if end - pos >= 1 and spec[pos] == u',':
        if fmt.thousands == '_':
            raise oefmt(exc.w_ValueError, "Cannot specify both ',' and '_'.")
    if end - pos >= 1 and spec[pos] == u'.':
        pos += 1
        precision, pos, consumed = _get_integer(spec, pos)
        if consumed == 0:
            raise oefmt(exc.w_ValueError,
                        "Format specifier missing precision")
        fmt.precision = precision
    if end - pos > 1:
        raise oefmt(exc.w_ValueError,
                    "Invalid format specifier '%s' for object of type '%s'"
                    % (str_to_utf8(spec), type_name(w_obj)))
    type_u = u'\0'
    if end - pos == 1:
        type_u = spec[pos]
        pos += 1
        fmt.type = type_u
    if fmt.thousands != '\0':
        t = fmt.type
        if (t == u'd' or t == u'e' or t == u'f' or t == u'g' or t == u'E'
                or t == u'G' or t == u'%' or t == u'F' or t == u'\0'):
            pass
        elif fmt.thousands == '_' and (t == u'b' or t == u'o' or
                                       t == u'x' or t == u'X'):
            fmt.group = 4
        else:
            raise oefmt(exc.w_ValueError, "Cannot specify '%s' with '%s'." %
                        (fmt.thousands, _char_repr(t)))
    return fmt


def _unknown_type(t, w_obj):
    from fastpy.objspace.space import type_name
    return oefmt(exc.w_ValueError,
                 "Unknown format code '%s' for object of type '%s'" %
                 (_char_repr(t), type_name(w_obj)))


# ------------------------------------------------------------ padding

def _zeros(n):
    b = UnicodeBuilder(n)
    b.append_multiple_char(u'0', n)
    return b.build()


def _group_digits(digits, min_width, group, sep):
    """CPython's _PyUnicode_InsertThousandsGrouping: digits grouped from
    the right, padded with zeros up to min_width (separators count in
    the width).  group == 0: no separators, only the zero padding."""
    pieces = []
    remaining = len(digits)
    pos = len(digits)
    use_sep = False
    if group > 0:
        while True:
            length = min(group, max(max(remaining, min_width), 1))
            n_zeros = max(0, length - remaining)
            n_chars = max(0, min(remaining, length))
            if use_sep:
                pieces.append(sep)
            start = pos - n_chars
            assert start >= 0 and pos >= start
            pieces.append(digits[start:pos])
            if n_zeros > 0:
                pieces.append(_zeros(n_zeros))
            use_sep = True
            remaining -= n_chars
            pos -= n_chars
            min_width -= length
            if remaining <= 0 and min_width <= 0:
                break
            min_width -= len(sep)
    else:
        length = max(max(remaining, min_width), 1)
        n_zeros = max(0, length - remaining)
        pieces.append(digits)
        if n_zeros > 0:
            pieces.append(_zeros(n_zeros))
    b = UnicodeBuilder()
    i = len(pieces) - 1
    while i >= 0:
        b.append(pieces[i])
        i -= 1
    return b.build()


def _fill_number(fmt, sign_char, prefix, digits, tail, grouping):
    """<lpad><sign><prefix><spad><grouped digits><tail><rpad>, where tail
    is the decimal point and the rest (or the char of 'c')."""
    sign = u''
    if fmt.sign == '+':
        sign = u'-' if sign_char == '-' else u'+'
    elif fmt.sign == ' ':
        sign = u'-' if sign_char == '-' else u' '
    elif sign_char == '-':
        sign = u'-'
    n_non_digit = len(sign) + len(prefix) + len(tail)
    min_width = 0
    if fmt.fill == u'0' and fmt.align == '=':
        min_width = fmt.width - n_non_digit
    if len(digits) == 0:
        grouped = u''
    elif grouping and fmt.thousands != '\0':
        sep = u','
        if fmt.thousands == '_':
            sep = u'_'
        grouped = _group_digits(digits, min_width, fmt.group, sep)
    else:
        grouped = _group_digits(digits, min_width, 0, u'')
    lpad = spad = rpad = 0
    n_padding = fmt.width - (n_non_digit + len(grouped))
    if n_padding > 0:
        if fmt.align == '<':
            rpad = n_padding
        elif fmt.align == '^':
            lpad = n_padding // 2
            rpad = n_padding - lpad
        elif fmt.align == '=':
            spad = n_padding
        else:
            lpad = n_padding
    b = UnicodeBuilder()
    if lpad:
        b.append_multiple_char(fmt.fill, lpad)
    b.append(sign)
    b.append(prefix)
    if spad:
        b.append_multiple_char(fmt.fill, spad)
    b.append(grouped)
    b.append(tail)
    if rpad:
        b.append_multiple_char(fmt.fill, rpad)
    return b.build()


def pad_str(u, fmt):
    """format_string_internal: precision truncates, then padding."""
    length = len(u)
    if fmt.precision >= 0 and length >= fmt.precision:
        length = fmt.precision
        assert length >= 0
        u = u[:length]
    if fmt.width <= length:
        return u
    total = fmt.width
    if fmt.align == '>':
        lpad = total - length
    elif fmt.align == '^':
        lpad = (total - length) // 2
    else:
        lpad = 0
    rpad = total - length - lpad
    b = UnicodeBuilder(total)
    if lpad:
        b.append_multiple_char(fmt.fill, lpad)
    b.append(u)
    if rpad:
        b.append_multiple_char(fmt.fill, rpad)
    return b.build()


# ------------------------------------------------------------ str

def format_str(w_obj, u, spec):
    if len(spec) == 0:
        return u
    fmt = parse_spec(w_obj, spec, u's', '<')
    if fmt.type != u's':
        raise _unknown_type(fmt.type, w_obj)
    if fmt.sign != '\0':
        if fmt.sign == ' ':
            raise oefmt(exc.w_ValueError,
                        "Space not allowed in string format specifier")
        raise oefmt(exc.w_ValueError,
                    "Sign not allowed in string format specifier")
    if fmt.no_neg_0:
        raise oefmt(exc.w_ValueError, "Negative zero coercion (z) not "
                    "allowed in string format specifier")
    if fmt.alternate:
        raise oefmt(exc.w_ValueError,
                    "Alternate form (#) not allowed in string format "
                    "specifier")
    if fmt.align == '=':
        raise oefmt(exc.w_ValueError,
                    "'=' alignment not allowed in string format specifier")
    return pad_str(u, fmt)


# ------------------------------------------------------------ int

DIGITS = '0123456789abcdef'


def int_digits(w_obj, base):
    """(negative, digits of |value| in base) as an ASCII str."""
    from fastpy.objspace.space import int_to_decimal
    if isinstance(w_obj, W_IntObject) and w_obj.intval != -MAXSIZE - 1:
        n = w_obj.intval
        negative = n < 0
        if negative:
            n = -n
        if base == 10:
            return negative, str(n)
        chars = []
        while True:
            chars.append(DIGITS[n % base])
            n //= base
            if n == 0:
                break
        chars.reverse()
        return negative, ''.join(chars)
    if isinstance(w_obj, W_IntObject):
        big = rbigint.fromint(w_obj.intval)
    else:
        assert isinstance(w_obj, W_LongObject)
        big = w_obj.bigval
    negative = big.sign < 0
    if base == 10:
        s = int_to_decimal(w_obj)
        if negative:
            s = s[1:]
        return negative, s
    s = big.abs().format(DIGITS[:base])
    return negative, s


def format_int(w_obj, spec):
    from fastpy.objspace.space import str_u, bigint_to_float, bigint_w
    if len(spec) == 0:
        return str_u(w_obj)
    fmt = parse_spec(w_obj, spec, u'd', '>')
    t = fmt.type
    if (t == u'b' or t == u'c' or t == u'd' or t == u'o' or t == u'x' or
            t == u'X' or t == u'n'):
        return format_long_internal(w_obj, fmt)
    if (t == u'e' or t == u'E' or t == u'f' or t == u'F' or t == u'g' or
            t == u'G' or t == u'%'):
        if isinstance(w_obj, W_IntObject):
            f = float(w_obj.intval)
        else:
            f = bigint_to_float(bigint_w(w_obj))
        return format_float_internal(f, fmt)
    raise _unknown_type(t, w_obj)


def format_long_internal(w_obj, fmt):
    if fmt.precision != -1:
        raise oefmt(exc.w_ValueError,
                    "Precision not allowed in integer format specifier")
    if fmt.no_neg_0:
        raise oefmt(exc.w_ValueError, "Negative zero coercion (z) not "
                    "allowed in integer format specifier")
    t = fmt.type
    if t == u'c':
        if fmt.sign != '\0':
            raise oefmt(exc.w_ValueError,
                        "Sign not allowed with integer format specifier 'c'")
        if fmt.alternate:
            raise oefmt(exc.w_ValueError, "Alternate form (#) not allowed "
                        "with integer format specifier 'c'")
        if not isinstance(w_obj, W_IntObject):
            raise oefmt(exc.w_OverflowError,
                        "Python int too large to convert to C long")
        x = w_obj.intval
        if x < 0 or x > 0x10ffff:
            raise oefmt(exc.w_OverflowError, "%c arg not in range(0x110000)")
        return _fill_number(fmt, '\0', u'', u'', unichr(x), False)
    base = 10
    prefix = u''
    if t == u'b':
        base = 2
        prefix = u'0b'
    elif t == u'o':
        base = 8
        prefix = u'0o'
    elif t == u'x':
        base = 16
        prefix = u'0x'
    elif t == u'X':
        base = 16
        prefix = u'0X'
    if not fmt.alternate:
        prefix = u''
    negative, digits = int_digits(w_obj, base)
    digits_u = digits.decode('ascii')
    if t == u'X':
        digits_u = digits.upper().decode('ascii')
    sign_char = '-' if negative else '\0'
    return _fill_number(fmt, sign_char, prefix, digits_u, u'', t != u'n')


# ------------------------------------------------------------ float

def no_neg_0(s):
    """Drop the '-' of a result that rounded to zero (the 'z' option)."""
    if len(s) == 0 or s[0] != '-':
        return s
    for c in s:
        if c == 'e' or c == 'E':
            break
        if '1' <= c <= '9' or c == 'i' or c == 'n' or c == 'I' or c == 'N':
            return s
    return s[1:]


def _strip_g_zeros(s, add_dot_0):
    """'g' without '#' shows no trailing zeros in the fraction; the
    digit generator keeps some when it rounds half to even onto a zero
    ('%.3g' % 1505.0 is '1.5e+03')."""
    dot = s.find('.')
    if dot < 0:
        return s
    end = s.find('e')
    if end < 0:
        end = s.find('E')
    if end < 0:
        end = len(s)
    stop = end
    while stop > dot + 1 and s[stop - 1] == '0':
        stop -= 1
    if stop == end:
        return s
    if stop == dot + 1:
        if add_dot_0 and end == len(s):
            stop = dot + 2     # keep '.0' for an integral value
        else:
            stop = dot
    assert stop >= 0 and end >= 0
    return s[:stop] + s[end:]


def float_to_string(val, code, precision, alternate, neg_0, add_dot_0):
    """PyOS_double_to_string with CPython's flags."""
    flags = 0
    if alternate:
        flags |= rfloat.DTSF_ALT
    if add_dot_0:
        flags |= rfloat.DTSF_ADD_DOT_0
    if precision > INT_MAX:
        raise oefmt(exc.w_ValueError, "precision too big")
    s = rfloat.formatd(val, code, precision, flags)
    if (code == 'g' or code == 'G') and not alternate:
        s = _strip_g_zeros(s, add_dot_0)
    if neg_0:
        s = no_neg_0(s)
    return s


def format_float(w_obj, val, spec):
    from fastpy.objspace.space import str_u
    if len(spec) == 0:
        return str_u(w_obj)
    fmt = parse_spec(w_obj, spec, u'\0', '>')
    t = fmt.type
    if (t == u'\0' or t == u'e' or t == u'E' or t == u'f' or t == u'F' or
            t == u'g' or t == u'G' or t == u'n' or t == u'%'):
        return format_float_internal(val, fmt)
    raise _unknown_type(t, w_obj)


def format_float_internal(val, fmt, repr_dot_0=True):
    """repr_dot_0: the omitted type gives '1.0' for a float (str()), but
    '1' inside a complex."""
    if fmt.precision > INT_MAX:
        raise oefmt(exc.w_ValueError, "precision too big")
    precision = fmt.precision
    default_precision = 6
    add_dot_0 = False
    t = fmt.type
    if t == u'\0':
        add_dot_0 = repr_dot_0
        code = 'r'
        default_precision = 0
    elif t == u'n':
        code = 'g'
    else:
        code = chr(ord(t))
    add_pct = False
    if code == '%':
        code = 'f'
        val *= 100
        add_pct = True
    if precision < 0:
        precision = default_precision
    elif code == 'r':
        code = 'g'
    s = float_to_string(val, code, precision, fmt.alternate, fmt.no_neg_0,
                        add_dot_0)
    if add_pct:
        s += '%'
    sign_char = '\0'
    start = 0
    if len(s) > 0 and s[0] == '-':
        sign_char = '-'
        start = 1
    # parse_number: the leading digits, then '.', then the rest
    i = start
    while i < len(s) and '0' <= s[i] <= '9':
        i += 1
    assert i >= start
    digits = s[start:i]
    tail = s[i:]
    return _fill_number(fmt, sign_char, u'', digits.decode('ascii'),
                        tail.decode('ascii'), t != u'n')


# ------------------------------------------------------------ complex

def format_complex(w_obj, re, im, spec):
    """complex.__format__ (CPython's format_complex_internal): both parts
    formatted as floats, the imaginary one always signed unless the real
    part is left out; the whole is padded as one field."""
    from fastpy.objspace.space import str_u
    if len(spec) == 0:
        return str_u(w_obj)
    fmt = parse_spec(w_obj, spec, u'\0', '>')
    t = fmt.type
    if not (t == u'\0' or t == u'e' or t == u'E' or t == u'f' or
            t == u'F' or t == u'g' or t == u'G' or t == u'n'):
        raise _unknown_type(t, w_obj)
    if fmt.fill == u'0':
        raise oefmt(exc.w_ValueError, "Zero padding is not allowed in "
                    "complex format specifier")
    if fmt.align == '=':
        raise oefmt(exc.w_ValueError, "'=' alignment flag is not allowed "
                    "in complex format specifier")
    skip_re = False
    add_parens = False
    if t == u'\0':
        # Like str(self): no real part when it is +0.0, else parentheses.
        if re == 0.0 and math.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            add_parens = True
    part = Spec(t, '<')
    part.alternate = fmt.alternate
    part.no_neg_0 = fmt.no_neg_0
    part.thousands = fmt.thousands
    part.precision = fmt.precision
    part.sign = fmt.sign
    re_text = u''
    if not skip_re:
        re_text = format_float_internal(re, part, False)
        part.sign = '+'
    im_text = format_float_internal(im, part, False)
    b = UnicodeBuilder()
    if add_parens:
        b.append(u'(')
    b.append(re_text)
    b.append(im_text)
    b.append(u'j')
    if add_parens:
        b.append(u')')
    whole = Spec(u's', fmt.align)
    whole.fill = fmt.fill
    whole.width = fmt.width
    return pad_str(b.build(), whole)


# ------------------------------------------------------------ dispatch

def format_w(w_obj, spec):
    """format(w_obj, spec) as unicode (PyObject_Format)."""
    if not w_obj.is_user:
        # exact builtin types: their __format__ directly
        if isinstance(w_obj, W_StrObject):
            return format_str(w_obj, w_obj.value, spec)
        if isinstance(w_obj, W_IntObject) or \
                isinstance(w_obj, W_LongObject):
            return format_int(w_obj, spec)
        if isinstance(w_obj, W_FloatObject):
            return format_float(w_obj, w_obj.floatval, spec)
    return format_other(w_obj, spec)


def format_other(w_obj, spec):
    """Any other object: call type(w_obj).__format__(w_obj, spec) (a
    user class's own, or a builtin one such as object.__format__); the
    result must be a str."""
    from fastpy.objspace import protocol
    from fastpy.objspace.strobject import newstr
    from fastpy.objspace.space import type_name
    w_descr = protocol.lookup(w_obj, '__format__')
    if w_descr is None:
        raise oefmt(exc.w_TypeError, "Type %s doesn't define __format__" %
                    type_name(w_obj))
    w_result = protocol.call_descr(w_descr, w_obj, [newstr(spec)])
    if not isinstance(w_result, W_StrObject):
        name = type_name(w_result)
        refcount.discard(w_result)
        raise oefmt(exc.w_TypeError, "__format__ must return a str, not %s"
                    % name)
    return w_result.value


def object_format(w_obj, spec):
    from fastpy.objspace.space import str_u, type_name
    if len(spec) > 0:
        raise oefmt(exc.w_TypeError,
                    "unsupported format string passed to %s.__format__" %
                    type_name(w_obj))
    return str_u(w_obj)


# ------------------------------------------------------------ ascii()

def _hex(n, width):
    out = ['0'] * width
    i = width - 1
    while i >= 0:
        out[i] = DIGITS[n & 15]
        n >>= 4
        i -= 1
    return ''.join(out)


def ascii_escape(u):
    """repr text with every non-ASCII char backslash-escaped."""
    b = UnicodeBuilder(len(u))
    for ch in u:
        c = ord(ch)
        if c < 0x80:
            b.append(ch)
        elif c <= 0xff:
            b.append(u'\\x' + _hex(c, 2).decode('ascii'))
        elif c <= 0xffff:
            b.append(u'\\u' + _hex(c, 4).decode('ascii'))
        else:
            b.append(u'\\U' + _hex(c, 8).decode('ascii'))
    return b.build()


def ascii_u(w_obj):
    from fastpy.objspace.space import repr_u
    return ascii_escape(repr_u(w_obj))


def convert_u(w_obj, conversion):
    """The !s / !r / !a conversions ('s', 'r', 'a')."""
    from fastpy.objspace.space import repr_u, str_u
    if conversion == 'r':
        return repr_u(w_obj)
    if conversion == 'a':
        return ascii_u(w_obj)
    return str_u(w_obj)
