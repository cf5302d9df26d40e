"""Hexadecimal digits, shared by the parsers of escapes (tokenizer, the
unicode-escape codecs, bytes.fromhex, float.fromhex, binascii) and by the
code that writes \\xhh escapes."""

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rstring import StringBuilder

HEX_DIGITS = '0123456789abcdef'


@specialize.argtype(0)     # str and unicode characters
def hex_value(ch):
    """The value of one hexadecimal digit character, or -1."""
    c = ord(ch)
    if ord('0') <= c <= ord('9'):
        return c - ord('0')
    if ord('a') <= c <= ord('f'):
        return c - ord('a') + 10
    if ord('A') <= c <= ord('F'):
        return c - ord('A') + 10
    return -1


def hex2(c):
    """Two lowercase hex digits of the byte value c."""
    return HEX_DIGITS[(c >> 4) & 15] + HEX_DIGITS[c & 15]


def hexdigits(b, c, n):
    """Append n lowercase hex digits of c to a StringBuilder."""
    shift = (n - 1) * 4
    while shift >= 0:
        b.append(HEX_DIGITS[(c >> shift) & 15])
        shift -= 4


def char_escape(c):
    """\\xNN, \\uNNNN or \\UNNNNNNNN for the code point c (an ASCII str)."""
    b = StringBuilder(10)
    if c <= 0xff:
        b.append('\\x')
        hexdigits(b, c, 2)
    elif c <= 0xffff:
        b.append('\\u')
        hexdigits(b, c, 4)
    else:
        b.append('\\U')
        hexdigits(b, c, 8)
    return b.build()
