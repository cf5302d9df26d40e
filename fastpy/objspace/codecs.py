"""The codecs of str.encode and bytes.decode: utf-8, latin-1 and ascii,
with the error handlers strict, replace, ignore (and backslashreplace /
xmlcharrefreplace for encoding), and CPython's exact error messages."""

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace.hexdigit import char_escape, hex2

UTF8, LATIN1, ASCII = 0, 1, 2
CODEC_NAMES = ['utf-8', 'latin-1', 'ascii']


def lookup_codec(encoding):
    codec = find_codec(encoding)
    if codec < 0:
        raise oefmt(exc.w_LookupError, "unknown encoding: %s" % encoding)
    return codec


FAST_ERRORS = ['strict', 'replace', 'ignore', 'backslashreplace',
               'xmlcharrefreplace', 'surrogateescape']


def _fast_errors(errors):
    for name in FAST_ERRORS:
        if errors == name:
            return True
    return False


def find_codec(encoding):
    """UTF8, LATIN1, ASCII, or -1 for the codecs of the registry."""
    name = encoding.lower().replace('_', '-')
    if name == 'utf-8' or name == 'utf8' or name == 'u8':
        return UTF8
    if name in ('latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1',
                'iso-ir-100', 'cp819', 'latin'):
        return LATIN1
    if name in ('ascii', 'us-ascii', '646'):
        return ASCII
    return -1


def _check_errors(errors):
    if errors not in ('strict', 'replace', 'ignore', 'backslashreplace',
                      'xmlcharrefreplace', 'surrogateescape'):
        raise oefmt(exc.w_LookupError,
                    "unknown error handler name '%s'" % errors)


# ---------------------------------------------------------------- encode

def encode(u, encoding, errors):
    codec = find_codec(encoding)
    if codec < 0 or not _fast_errors(errors):
        # other codecs and error handlers: the _codecs module
        from fastpy.modules.codecsmodule import encode_other
        return encode_other(u, codec, encoding, errors)
    if codec == UTF8:
        limit = 0x110000
    elif codec == LATIN1:
        limit = 0x100
    else:
        limit = 0x80
    b = StringBuilder(len(u))
    i = 0
    n = len(u)
    while i < n:
        c = ord(u[i])
        if c < 0x80:
            b.append(chr(c))
            i += 1
            continue
        bad = c >= limit or (codec == UTF8 and 0xd800 <= c <= 0xdfff)
        if not bad:
            if codec == UTF8:
                utf8_append(b, c)
            else:
                b.append(chr(c))
            i += 1
            continue
        # a run of unencodable characters
        j = i + 1
        while j < n and _unencodable(ord(u[j]), codec, limit):
            j += 1
        if codec == UTF8:
            reason = 'surrogates not allowed'
        else:
            reason = 'ordinal not in range(%d)' % limit
        if errors == 'strict':
            # str() gives "'ascii' codec can't encode character ..."
            from fastpy.objspace.excfields import unicode_error
            from fastpy.objspace.strobject import newstr
            raise unicode_error(exc.w_UnicodeEncodeError, CODEC_NAMES[codec],
                                newstr(u), i, j, reason)
        _check_errors(errors)
        for k in range(i, j):
            ck = ord(u[k])
            if errors == 'replace':
                b.append('?')
            elif errors == 'backslashreplace':
                b.append(char_escape(ck))
            elif errors == 'xmlcharrefreplace':
                b.append('&#%d;' % ck)
            elif errors == 'surrogateescape' and 0xdc80 <= ck <= 0xdcff:
                b.append(chr(ck - 0xdc00))
        i = j
    return b.build()


def _unencodable(c, codec, limit):
    return c >= limit or (codec == UTF8 and 0xd800 <= c <= 0xdfff)


def utf8_append(b, c):
    if c < 0x80:
        b.append(chr(c))
    elif c < 0x800:
        b.append(chr(0xc0 | (c >> 6)))
        b.append(chr(0x80 | (c & 0x3f)))
    elif c < 0x10000:
        b.append(chr(0xe0 | (c >> 12)))
        b.append(chr(0x80 | ((c >> 6) & 0x3f)))
        b.append(chr(0x80 | (c & 0x3f)))
    else:
        b.append(chr(0xf0 | (c >> 18)))
        b.append(chr(0x80 | ((c >> 12) & 0x3f)))
        b.append(chr(0x80 | ((c >> 6) & 0x3f)))
        b.append(chr(0x80 | (c & 0x3f)))


# ---------------------------------------------------------------- decode

def _decode_error(codec, s, start, end, reason):
    """str() gives "'utf-8' codec can't decode byte 0x.. in position
    ..." (excfields.py formats it from the fields)."""
    from fastpy.objspace.excfields import unicode_error
    from fastpy.objspace.bytesobject import W_BytesObject
    return unicode_error(exc.w_UnicodeDecodeError, CODEC_NAMES[codec],
                         W_BytesObject(s), start, end, reason)


def _handle_decode(b, codec, s, start, end, reason, errors):
    if errors == 'strict':
        raise _decode_error(codec, s, start, end, reason)
    _check_errors(errors)
    if errors == 'replace':
        b.append(u'\ufffd')
    elif errors == 'backslashreplace':
        for k in range(start, end):
            b.append(u'\\x' + hex2(ord(s[k])).decode('ascii'))
    elif errors == 'surrogateescape':
        for k in range(start, end):
            b.append(unichr(0xdc00 + ord(s[k])))


def decode(s, encoding, errors):
    codec = find_codec(encoding)
    if codec < 0 or not _fast_errors(errors):
        from fastpy.modules.codecsmodule import decode_other
        return decode_other(s, codec, encoding, errors)
    if codec == LATIN1:
        return s.decode('latin-1')
    b = UnicodeBuilder(len(s))
    if codec == ASCII:
        for k in range(len(s)):
            c = ord(s[k])
            if c < 0x80:
                b.append(unichr(c))
            else:
                _handle_decode(b, codec, s, k, k + 1,
                               'ordinal not in range(128)', errors)
        return b.build()
    n = len(s)
    i = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            b.append(unichr(c))
            i += 1
            continue
        if c < 0xc2 or c > 0xf4:
            _handle_decode(b, codec, s, i, i + 1, 'invalid start byte',
                           errors)
            i += 1
            continue
        if c < 0xe0:
            need = 1
        elif c < 0xf0:
            need = 2
        else:
            need = 3
        code = c & (0x3f >> need)
        j = i + 1
        bad = False
        for k in range(need):
            if j >= n:
                _handle_decode(b, codec, s, i, n, 'unexpected end of data',
                               errors)
                bad = True
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
                _handle_decode(b, codec, s, i, j,
                               'invalid continuation byte', errors)
                bad = True
                break
            code = (code << 6) | (cc & 0x3f)
            j += 1
        if bad:
            i = j if j > i + 1 else i + 1
            if j >= n:
                i = n
            continue
        b.append(unichr(code))
        i = j
    return b.build()
