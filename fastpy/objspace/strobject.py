"""`str`: an immutable sequence of code points, stored as RPython unicode."""

from rpython.rlib.rstring import UnicodeBuilder
from fastpy.unicodedb import db as unicodedb
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_str_type = W_TypeObject('str', w_object_type)


class W_StrObject(W_Root):
    _attrs_ = ['value']
    _immutable_fields_ = ['value']

    def __init__(self, value):
        assert isinstance(value, unicode)
        self.value = value

    def gettype(self):
        return w_str_type


def newstr(u):
    return W_StrObject(u)


def newstr_utf8(s):
    return W_StrObject(s.decode('utf-8'))


def str_to_utf8(u):
    """Encode for output; lone surrogates become '?' rather than crash."""
    from rpython.rlib.runicode import unicode_encode_utf_8
    return unicode_encode_utf_8(u, len(u), 'replace')


def _hex(n, width):
    digits = '0123456789abcdef'
    out = ['0'] * width
    i = width - 1
    while i >= 0:
        out[i] = digits[n & 15]
        n >>= 4
        i -= 1
    return ''.join(out)


def str_repr(u):
    """CPython's repr of a str: quote choice and escapes of unicode_repr."""
    quote = u"'"
    if u"'" in u and u'"' not in u:
        quote = u'"'
    b = UnicodeBuilder(len(u) + 2)
    b.append(quote)
    for ch in u:
        c = ord(ch)
        if ch == quote or ch == u'\\':
            b.append(u'\\')
            b.append(ch)
        elif ch == u'\t':
            b.append(u'\\t')
        elif ch == u'\n':
            b.append(u'\\n')
        elif ch == u'\r':
            b.append(u'\\r')
        elif c < 0x20 or c == 0x7f:
            b.append(u'\\x' + _hex(c, 2).decode('ascii'))
        elif c < 0x7f:
            b.append(ch)
        elif unicodedb.isprintable(c):
            b.append(ch)
        elif c <= 0xff:
            b.append(u'\\x' + _hex(c, 2).decode('ascii'))
        elif c <= 0xffff:
            b.append(u'\\u' + _hex(c, 4).decode('ascii'))
        else:
            b.append(u'\\U' + _hex(c, 8).decode('ascii'))
    b.append(quote)
    return b.build()


def is_space(ch):
    c = ord(ch)
    if c < 128:
        return ch == u' ' or (9 <= c <= 13) or (28 <= c <= 31)
    return unicodedb.isspace(c)


def str_upper(u):
    b = UnicodeBuilder(len(u))
    for ch in u:
        c = ord(ch)
        if c < 128:
            if ord('a') <= c <= ord('z'):
                c -= 32
            b.append(unichr(c))
        else:
            for up in unicodedb.toupper_full(c):
                b.append(unichr(up))
    return b.build()


def str_lower(u):
    b = UnicodeBuilder(len(u))
    for ch in u:
        c = ord(ch)
        if c < 128:
            if ord('A') <= c <= ord('Z'):
                c += 32
            b.append(unichr(c))
        else:
            for low in unicodedb.tolower_full(c):
                b.append(unichr(low))
    return b.build()


def str_strip(u):
    start = 0
    end = len(u)
    while start < end and is_space(u[start]):
        start += 1
    while end > start and is_space(u[end - 1]):
        end -= 1
    assert start >= 0 and end >= 0
    return u[start:end]


def str_split_whitespace(u):
    parts = []
    i = 0
    n = len(u)
    while True:
        while i < n and is_space(u[i]):
            i += 1
        if i >= n:
            break
        j = i
        while j < n and not is_space(u[j]):
            j += 1
        assert i >= 0 and j >= 0
        parts.append(u[i:j])
        i = j
    return parts


def str_find(u, sub, start):
    """Index of `sub` in u[start:], or -1."""
    n = len(u)
    m = len(sub)
    i = start
    while i + m <= n:
        assert i >= 0 and m >= 0
        if u[i:i + m] == sub:
            return i
        i += 1
    return -1


def str_split_sep(u, sep):
    parts = []
    start = 0
    while True:
        i = str_find(u, sep, start)
        if i < 0:
            break
        assert start >= 0 and i >= 0
        parts.append(u[start:i])
        start = i + len(sep)
    assert start >= 0
    parts.append(u[start:])
    return parts


def str_replace(u, old, new):
    if len(old) == 0:
        b = UnicodeBuilder()
        b.append(new)
        for ch in u:
            b.append(ch)
            b.append(new)
        return b.build()
    return new.join(str_split_sep(u, old))
