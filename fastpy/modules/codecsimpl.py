"""The codec algorithms of `_codecs`, CPython 3.11's (Objects/unicodeobject.c,
Objects/stringlib/codecs.h, Objects/bytesobject.c): the same error ranges,
reasons and encoding names in the exceptions.  Errors go through
codecserrors.py (decode_error / encode_error).

Decoders take an RPython str and return (unicode, bytes consumed);
encoders take unicode and return an RPython str.
"""

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from fastpy.unicodedb import db as unicodedb

from fastpy.interpreter.error import oefmt
from fastpy.modules.codecserrors import (decode_error, encode_error,
                                         encode_exc)
from fastpy.objspace import exceptions as exc
from fastpy.objspace.codecs import utf8_append
from fastpy.objspace.hexdigit import hex_value, hexdigits


def _rep_ascii(encoding, reason, u, start, end, ru, limit, b):
    """Append a str replacement from an error handler: every character
    must be below `limit`, else the original error, strict."""
    for ch in ru:
        if ord(ch) >= limit:
            raise encode_exc(encoding, u, start, end, reason)
        b.append(chr(ord(ch)))


# ---------------------------------------------------------------- utf-8

def utf8_encode(u, errors):
    n = len(u)
    b = StringBuilder(n)
    i = 0
    while i < n:
        c = ord(u[i])
        if not 0xd800 <= c <= 0xdfff:
            utf8_append(b, c)
            i += 1
            continue
        j = i + 1
        while j < n and 0xd800 <= ord(u[j]) <= 0xdfff:
            j += 1
        reason = 'surrogates not allowed'
        ru, rs, newpos = encode_error(errors, 'utf-8', reason, u, i, j)
        if rs is not None:
            b.append(rs)
        else:
            assert ru is not None
            _rep_ascii('utf-8', reason, u, i, j, ru, 0x80, b)
        i = newpos
    return b.build()


def utf8_decode(s, errors, final):
    n = len(s)
    b = UnicodeBuilder(n)
    i = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            b.append(unichr(c))
            i += 1
            continue
        if c < 0xc2 or c > 0xf4:
            rep, i = decode_error(errors, 'utf-8', 'invalid start byte', s,
                                  i, i + 1)
            b.append(rep)
            continue
        if c < 0xe0:
            need = 1
        elif c < 0xf0:
            need = 2
        else:
            need = 3
        code = c & (0x3f >> need)
        j = i + 1
        bad = ''
        for k in range(need):
            if j >= n:
                bad = 'end'
                break
            cc = ord(s[j])
            lo, hi = 0x80, 0xbf
            if k == 0:
                if c == 0xe0:
                    lo = 0xa0
                elif c == 0xed:
                    hi = 0x9f
                elif c == 0xf0:
                    lo = 0x90
                elif c == 0xf4:
                    hi = 0x8f
            if cc < lo or cc > hi:
                bad = 'cont'
                break
            code = (code << 6) | (cc & 0x3f)
            j += 1
        if bad == 'end':
            if not final:
                break
            rep, i = decode_error(errors, 'utf-8', 'unexpected end of data',
                                  s, i, n)
            b.append(rep)
            continue
        if bad == 'cont':
            rep, i = decode_error(errors, 'utf-8',
                                  'invalid continuation byte', s, i, j)
            b.append(rep)
            continue
        b.append(unichr(code))
        i = j
    return b.build(), i


# ---------------------------------------------------------------- latin-1, ascii

def ucs1_encode(u, errors, limit):
    if limit == 256:
        encoding = 'latin-1'
        reason = 'ordinal not in range(256)'
    else:
        encoding = 'ascii'
        reason = 'ordinal not in range(128)'
    n = len(u)
    b = StringBuilder(n)
    i = 0
    while i < n:
        c = ord(u[i])
        if c < limit:
            b.append(chr(c))
            i += 1
            continue
        j = i + 1
        while j < n and ord(u[j]) >= limit:
            j += 1
        ru, rs, newpos = encode_error(errors, encoding, reason, u, i, j)
        if rs is not None:
            b.append(rs)
        else:
            assert ru is not None
            _rep_ascii(encoding, reason, u, i, j, ru, limit, b)
        i = newpos
    return b.build()


def latin1_decode(s):
    return s.decode('latin-1')


def ascii_decode(s, errors):
    n = len(s)
    b = UnicodeBuilder(n)
    i = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            b.append(unichr(c))
            i += 1
            continue
        rep, i = decode_error(errors, 'ascii', 'ordinal not in range(128)',
                              s, i, i + 1)
        b.append(rep)
    return b.build()


# ---------------------------------------------------------------- utf-16

def _put16(b, c, big):
    if big:
        b.append(chr((c >> 8) & 0xff))
        b.append(chr(c & 0xff))
    else:
        b.append(chr(c & 0xff))
        b.append(chr((c >> 8) & 0xff))


def utf16_encode(u, errors, byteorder):
    """byteorder: 0 native with a BOM, -1 little, 1 big endian."""
    big = byteorder == 1
    if byteorder == 0:
        encoding = 'utf-16'
    elif big:
        encoding = 'utf-16-be'
    else:
        encoding = 'utf-16-le'
    n = len(u)
    b = StringBuilder(2 * n + 2)
    if byteorder == 0:
        _put16(b, 0xfeff, False)
    i = 0
    while i < n:
        c = ord(u[i])
        if c < 0xd800 or 0xe000 <= c < 0x10000:
            _put16(b, c, big)
            i += 1
            continue
        if c >= 0x10000:
            c -= 0x10000
            _put16(b, 0xd800 | (c >> 10), big)
            _put16(b, 0xdc00 | (c & 0x3ff), big)
            i += 1
            continue
        reason = 'surrogates not allowed'
        ru, rs, newpos = encode_error(errors, encoding, reason, u, i, i + 1)
        if rs is not None:
            if len(rs) % 2 != 0:
                raise encode_exc(encoding, u, i, i + 1, reason)
            b.append(rs)
        else:
            assert ru is not None
            for ch in ru:
                if ord(ch) >= 0x80:
                    raise encode_exc(encoding, u, i, i + 1, reason)
                _put16(b, ord(ch), big)
        i = newpos
    return b.build()


def _get16(s, i, big):
    if big:
        return (ord(s[i]) << 8) | ord(s[i + 1])
    return (ord(s[i + 1]) << 8) | ord(s[i])


def utf16_decode(s, errors, byteorder, final):
    """(unicode, consumed, byteorder found): byteorder 0 reads a BOM."""
    n = len(s)
    i = 0
    bo = byteorder
    if bo == 0 and n >= 2:
        bom = _get16(s, 0, False)
        if bom == 0xfeff:
            i = 2
            bo = -1
        elif bom == 0xfffe:
            i = 2
            bo = 1
    big = bo == 1
    encoding = 'utf-16-be' if big else 'utf-16-le'
    b = UnicodeBuilder(n // 2)
    while i < n:
        if n - i < 2:
            if not final:
                break
            rep, i = decode_error(errors, encoding, 'truncated data', s, i,
                                  n)
            b.append(rep)
            continue
        c = _get16(s, i, big)
        if c < 0xd800 or c > 0xdfff:
            b.append(unichr(c))
            i += 2
            continue
        if c >= 0xdc00:
            rep, i = decode_error(errors, encoding, 'illegal encoding', s,
                                  i, i + 2)
            b.append(rep)
            continue
        if n - i < 4:
            if not final:
                break
            rep, i = decode_error(errors, encoding, 'unexpected end of data',
                                  s, i, n)
            b.append(rep)
            continue
        c2 = _get16(s, i + 2, big)
        if not 0xdc00 <= c2 <= 0xdfff:
            rep, i = decode_error(errors, encoding,
                                  'illegal UTF-16 surrogate', s, i, i + 2)
            b.append(rep)
            continue
        b.append(unichr(0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff))))
        i += 4
    return b.build(), i, bo


# ---------------------------------------------------------------- utf-32

def _put32(b, c, big):
    if big:
        b.append(chr((c >> 24) & 0xff))
        b.append(chr((c >> 16) & 0xff))
        b.append(chr((c >> 8) & 0xff))
        b.append(chr(c & 0xff))
    else:
        b.append(chr(c & 0xff))
        b.append(chr((c >> 8) & 0xff))
        b.append(chr((c >> 16) & 0xff))
        b.append(chr((c >> 24) & 0xff))


def utf32_encode(u, errors, byteorder):
    big = byteorder == 1
    if byteorder == 0:
        encoding = 'utf-32'
    elif big:
        encoding = 'utf-32-be'
    else:
        encoding = 'utf-32-le'
    n = len(u)
    b = StringBuilder(4 * n + 4)
    if byteorder == 0:
        _put32(b, 0xfeff, False)
    i = 0
    while i < n:
        c = ord(u[i])
        if not 0xd800 <= c <= 0xdfff:
            _put32(b, c, big)
            i += 1
            continue
        reason = 'surrogates not allowed'
        ru, rs, newpos = encode_error(errors, encoding, reason, u, i, i + 1)
        if rs is not None:
            if len(rs) % 4 != 0:
                raise encode_exc(encoding, u, i, i + 1, reason)
            b.append(rs)
        else:
            assert ru is not None
            for ch in ru:
                if ord(ch) >= 0x80:
                    raise encode_exc(encoding, u, i, i + 1, reason)
                _put32(b, ord(ch), big)
        i = newpos
    return b.build()


def _get32(s, i, big):
    if big:
        return ((ord(s[i]) << 24) | (ord(s[i + 1]) << 16) |
                (ord(s[i + 2]) << 8) | ord(s[i + 3]))
    return ((ord(s[i + 3]) << 24) | (ord(s[i + 2]) << 16) |
            (ord(s[i + 1]) << 8) | ord(s[i]))


def utf32_decode(s, errors, byteorder, final):
    n = len(s)
    i = 0
    bo = byteorder
    if bo == 0 and n >= 4:
        bom = _get32(s, 0, False)
        if bom == 0xfeff:
            i = 4
            bo = -1
        elif bom == 0xfffe0000:
            i = 4
            bo = 1
    big = bo == 1
    encoding = 'utf-32-be' if big else 'utf-32-le'
    b = UnicodeBuilder(n // 4)
    while i < n:
        if n - i < 4:
            if not final:
                break
            rep, i = decode_error(errors, encoding, 'truncated data', s, i,
                                  n)
            b.append(rep)
            continue
        c = _get32(s, i, big)
        if c > 0x10ffff:
            rep, i = decode_error(errors, encoding,
                                  'code point not in range(0x110000)', s, i,
                                  i + 4)
            b.append(rep)
            continue
        if 0xd800 <= c <= 0xdfff:
            rep, i = decode_error(errors, encoding, 'code point in surrogate '
                                  'code point range(0xd800, 0xe000)', s, i,
                                  i + 4)
            b.append(rep)
            continue
        b.append(unichr(c))
        i += 4
    return b.build(), i, bo


# ---------------------------------------------------------------- unicode-escape

def unicode_escape_encode(u, raw):
    b = StringBuilder(len(u))
    for ch in u:
        c = ord(ch)
        if raw:
            if c < 0x100:
                b.append(chr(c))
                continue
        elif 0x20 <= c < 0x7f:
            if ch == u'\\':
                b.append('\\\\')
            else:
                b.append(chr(c))
            continue
        elif ch == u'\t':
            b.append('\\t')
            continue
        elif ch == u'\n':
            b.append('\\n')
            continue
        elif ch == u'\r':
            b.append('\\r')
            continue
        elif c < 0x100:
            b.append('\\x')
            hexdigits(b, c, 2)
            continue
        if c < 0x10000:
            b.append('\\u')
            hexdigits(b, c, 4)
        else:
            b.append('\\U')
            hexdigits(b, c, 8)
    return b.build()


def _simple_escape(ch):
    """The character of a one-letter escape, or -1."""
    if ch == '\n':
        return -2       # line continuation: nothing
    if ch == '\\':
        return ord('\\')
    if ch == "'":
        return ord("'")
    if ch == '"':
        return ord('"')
    if ch == 'b':
        return 8
    if ch == 'f':
        return 12
    if ch == 't':
        return 9
    if ch == 'n':
        return 10
    if ch == 'r':
        return 13
    if ch == 'v':
        return 11
    if ch == 'a':
        return 7
    return -1


def unicode_escape_decode(s, errors, final):
    encoding = 'unicodeescape'
    n = len(s)
    b = UnicodeBuilder(n)
    i = 0
    while i < n:
        ch = s[i]
        if ch != '\\':
            b.append(unichr(ord(ch)))
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if not final:
                i = start
                break
            rep, i = decode_error(errors, encoding, '\\ at end of string', s,
                                  start, n)
            b.append(rep)
            continue
        ch = s[i]
        i += 1
        simple = _simple_escape(ch)
        if simple == -2:
            continue
        if simple >= 0:
            b.append(unichr(simple))
            continue
        if '0' <= ch <= '7':
            code = ord(ch) - ord('0')
            if i < n and '0' <= s[i] <= '7':
                code = code * 8 + ord(s[i]) - ord('0')
                i += 1
                if i < n and '0' <= s[i] <= '7':
                    code = code * 8 + ord(s[i]) - ord('0')
                    i += 1
            b.append(unichr(code))
            continue
        if ch == 'x' or ch == 'u' or ch == 'U':
            if ch == 'x':
                digits = 2
                reason = 'truncated \\xXX escape'
            elif ch == 'u':
                digits = 4
                reason = 'truncated \\uXXXX escape'
            else:
                digits = 8
                reason = 'truncated \\UXXXXXXXX escape'
            code = 0
            count = 0
            while count < digits and i < n:
                v = hex_value(s[i])
                if v < 0:
                    break
                code = code * 16 + v
                i += 1
                count += 1
            if count < digits:
                if not final and i >= n:
                    i = start
                    break
                rep, i = decode_error(errors, encoding, reason, s, start, i)
                b.append(rep)
                continue
            if code > 0x10ffff:
                rep, i = decode_error(errors, encoding,
                                      'illegal Unicode character', s, start,
                                      i)
                b.append(rep)
                continue
            b.append(unichr(code))
            continue
        if ch == 'N':
            reason = 'malformed \\N character escape'
            incomplete = False
            if i >= n:
                incomplete = True
            elif s[i] == '{':
                j = i + 1
                while j < n and s[j] != '}':
                    j += 1
                if j >= n:
                    incomplete = True
                elif j > i + 1:
                    name_start = i + 1
                    assert name_start >= 0 and j >= name_start
                    code = _lookup_name(s[name_start:j])
                    if code >= 0:
                        b.append(unichr(code))
                        i = j + 1
                        continue
                    reason = 'unknown Unicode character name'
                    i = j + 1
                else:
                    i = j
            if incomplete:
                if not final:
                    i = start
                    break
                i = n
            rep, i = decode_error(errors, encoding, reason, s, start, i)
            b.append(rep)
            continue
        # an unknown escape stays as it is
        b.append(u'\\')
        b.append(unichr(ord(ch)))
    return b.build(), i


def _lookup_name(name):
    for ch in name:
        if ord(ch) >= 0x80:
            return -1
    try:
        return unicodedb.lookup_with_alias(name.upper())
    except KeyError:
        return -1


def raw_unicode_escape_decode(s, errors, final):
    encoding = 'rawunicodeescape'
    n = len(s)
    b = UnicodeBuilder(n)
    i = 0
    while i < n:
        ch = s[i]
        if ch != '\\':
            b.append(unichr(ord(ch)))
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if not final:
                i = start
                break
            b.append(u'\\')
            continue
        if s[i] != 'u' and s[i] != 'U':
            b.append(u'\\')
            b.append(unichr(ord(s[i])))
            i += 1
            continue
        digits = 4 if s[i] == 'u' else 8
        i += 1
        code = 0
        got = 0
        while got < digits and i < n:
            v = hex_value(s[i])
            if v < 0:
                break
            code = code * 16 + v
            i += 1
            got += 1
        if got < digits:
            if not final and i >= n:
                i = start
                break
            if digits == 4:
                reason = 'truncated \\uXXXX escape'
            else:
                reason = 'truncated \\UXXXXXXXX escape'
            rep, i = decode_error(errors, encoding, reason, s, start, i)
            b.append(rep)
            continue
        if code > 0x10ffff:
            rep, i = decode_error(errors, encoding,
                                  '\\Uxxxxxxxx out of range', s, start, i)
            b.append(rep)
            continue
        b.append(unichr(code))
    return b.build(), i


# ---------------------------------------------------------------- escape (bytes)

def escape_encode(s):
    b = StringBuilder(len(s))
    for ch in s:
        c = ord(ch)
        if ch == '\\' or ch == "'":
            b.append('\\')
            b.append(ch)
        elif ch == '\t':
            b.append('\\t')
        elif ch == '\n':
            b.append('\\n')
        elif ch == '\r':
            b.append('\\r')
        elif c < 0x20 or c >= 0x7f:
            b.append('\\x')
            hexdigits(b, c, 2)
        else:
            b.append(ch)
    return b.build()


def escape_decode(s, errors):
    n = len(s)
    b = StringBuilder(n)
    i = 0
    while i < n:
        ch = s[i]
        if ch != '\\':
            b.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise oefmt(exc.w_ValueError, "Trailing \\ in string")
        ch = s[i]
        i += 1
        simple = _simple_escape(ch)
        if simple == -2:
            continue
        if simple >= 0:
            b.append(chr(simple))
            continue
        if '0' <= ch <= '7':
            code = ord(ch) - ord('0')
            if i < n and '0' <= s[i] <= '7':
                code = code * 8 + ord(s[i]) - ord('0')
                i += 1
                if i < n and '0' <= s[i] <= '7':
                    code = code * 8 + ord(s[i]) - ord('0')
                    i += 1
            b.append(chr(code & 0xff))
            continue
        if ch == 'x':
            if i + 1 < n and hex_value(s[i]) >= 0 and hex_value(s[i + 1]) >= 0:
                b.append(chr(hex_value(s[i]) * 16 + hex_value(s[i + 1])))
                i += 2
                continue
            if errors == 'strict':
                raise oefmt(exc.w_ValueError, "invalid \\x escape at "
                            "position %d" % (i - 2))
            if errors == 'replace':
                b.append('?')
            elif errors != 'ignore':
                raise oefmt(exc.w_ValueError, "decoding error; unknown "
                            "error handling code: %s" % errors)
            # skip the hex digits that were there
            if i < n and hex_value(s[i]) >= 0:
                i += 1
            continue
        b.append('\\')
        b.append(ch)
    return b.build()
