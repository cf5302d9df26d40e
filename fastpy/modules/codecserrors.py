"""Codec error handling for `_codecs` (CPython 3.11's Python/codecs.c).

The codecs (codecsimpl.py) report a problem with

    decode_error(errors, encoding, reason, s, start, end)
        -> (replacement unicode, position to resume at)
    encode_error(errors, encoding, reason, u, start, end)
        -> (replacement unicode or None, replacement bytes or None, pos)

The eight standard handlers run natively; any other name is looked up
in the error-handler registry (`register_error`) and the handler is
called with a Unicode*Error instance, as CPython does.  The standard
handlers are also published as builtin functions (`strict_errors`,
`surrogateescape`, ...) that `lookup_error` returns.
"""

from rpython.rlib.rstring import UnicodeBuilder, StringBuilder
from fastpy.unicodedb import db as unicodedb

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.exceptions import W_BaseException
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.hexdigit import char_escape, hexdigits



class ErrorState(object):
    def __init__(self):
        self.w_handlers = None      # W_DictObject name -> handler

state = ErrorState()


def handlers_dict():
    w_dict = state.w_handlers
    if w_dict is None:
        from fastpy.modules.hiddenroots import hold_root
        w_dict = W_DictObject()
        hold_root(w_dict)
        state.w_handlers = w_dict
    return w_dict


# ---------------------------------------------------------------- escapes

def _name_of(c):
    try:
        return unicodedb.name(c)
    except KeyError:
        return None


def _replace_encode(kind, u, start, end):
    """The replacement for u[start:end] by one of the replacing handlers
    (kind: 'replace', 'backslashreplace', 'xmlcharrefreplace',
    'namereplace'), as an ASCII str."""
    b = StringBuilder(end - start)
    for k in range(start, end):
        c = ord(u[k])
        if kind == 'replace':
            b.append('?')
        elif kind == 'backslashreplace':
            b.append(char_escape(c))
        elif kind == 'xmlcharrefreplace':
            b.append('&#%d;' % c)
        else:
            name = _name_of(c)
            if name is None:
                b.append(char_escape(c))
            else:
                b.append('\\N{')
                b.append(name)
                b.append('}')
    return b.build()


# ---------------------------------------------------------------- surrogatepass

# encodings the surrogatepass handler knows: (bytes per unit, big endian)
def _surrogatepass_kind(encoding):
    name = encoding.lower().replace('_', '-')
    if name == 'utf-8' or name == 'utf8':
        return 8, False
    if name == 'utf-16' or name == 'utf-16-le' or name == 'utf-16le':
        return 16, False
    if name == 'utf-16-be' or name == 'utf-16be':
        return 16, True
    if name == 'utf-32' or name == 'utf-32-le' or name == 'utf-32le':
        return 32, False
    if name == 'utf-32-be' or name == 'utf-32be':
        return 32, True
    return 0, False


def _surrogatepass_encode(encoding, u, start, end):
    """The bytes, or None when a character is not a surrogate (or the
    encoding is not one of the UTF codecs)."""
    kind, big = _surrogatepass_kind(encoding)
    if kind == 0:
        return None
    b = StringBuilder((end - start) * 4)
    for k in range(start, end):
        c = ord(u[k])
        if not 0xd800 <= c <= 0xdfff:
            return None
        if kind == 8:
            b.append(chr(0xe0 | (c >> 12)))
            b.append(chr(0x80 | ((c >> 6) & 0x3f)))
            b.append(chr(0x80 | (c & 0x3f)))
        elif kind == 16:
            if big:
                b.append(chr(c >> 8))
                b.append(chr(c & 0xff))
            else:
                b.append(chr(c & 0xff))
                b.append(chr(c >> 8))
        else:
            if big:
                b.append('\x00\x00')
                b.append(chr(c >> 8))
                b.append(chr(c & 0xff))
            else:
                b.append(chr(c & 0xff))
                b.append(chr(c >> 8))
                b.append('\x00\x00')
    return b.build()


def _surrogatepass_decode(encoding, s, start):
    """The surrogate coded at s[start:], and its length in bytes; 0 if
    there is none."""
    kind, big = _surrogatepass_kind(encoding)
    n = len(s)
    c = 0
    size = 0
    if kind == 8:
        if start + 3 <= n:
            b0 = ord(s[start])
            b1 = ord(s[start + 1])
            b2 = ord(s[start + 2])
            if (b0 & 0xf0) == 0xe0 and (b1 & 0xc0) == 0x80 and \
                    (b2 & 0xc0) == 0x80:
                c = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)
                size = 3
    elif kind == 16:
        if start + 2 <= n:
            if big:
                c = (ord(s[start]) << 8) | ord(s[start + 1])
            else:
                c = (ord(s[start + 1]) << 8) | ord(s[start])
            size = 2
    elif kind == 32:
        if start + 4 <= n:
            if big:
                c = ((ord(s[start]) << 24) | (ord(s[start + 1]) << 16) |
                     (ord(s[start + 2]) << 8) | ord(s[start + 3]))
            else:
                c = ((ord(s[start + 3]) << 24) | (ord(s[start + 2]) << 16) |
                     (ord(s[start + 1]) << 8) | ord(s[start]))
            size = 4
    if size == 0 or not 0xd800 <= c <= 0xdfff:
        return 0, 0
    return c, size


# ---------------------------------------------------------------- exceptions

def make_exc(w_type, encoding, w_object, start, end, reason):
    """A Unicode{En,De}codeError instance (a temporary)."""
    args_w = [space.newtext(encoding), w_object, newint(start),
              newint(end), space.newtext(reason)]
    return W_BaseException(w_type, args_w)


def decode_exc(encoding, s, start, end, reason):
    return OperationError(make_exc(exc.w_UnicodeDecodeError, encoding,
                                   W_BytesObject(s), start, end, reason))


def encode_exc(encoding, u, start, end, reason):
    return OperationError(make_exc(exc.w_UnicodeEncodeError, encoding,
                                   newstr(u), start, end, reason))


# ---------------------------------------------------------------- codecs' side

def decode_error(errors, encoding, reason, s, start, end):
    if errors == 'strict':
        raise decode_exc(encoding, s, start, end, reason)
    if errors == 'ignore':
        return u'', end
    if errors == 'replace':
        return u'\ufffd', end
    if errors == 'backslashreplace':
        b = StringBuilder(4 * (end - start))
        for k in range(start, end):
            b.append('\\x')
            hexdigits(b, ord(s[k]), 2)
        return b.build().decode('ascii'), end
    if errors == 'surrogateescape':
        ub = UnicodeBuilder(4)
        consumed = 0
        while consumed < 4 and consumed < end - start:
            c = ord(s[start + consumed])
            if c < 128:
                break
            ub.append(unichr(0xdc00 + c))
            consumed += 1
        if consumed == 0:
            raise decode_exc(encoding, s, start, end, reason)
        return ub.build(), start + consumed
    if errors == 'surrogatepass':
        c, size = _surrogatepass_decode(encoding, s, start)
        if size == 0:
            raise decode_exc(encoding, s, start, end, reason)
        return unichr(c), start + size
    if errors == 'xmlcharrefreplace' or errors == 'namereplace':
        raise oefmt(exc.w_TypeError, "don't know how to handle "
                    "UnicodeDecodeError in error callback")
    w_exc = make_exc(exc.w_UnicodeDecodeError, encoding, W_BytesObject(s),
                     start, end, reason)
    w_rep, newpos = _call_custom(errors, w_exc, len(s), False)
    assert isinstance(w_rep, W_StrObject)
    return w_rep.value, newpos


def encode_error(errors, encoding, reason, u, start, end):
    """(unicode replacement, None, pos) or (None, bytes, pos)."""
    if errors == 'strict':
        raise encode_exc(encoding, u, start, end, reason)
    if errors == 'ignore':
        return None, '', end
    if errors == 'replace' or errors == 'backslashreplace' or \
            errors == 'xmlcharrefreplace' or errors == 'namereplace':
        return _replace_encode(errors, u, start, end).decode('ascii'), \
            None, end
    if errors == 'surrogateescape':
        b = StringBuilder(end - start)
        k = start
        while k < end:
            c = ord(u[k])
            if not 0xdc80 <= c <= 0xdcff:
                break
            b.append(chr(c - 0xdc00))
            k += 1
        if k < end:
            # CPython's encoders escape what they can, then fail on the
            # rest of the run
            raise encode_exc(encoding, u, k, end, reason)
        return None, b.build(), end
    if errors == 'surrogatepass':
        rs = _surrogatepass_encode(encoding, u, start, end)
        if rs is None:
            raise encode_exc(encoding, u, start, end, reason)
        return None, rs, end
    w_exc = make_exc(exc.w_UnicodeEncodeError, encoding, newstr(u),
                     start, end, reason)
    w_rep, newpos = _call_custom(errors, w_exc, len(u), True)
    if isinstance(w_rep, W_BytesObject):
        return None, w_rep.value, newpos
    assert isinstance(w_rep, W_StrObject)
    return w_rep.value, None, newpos


def _call_custom(errors, w_exc, length, encoding):
    from fastpy.modules.modtypes import call_holding
    w_handler = lookup_error(errors)
    try:
        w_res = call_holding(w_handler, [w_exc])
    except OperationError as e:
        if e.w_exc is not w_exc:
            refcount.discard(w_exc)
        raise
    refcount.discard(w_exc)
    ok = False
    w_rep = None
    w_pos = None
    if isinstance(w_res, W_TupleObject) and len(w_res.items_w) == 2:
        w_rep = w_res.items_w[0]
        w_pos = w_res.items_w[1]
        ok = isinstance(w_rep, W_StrObject) or (
            encoding and isinstance(w_rep, W_BytesObject))
        ok = ok and space.is_int(w_pos)
    if not ok:
        refcount.discard(w_res)
        if encoding:
            raise oefmt(exc.w_TypeError, "encoding error handler must "
                        "return (str/bytes, int) tuple")
        raise oefmt(exc.w_TypeError, "decoding error handler must return "
                    "(str, int) tuple")
    assert w_pos is not None
    if not isinstance(w_pos, W_IntObject):
        refcount.discard(w_res)
        raise oefmt(exc.w_IndexError, "cannot fit 'int' into an "
                    "index-sized integer")
    newpos = w_pos.intval
    refcount.discard(w_res)
    if newpos < 0:
        newpos += length
    if newpos < 0 or newpos > length:
        raise oefmt(exc.w_IndexError, "position %d from error handler out "
                    "of bounds" % newpos)
    return w_rep, newpos


# ---------------------------------------------------------------- registry

STANDARD = ['strict', 'ignore', 'replace', 'xmlcharrefreplace',
            'backslashreplace', 'namereplace', 'surrogateescape',
            'surrogatepass']


def lookup_error(name):
    w_handler = handlers_dict().getitem(space.newtext(name))
    if w_handler is not None:
        return w_handler
    for i in range(len(STANDARD)):
        if STANDARD[i] == name:
            return STANDARD_W[i]
    raise oefmt(exc.w_LookupError, "unknown error handler name '%s'" %
                name)


def register_error(name, w_handler):
    handlers_dict().setitem(space.newtext(name), w_handler)


# ---------------------------------------------------------------- handlers as functions

KIND_ENCODE, KIND_DECODE, KIND_TRANSLATE, KIND_OTHER = 0, 1, 2, 3


def _kind(w_exc):
    if space.isinstance_w(w_exc, exc.w_UnicodeEncodeError):
        return KIND_ENCODE
    if space.isinstance_w(w_exc, exc.w_UnicodeDecodeError):
        return KIND_DECODE
    if space.isinstance_w(w_exc, exc.w_UnicodeTranslateError):
        return KIND_TRANSLATE
    return KIND_OTHER


def _wrong_kind(w_exc):
    if not space.isinstance_w(w_exc, exc.w_BaseException):
        return oefmt(exc.w_TypeError, "don't know how to handle %s in error "
                     "callback" % space.type_name(w_exc))
    return oefmt(exc.w_TypeError, "don't know how to handle %s in error "
                 "callback" % space.type_name(w_exc))


def _int_attr(w_exc, name):
    w_v = space.getattr_w(w_exc, name)
    return space.int_w(w_v)


def _str_attr(w_exc, name):
    w_v = space.getattr_w(w_exc, name)
    if isinstance(w_v, W_StrObject):
        return w_v.value
    raise oefmt(exc.w_TypeError, "%s attribute must be unicode" % name)


def _bytes_attr(w_exc, name):
    w_v = space.getattr_w(w_exc, name)
    if isinstance(w_v, W_BytesObject):
        return w_v.value
    raise oefmt(exc.w_TypeError, "%s attribute must be bytes" % name)


def _fields(w_exc, kind):
    """start and end, clamped as CPython's PyUnicode*Error_GetStart/End."""
    start = _int_attr(w_exc, 'start')
    end = _int_attr(w_exc, 'end')
    if kind == KIND_DECODE:
        size = len(_bytes_attr(w_exc, 'object'))
    else:
        size = len(_str_attr(w_exc, 'object'))
    if start < 0:
        start = 0
    if start >= size:
        start = size - 1 if size > 0 else 0
    if end < 1:
        end = 1
    if end > size:
        end = size
    return start, end


def _result(w_rep, end):
    return newtuple([w_rep, newint(end)])


def _reraise(w_exc):
    raise OperationError(w_exc)


def strict_errors(w_exc):
    if isinstance(w_exc, W_BaseException):
        _reraise(w_exc)
    raise oefmt(exc.w_TypeError, "codec must pass exception instance")


def ignore_errors(w_exc):
    kind = _kind(w_exc)
    if kind == KIND_OTHER:
        raise _wrong_kind(w_exc)
    end = _int_attr(w_exc, 'end')
    return _result(newstr(u''), end)


def replace_errors(w_exc):
    kind = _kind(w_exc)
    if kind == KIND_OTHER:
        raise _wrong_kind(w_exc)
    start, end = _fields(w_exc, kind)
    if kind == KIND_ENCODE:
        return _result(newstr(u'?' * max(end - start, 0)), end)
    if kind == KIND_DECODE:
        return _result(newstr(u'\ufffd'), end)
    return _result(newstr(u'\ufffd' * max(end - start, 0)), end)


def _text_replace(w_exc, kind, how):
    start, end = _fields(w_exc, kind)
    u = _str_attr(w_exc, 'object')
    if end < start:
        end = start
    return _result(newstr(_replace_encode(how, u, start, end).decode(
        'ascii')), end)


def backslashreplace_errors(w_exc):
    kind = _kind(w_exc)
    if kind == KIND_OTHER:
        raise _wrong_kind(w_exc)
    if kind == KIND_DECODE:
        start, end = _fields(w_exc, kind)
        s = _bytes_attr(w_exc, 'object')
        b = StringBuilder(4 * (end - start))
        for k in range(start, end):
            b.append('\\x')
            hexdigits(b, ord(s[k]), 2)
        return _result(newstr(b.build().decode('ascii')), end)
    return _text_replace(w_exc, kind, 'backslashreplace')


def xmlcharrefreplace_errors(w_exc):
    kind = _kind(w_exc)
    if kind != KIND_ENCODE:
        raise _wrong_kind(w_exc)
    return _text_replace(w_exc, kind, 'xmlcharrefreplace')


def namereplace_errors(w_exc):
    kind = _kind(w_exc)
    if kind != KIND_ENCODE:
        raise _wrong_kind(w_exc)
    return _text_replace(w_exc, kind, 'namereplace')


def _encoding_attr(w_exc):
    w_v = space.getattr_w(w_exc, 'encoding')
    if isinstance(w_v, W_StrObject):
        return w_v.value.encode('utf-8')
    raise oefmt(exc.w_TypeError, "encoding attribute must be unicode")


def surrogateescape_errors(w_exc):
    kind = _kind(w_exc)
    if kind == KIND_ENCODE:
        start, end = _fields(w_exc, kind)
        u = _str_attr(w_exc, 'object')
        b = StringBuilder(end - start)
        for k in range(start, end):
            c = ord(u[k])
            if not 0xdc80 <= c <= 0xdcff:
                _reraise(w_exc)
            b.append(chr(c - 0xdc00))
        return _result(W_BytesObject(b.build()), end)
    if kind == KIND_DECODE:
        start, end = _fields(w_exc, kind)
        s = _bytes_attr(w_exc, 'object')
        ub = UnicodeBuilder(4)
        consumed = 0
        while consumed < 4 and consumed < end - start:
            c = ord(s[start + consumed])
            if c < 128:
                break
            ub.append(unichr(0xdc00 + c))
            consumed += 1
        if consumed == 0:
            _reraise(w_exc)
        return _result(newstr(ub.build()), start + consumed)
    raise _wrong_kind(w_exc)


def surrogatepass_errors(w_exc):
    kind = _kind(w_exc)
    if kind == KIND_ENCODE:
        start, end = _fields(w_exc, kind)
        u = _str_attr(w_exc, 'object')
        rs = _surrogatepass_encode(_encoding_attr(w_exc), u, start, end)
        if rs is None:
            _reraise(w_exc)
        return _result(W_BytesObject(rs), end)
    if kind == KIND_DECODE:
        start, end = _fields(w_exc, kind)
        s = _bytes_attr(w_exc, 'object')
        c, size = _surrogatepass_decode(_encoding_attr(w_exc), s, start)
        if size == 0:
            _reraise(w_exc)
        return _result(newstr(unichr(c)), start + size)
    raise _wrong_kind(w_exc)


def _builtin(name, impl):
    w_func = interp2app('%s(exception, /)' % name, impl)
    w_func.module_name = '_codecs'
    return w_func


STANDARD_W = [
    _builtin('strict_errors', strict_errors),
    _builtin('ignore_errors', ignore_errors),
    _builtin('replace_errors', replace_errors),
    _builtin('xmlcharrefreplace_errors', xmlcharrefreplace_errors),
    _builtin('backslashreplace_errors', backslashreplace_errors),
    _builtin('namereplace_errors', namereplace_errors),
    _builtin('surrogateescape', surrogateescape_errors),
    _builtin('surrogatepass', surrogatepass_errors),
]
