"""The `_json` module, json's accelerator: scanstring(),
encode_basestring(), encode_basestring_ascii() and the two callable types
make_scanner (`_json.Scanner`) and make_encoder (`_json.Encoder`), as in
CPython 3.11's Modules/_json.c.  json.decoder, json.scanner and
json.encoder take them when the import succeeds, so the positions and
messages of their errors are those of the C module, not of the
pure-Python fallbacks.

Counting: str, int and float results are uncounted values.  The scanner
holds each list or dict it is filling (incref) until it returns it as a
temporary; the encoder holds the container it is walking and the item it
is writing, since a `default` function or a key's encoder may mutate
what is being encoded."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_unique_id, specialize
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib import rfloat

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import getset, method
from fastpy.interpreter.typecall import constructor
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type, call_holding
from fastpy.objspace.itertypes import _call
from fastpy.objspace import exceptions as exc
from fastpy.objspace import nesting
from fastpy.objspace import protocol
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.dictobject import W_DictObject, newdict, w_dict_type
from fastpy.objspace.floatobject import (W_FloatObject, newfloat, float_repr,
                                         w_float_type)
from fastpy.objspace.floatmethods import parse_float
from fastpy.objspace.intobject import newint, w_int_type
from fastpy.objspace.intmethods import int_from_string
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import W_TupleObject, newtuple

module = ModuleDef('_json', 'json speedups\n')

w_scanner_type = module_type('Scanner', '_json')
w_scanner_type.dict_w['__doc__'] = newstr(u'JSON scanner object')
w_encoder_type = module_type('Encoder', '_json')
w_encoder_type.dict_w['__doc__'] = newstr(
    u'_iterencode(obj, _current_indent_level) -> iterable')

SCANSTRING_DOC = (
    "scanstring(string, end, strict=True) -> (string, end)\n\nScan the "
    "string s for a JSON string. End is the index of the\ncharacter in s "
    "after the quote that started the JSON string.\nUnescapes all valid "
    "JSON string escape sequences and raises ValueError\non attempt to "
    "decode an invalid string. If strict is False then literal\ncontrol "
    "characters are allowed in the string.\n\nReturns a tuple of the "
    "decoded string and the index of the character in s\nafter the end "
    "quote.")
ASCII_DOC = ("encode_basestring_ascii(string) -> string\n\nReturn an "
             "ASCII-only JSON representation of a Python string")
UNICODE_DOC = ("encode_basestring(string) -> string\n\nReturn a JSON "
               "representation of a Python string")


@jit.dont_look_inside
def decode_error(msg, w_string, pos):
    """json.decoder.JSONDecodeError(msg, string, pos), to raise."""
    from fastpy.interpreter import importing
    w_decoder = importing.gcd_import('json.decoder')
    w_cls = space.getattr_w(w_decoder, 'JSONDecodeError')
    refcount.incref(w_cls)
    try:
        w_exc = call_holding(w_cls, [space.newtext(msg), w_string,
                                     newint(pos)])
    finally:
        refcount.decref(w_cls)
    if not isinstance(w_exc, exc.W_BaseException):
        refcount.discard(w_exc)
        return oefmt(exc.w_TypeError,
                     "exceptions must derive from BaseException")
    return OperationError(w_exc)


def stop_iteration(idx):
    from fastpy.interpreter.generator import stop_iteration as stop
    return stop(newint(idx))


def _string_arg(w_string):
    if not isinstance(w_string, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "first argument must be a string, not %s" %
                    space.type_name(w_string))
    return w_string.value


# ---------------------------------------------------------------- strings

def _hex_value(ch):
    c = ord(ch)
    if 0x30 <= c <= 0x39:
        return c - 0x30
    if 0x61 <= c <= 0x66:
        return c - 0x61 + 10
    if 0x41 <= c <= 0x46:
        return c - 0x41 + 10
    return -1


def _simple_escape(ch):
    """The character a one-letter escape stands for, or -1."""
    if ch == u'"' or ch == u'\\' or ch == u'/':
        return ord(ch)
    if ch == u'b':
        return 0x08
    if ch == u'f':
        return 0x0c
    if ch == u'n':
        return 0x0a
    if ch == u'r':
        return 0x0d
    if ch == u't':
        return 0x09
    return -1


def scan_string(w_string, u, end, strict):
    """The JSON string whose opening quote is at end - 1: (its value, the
    index after the closing quote)."""
    length = len(u)
    begin = end - 1
    if end < 0 or length < end:
        raise oefmt(exc.w_ValueError, "end is out of bounds")
    builder = UnicodeBuilder()
    pieces = False
    while True:
        nxt = end
        while nxt < length:
            ch = u[nxt]
            if ch == u'"' or ch == u'\\':
                break
            if strict and ord(ch) <= 0x1f:
                raise decode_error("Invalid control character at",
                                   w_string, nxt)
            nxt += 1
        if nxt >= length:
            raise decode_error("Unterminated string starting at",
                               w_string, begin)
        quote = u[nxt] == u'"'
        if quote and not pieces:
            assert end >= 0
            return u[end:nxt], nxt + 1          # no escapes: one slice
        if nxt != end:
            builder.append_slice(u, end, nxt)
        pieces = True
        nxt += 1
        if quote:
            end = nxt
            break
        if nxt == length:
            raise decode_error("Unterminated string starting at",
                               w_string, begin)
        if u[nxt] != u'u':
            end = nxt + 1
            c = _simple_escape(u[nxt])
            if c < 0:
                raise decode_error("Invalid \\escape", w_string, end - 2)
        else:
            nxt += 1
            end = nxt + 4
            if end >= length:
                raise decode_error("Invalid \\uXXXX escape", w_string,
                                   nxt - 1)
            c = _hex4(w_string, u, nxt, end)
            nxt = end
            # a high surrogate escape followed by a low one: one character
            if (0xd800 <= c <= 0xdbff and end + 6 < length and
                    u[nxt] == u'\\' and u[nxt + 1] == u'u'):
                c2 = _hex4(w_string, u, nxt + 2, end + 6)
                if 0xdc00 <= c2 <= 0xdfff:
                    c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00))
                    end += 6
        builder.append(unichr(c))
    return builder.build(), end


def _hex4(w_string, u, start, end):
    c = 0
    for k in range(start, end):
        digit = _hex_value(u[k])
        if digit < 0:
            raise decode_error("Invalid \\uXXXX escape", w_string, end - 5)
        c = (c << 4) | digit
    return c


@module.function('scanstring(string, end: int, strict: bool = True, /)',
                 doc=SCANSTRING_DOC)
@jit.dont_look_inside
def json_scanstring(w_string, end, strict):
    u = _string_arg(w_string)
    value, nxt = scan_string(w_string, u, end, strict)
    return newtuple([newstr(value), newint(nxt)])


HEX = u'0123456789abcdef'


def _append_u_escape(builder, c):
    builder.append(u'\\u')
    builder.append(HEX[(c >> 12) & 0xf])
    builder.append(HEX[(c >> 8) & 0xf])
    builder.append(HEX[(c >> 4) & 0xf])
    builder.append(HEX[c & 0xf])


def _short_escape(ch):
    """The two-character escape of ch, or None."""
    if ch == u'\\':
        return u'\\\\'
    if ch == u'"':
        return u'\\"'
    if ch == u'\n':
        return u'\\n'
    if ch == u'\r':
        return u'\\r'
    if ch == u'\t':
        return u'\\t'
    if ch == u'\x08':
        return u'\\b'
    if ch == u'\x0c':
        return u'\\f'
    return None


def escape_ascii(u):
    """encode_basestring_ascii: quoted, everything outside printable
    ASCII as \\uXXXX (UTF-16 surrogate pairs above the BMP)."""
    return _escape(u, True)


def escape_unicode(u):
    """encode_basestring: quoted, only `"`, `\\` and control characters
    escaped."""
    return _escape(u, False)


@specialize.arg(1)
def _escape(u, ascii_only):
    builder = UnicodeBuilder(len(u) + 2)
    builder.append(u'"')
    start = 0
    for i in range(len(u)):
        ch = u[i]
        c = ord(ch)
        if ch != u'\\' and ch != u'"' and c > 0x1f and (
                not ascii_only or c <= 0x7e):
            continue
        builder.append_slice(u, start, i)
        start = i + 1
        short = _short_escape(ch)
        if short is not None:
            builder.append(short)
        elif c >= 0x10000:
            v = c - 0x10000
            _append_u_escape(builder, 0xd800 | ((v >> 10) & 0x3ff))
            _append_u_escape(builder, 0xdc00 | (v & 0x3ff))
        else:
            _append_u_escape(builder, c)
    builder.append_slice(u, start, len(u))
    builder.append(u'"')
    return builder.build()


@module.function('encode_basestring_ascii(string, /)', doc=ASCII_DOC)
@jit.dont_look_inside
def json_encode_basestring_ascii(w_string):
    return newstr(escape_ascii(_string_arg(w_string)))


@module.function('encode_basestring(string, /)', doc=UNICODE_DOC)
@jit.dont_look_inside
def json_encode_basestring(w_string):
    return newstr(escape_unicode(_string_arg(w_string)))


# the encoder calls these directly when they are its string encoder
W_ENCODE_ASCII = json_encode_basestring_ascii.w_func
W_ENCODE_UNICODE = json_encode_basestring.w_func


# ---------------------------------------------------------------- scanner

def _skip_ws(u, idx, end_idx):
    while idx <= end_idx:
        ch = u[idx]
        if ch != u' ' and ch != u'\t' and ch != u'\n' and ch != u'\r':
            break
        idx += 1
    return idx


def _at(u, idx, end_idx, ch):
    return idx <= end_idx and u[idx] == ch


class W_Scanner(W_Counted):
    """make_scanner(context): the settings of a JSONDecoder, read once."""
    _attrs_ = ['strict', 'w_object_hook', 'w_object_pairs_hook',
               'w_parse_float', 'w_parse_int', 'w_parse_constant']
    _immutable_fields_ = _attrs_[:]

    def __init__(self, strict, hooks_w):
        self.strict = strict
        for w_hook in hooks_w:
            refcount.incref(w_hook)
        self.w_object_hook = hooks_w[0]
        self.w_object_pairs_hook = hooks_w[1]
        self.w_parse_float = hooks_w[2]
        self.w_parse_int = hooks_w[3]
        self.w_parse_constant = hooks_w[4]

    def gettype(self):
        return w_scanner_type

    def referents(self):
        return [self.w_object_hook, self.w_object_pairs_hook,
                self.w_parse_float, self.w_parse_int,
                self.w_parse_constant]

    def release_children(self):
        for w_hook in self.referents():
            refcount.decref(w_hook)

    def scan_once(self, w_memo, w_string, u, idx):
        """One JSON value at idx: (the value, a temporary; the index
        after it)."""
        length = len(u)
        if idx < 0:
            raise oefmt(exc.w_ValueError, "idx cannot be negative")
        if idx >= length:
            raise stop_iteration(idx)
        assert idx >= 0
        ch = u[idx]
        if ch == u'"':
            value, nxt = scan_string(w_string, u, idx + 1, self.strict)
            return newstr(value), nxt
        if ch == u'{':
            nesting.enter(" while decoding a JSON object from a unicode "
                          "string")
            try:
                return self.parse_object(w_memo, w_string, u, idx + 1)
            finally:
                nesting.leave()
        if ch == u'[':
            nesting.enter(" while decoding a JSON array from a unicode "
                          "string")
            try:
                return self.parse_array(w_memo, w_string, u, idx + 1)
            finally:
                nesting.leave()
        if ch == u'n' and idx + 3 < length and u[idx:idx + 4] == u'null':
            return space.w_None, idx + 4
        if ch == u't' and idx + 3 < length and u[idx:idx + 4] == u'true':
            return space.w_True, idx + 4
        if ch == u'f' and idx + 4 < length and u[idx:idx + 5] == u'false':
            return space.w_False, idx + 5
        if ch == u'N' and idx + 2 < length and u[idx:idx + 3] == u'NaN':
            return self.parse_constant(u'NaN'), idx + 3
        if ch == u'I' and idx + 7 < length and \
                u[idx:idx + 8] == u'Infinity':
            return self.parse_constant(u'Infinity'), idx + 8
        if ch == u'-' and idx + 8 < length and \
                u[idx:idx + 9] == u'-Infinity':
            return self.parse_constant(u'-Infinity'), idx + 9
        return self.match_number(u, idx)

    def parse_constant(self, name):
        return call_holding(self.w_parse_constant, [newstr(name)])

    def match_number(self, u, start):
        end_idx = len(u) - 1
        idx = start
        if u[idx] == u'-':
            idx += 1
            if idx > end_idx:
                raise stop_iteration(start)
        if u'1' <= u[idx] <= u'9':
            idx += 1
            while idx <= end_idx and u'0' <= u[idx] <= u'9':
                idx += 1
        elif u[idx] == u'0':
            idx += 1
        else:
            raise stop_iteration(start)
        is_float = False
        if idx < end_idx and u[idx] == u'.' and u'0' <= u[idx + 1] <= u'9':
            is_float = True
            idx += 2
            while idx <= end_idx and u'0' <= u[idx] <= u'9':
                idx += 1
        if idx < end_idx and (u[idx] == u'e' or u[idx] == u'E'):
            e_start = idx
            idx += 1
            if idx < end_idx and (u[idx] == u'-' or u[idx] == u'+'):
                idx += 1
            while idx <= end_idx and u'0' <= u[idx] <= u'9':
                idx += 1
            if u'0' <= u[idx - 1] <= u'9':
                is_float = True
            else:
                idx = e_start               # not an exponent: back off
        assert 0 <= start <= idx
        numstr = u[start:idx]
        if is_float:
            if self.w_parse_float is not w_float_type:
                w_value = call_holding(self.w_parse_float, [newstr(numstr)])
            else:
                w_value = newfloat(parse_float(numstr))
        elif self.w_parse_int is not w_int_type:
            w_value = call_holding(self.w_parse_int, [newstr(numstr)])
        else:
            w_value = int_from_string(numstr, 10, None)
        return w_value, idx

    def parse_object(self, w_memo, w_string, u, idx):
        end_idx = len(u) - 1
        pairs = self.w_object_pairs_hook is not space.w_None
        if pairs:
            w_result = newlist([])
        else:
            w_result = newdict()
        refcount.incref(w_result)             # held while it is filled
        try:
            idx = _skip_ws(u, idx, end_idx)
            if not _at(u, idx, end_idx, u'}'):
                while True:
                    if not _at(u, idx, end_idx, u'"'):
                        raise decode_error("Expecting property name "
                                           "enclosed in double quotes",
                                           w_string, idx)
                    key, idx = scan_string(w_string, u, idx + 1,
                                           self.strict)
                    w_key = _memo_key(w_memo, key)
                    idx = _skip_ws(u, idx, end_idx)
                    if not _at(u, idx, end_idx, u':'):
                        raise decode_error("Expecting ':' delimiter",
                                           w_string, idx)
                    idx = _skip_ws(u, idx + 1, end_idx)
                    w_value, idx = self.scan_once(w_memo, w_string, u, idx)
                    if pairs:
                        assert isinstance(w_result, W_ListObject)
                        w_result.append(newtuple([w_key, w_value]))
                    else:
                        assert isinstance(w_result, W_DictObject)
                        w_result.setitem(w_key, w_value)
                    idx = _skip_ws(u, idx, end_idx)
                    if _at(u, idx, end_idx, u'}'):
                        break
                    if not _at(u, idx, end_idx, u','):
                        raise decode_error("Expecting ',' delimiter",
                                           w_string, idx)
                    idx = _skip_ws(u, idx + 1, end_idx)
        except OperationError:
            refcount.decref(w_result)
            raise
        if pairs:
            return self.apply_hook(self.w_object_pairs_hook, w_result), \
                idx + 1
        if self.w_object_hook is not space.w_None:
            return self.apply_hook(self.w_object_hook, w_result), idx + 1
        refcount.disown(w_result)
        return w_result, idx + 1

    def apply_hook(self, w_hook, w_held):
        """hook(w_held), where w_held is held by the caller: the result
        as a temporary, and w_held released unless it survives in it."""
        try:
            w_res = _call(w_hook, [w_held])
        except OperationError:
            refcount.decref(w_held)
            raise
        refcount.disown(w_held)
        if w_res is not w_held:
            refcount.discard(w_held)
        return w_res

    def parse_array(self, w_memo, w_string, u, idx):
        end_idx = len(u) - 1
        w_result = newlist([])
        refcount.incref(w_result)
        try:
            idx = _skip_ws(u, idx, end_idx)
            if not _at(u, idx, end_idx, u']'):
                while True:
                    w_value, idx = self.scan_once(w_memo, w_string, u, idx)
                    w_result.append(w_value)
                    idx = _skip_ws(u, idx, end_idx)
                    if _at(u, idx, end_idx, u']'):
                        break
                    if not _at(u, idx, end_idx, u','):
                        raise decode_error("Expecting ',' delimiter",
                                           w_string, idx)
                    idx = _skip_ws(u, idx + 1, end_idx)
            if not _at(u, idx, end_idx, u']'):
                raise decode_error("Expecting value", w_string, end_idx)
        except OperationError:
            refcount.decref(w_result)
            raise
        refcount.disown(w_result)
        return w_result, idx + 1


def _memo_key(w_memo, key):
    """The key object already used for this key text, so that the dicts
    of one document share their key strings (memo.setdefault)."""
    assert isinstance(w_memo, W_DictObject)
    w_key = newstr(key)
    w_known = w_memo.getitem(w_key)
    if w_known is not None:
        return w_known
    w_memo.setitem(w_key, w_key)
    return w_key


def _scanner(w_self):
    assert isinstance(w_self, W_Scanner)
    return w_self


HOOK_NAMES = ['object_hook', 'object_pairs_hook', 'parse_float',
              'parse_int', 'parse_constant']


@constructor(w_scanner_type, 'make_scanner(context)')
def scanner_new(w_cls, w_context):
    w_strict = space.getattr_w(w_context, 'strict')
    refcount.incref(w_strict)
    try:
        strict = space.is_true(w_strict)
    finally:
        refcount.decref(w_strict)
    hooks_w = []
    try:
        for name in HOOK_NAMES:
            w_hook = space.getattr_w(w_context, name)
            refcount.incref(w_hook)
            hooks_w.append(w_hook)
    finally:
        for w_hook in hooks_w:
            refcount.disown(w_hook)
    if len(hooks_w) < len(HOOK_NAMES):
        for w_hook in hooks_w:
            refcount.discard(w_hook)
    return W_Scanner(strict, hooks_w)


@method(w_scanner_type, '__call__(self, string, idx: int)', W_Scanner)
@jit.dont_look_inside
def scanner_call(w_self, w_string, idx):
    u = _string_arg(w_string)
    w_memo = newdict()
    refcount.incref(w_memo)
    try:
        w_value, nxt = w_self.scan_once(w_memo, w_string, u, idx)
    finally:
        refcount.decref(w_memo)
    return newtuple([w_value, newint(nxt)])


def _getter(attr):
    def get(w_self):
        return getattr(_scanner(w_self), attr)
    get.__name__ = 'scanner_get_' + attr
    return get


getset(w_scanner_type, 'strict',
       lambda w_self: space.newbool(_scanner(w_self).strict))
getset(w_scanner_type, 'object_hook', _getter('w_object_hook'))
getset(w_scanner_type, 'object_pairs_hook', _getter('w_object_pairs_hook'))
getset(w_scanner_type, 'parse_float', _getter('w_parse_float'))
getset(w_scanner_type, 'parse_int', _getter('w_parse_int'))
getset(w_scanner_type, 'parse_constant', _getter('w_parse_constant'))


# ---------------------------------------------------------------- encoder

FAST_NONE, FAST_ASCII, FAST_UNICODE = 0, 1, 2
NESTED = " while encoding a JSON object"


class W_Encoder(W_Counted):
    """make_encoder(...): json.encoder's one-shot encoder for indent=None,
    writing the whole document into one string."""
    _attrs_ = ['w_markers', 'w_default', 'w_encoder', 'w_indent',
               'key_separator', 'item_separator', 'w_key_separator',
               'w_item_separator', 'sort_keys', 'skipkeys', 'allow_nan',
               'fast']
    _immutable_fields_ = _attrs_[:]

    def __init__(self, w_markers, w_default, w_encoder, w_indent,
                 w_key_separator, w_item_separator, sort_keys, skipkeys,
                 allow_nan):
        self.w_markers = w_markers
        self.w_default = w_default
        self.w_encoder = w_encoder
        self.w_indent = w_indent
        self.w_key_separator = w_key_separator
        self.w_item_separator = w_item_separator
        for w_slot in self.referents():
            refcount.incref(w_slot)
        assert isinstance(w_key_separator, W_StrObject)
        assert isinstance(w_item_separator, W_StrObject)
        self.key_separator = w_key_separator.value
        self.item_separator = w_item_separator.value
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        if w_encoder is W_ENCODE_ASCII:
            self.fast = FAST_ASCII
        elif w_encoder is W_ENCODE_UNICODE:
            self.fast = FAST_UNICODE
        else:
            self.fast = FAST_NONE

    def gettype(self):
        return w_encoder_type

    def referents(self):
        return [self.w_markers, self.w_default, self.w_encoder,
                self.w_indent, self.w_key_separator, self.w_item_separator]

    def release_children(self):
        for w_slot in self.referents():
            refcount.decref(w_slot)

    # -- values

    def encode_string(self, w_str):
        assert isinstance(w_str, W_StrObject)
        if self.fast == FAST_ASCII:
            return escape_ascii(w_str.value)
        if self.fast == FAST_UNICODE:
            return escape_unicode(w_str.value)
        w_encoded = call_holding(self.w_encoder, [w_str])
        if not isinstance(w_encoded, W_StrObject):
            name = space.type_name(w_encoded)
            refcount.discard(w_encoded)
            raise oefmt(exc.w_TypeError,
                        "encoder() must return a string, not %s" % name)
        value = w_encoded.value
        refcount.discard(w_encoded)
        return value

    def encode_float(self, w_float):
        assert isinstance(w_float, W_FloatObject)
        x = w_float.floatval
        if rfloat.isinf(x) or rfloat.isnan(x):
            if not self.allow_nan:
                raise oefmt(exc.w_ValueError, "Out of range float values "
                            "are not JSON compliant")
            if rfloat.isnan(x):
                return u'NaN'
            if x > 0.0:
                return u'Infinity'
            return u'-Infinity'
        return float_repr(x).decode('ascii')

    def encode_obj(self, builder, w_obj):
        if w_obj is space.w_None:
            builder.append(u'null')
        elif w_obj is space.w_True:
            builder.append(u'true')
        elif w_obj is space.w_False:
            builder.append(u'false')
        elif isinstance(w_obj, W_StrObject):
            builder.append(self.encode_string(w_obj))
        elif space.is_int(w_obj):
            builder.append(space.int_to_decimal(w_obj).decode('ascii'))
        elif isinstance(w_obj, W_FloatObject):
            builder.append(self.encode_float(w_obj))
        elif isinstance(w_obj, W_ListObject) or \
                isinstance(w_obj, W_TupleObject):
            nesting.enter(NESTED)
            try:
                self.encode_list(builder, w_obj)
            finally:
                nesting.leave()
        elif isinstance(w_obj, W_DictObject):
            nesting.enter(NESTED)
            try:
                self.encode_dict(builder, w_obj)
            finally:
                nesting.leave()
        else:
            self.encode_default(builder, w_obj)

    def encode_default(self, builder, w_obj):
        w_ident = self.enter_marker(w_obj)
        w_new = call_holding(self.w_default, [w_obj])
        refcount.incref(w_new)
        try:
            nesting.enter(NESTED)
            try:
                self.encode_obj(builder, w_new)
            finally:
                nesting.leave()
        finally:
            refcount.decref(w_new)
        self.leave_marker(w_ident)

    # -- circular references: markers[id(container)] = container

    def enter_marker(self, w_obj):
        w_markers = self.w_markers
        if not isinstance(w_markers, W_DictObject):
            return None
        w_ident = newint(compute_unique_id(w_obj))
        if w_markers.getitem(w_ident) is not None:
            raise oefmt(exc.w_ValueError, "Circular reference detected")
        w_markers.setitem(w_ident, w_obj)
        return w_ident

    def leave_marker(self, w_ident):
        if w_ident is not None:
            w_markers = self.w_markers
            assert isinstance(w_markers, W_DictObject)
            if not w_markers.delitem(w_ident):
                raise OperationError(exc.W_BaseException(exc.w_KeyError,
                                                         [w_ident]))

    # -- containers

    def encode_list(self, builder, w_seq):
        if space.len_w(w_seq) == 0:
            builder.append(u'[]')
            return
        refcount.incref(w_seq)
        try:
            w_ident = self.enter_marker(w_seq)
            builder.append(u'[')
            i = 0
            while i < space.len_w(w_seq):
                if i > 0:
                    builder.append(self.item_separator)
                if isinstance(w_seq, W_ListObject):
                    w_item = w_seq.getitem(i)
                else:
                    assert isinstance(w_seq, W_TupleObject)
                    w_item = w_seq.items_w[i]
                refcount.incref(w_item)
                try:
                    self.encode_obj(builder, w_item)
                finally:
                    refcount.decref(w_item)
                i += 1
            self.leave_marker(w_ident)
            builder.append(u']')
        finally:
            refcount.decref(w_seq)

    def encode_dict(self, builder, w_dict):
        if w_dict.length() == 0:
            builder.append(u'{}')
            return
        refcount.incref(w_dict)
        try:
            w_ident = self.enter_marker(w_dict)
            builder.append(u'{')
            if self.sort_keys or w_dict.gettype() is not w_dict_type:
                self.encode_items(builder, w_dict)
            else:
                first = True
                for entry in w_dict.entries():
                    first = self.encode_pair(builder, first, entry.w_key,
                                             entry.w_value)
            self.leave_marker(w_ident)
            builder.append(u'}')
        finally:
            refcount.decref(w_dict)

    def encode_items(self, builder, w_dict):
        """PyMapping_Items(dict), sorted when sort_keys."""
        w_items = protocol.call_special(w_dict, 'items', [])
        refcount.incref(w_items)
        try:
            w_iter = space.get_iter(w_items)
            refcount.incref(w_iter)
            try:
                w_list = newlist(space.collect_items(w_iter))
            finally:
                refcount.decref(w_iter)
            refcount.incref(w_list)
            try:
                if self.sort_keys:
                    refcount.discard(protocol.call_special(w_list, 'sort',
                                                           []))
                first = True
                for w_item in w_list.getitems_copy():
                    if not isinstance(w_item, W_TupleObject) or \
                            len(w_item.items_w) != 2:
                        raise oefmt(exc.w_ValueError,
                                    "items must return 2-tuples")
                    first = self.encode_pair(builder, first,
                                             w_item.items_w[0],
                                             w_item.items_w[1])
            finally:
                refcount.decref(w_list)
        finally:
            refcount.decref(w_items)

    def encode_pair(self, builder, first, w_key, w_value):
        """One `key: value` of an object; returns the new `first`."""
        refcount.incref(w_key)
        refcount.incref(w_value)
        try:
            if isinstance(w_key, W_StrObject):
                w_keystr = w_key
            elif isinstance(w_key, W_FloatObject):
                w_keystr = newstr(self.encode_float(w_key))
            elif w_key is space.w_True:
                w_keystr = newstr(u'true')
            elif w_key is space.w_False:
                w_keystr = newstr(u'false')
            elif w_key is space.w_None:
                w_keystr = newstr(u'null')
            elif space.is_int(w_key):
                w_keystr = newstr(space.int_to_decimal(w_key).decode('ascii'))
            elif self.skipkeys:
                return first
            else:
                raise oefmt(exc.w_TypeError,
                            "keys must be str, int, float, bool or None, "
                            "not %s" % space.type_name(w_key))
            if not first:
                builder.append(self.item_separator)
            builder.append(self.encode_string(w_keystr))
            builder.append(self.key_separator)
            self.encode_obj(builder, w_value)
        finally:
            refcount.decref(w_value)
            refcount.decref(w_key)
        return False


def _encoder(w_self):
    assert isinstance(w_self, W_Encoder)
    return w_self


@constructor(w_encoder_type, 'make_encoder(markers, default, encoder, '
             'indent, key_separator, item_separator, sort_keys: bool, '
             'skipkeys: bool, allow_nan: bool)')
def encoder_new(w_cls, w_markers, w_default, w_encoder, w_indent,
                w_key_separator, w_item_separator, sort_keys, skipkeys,
                allow_nan):
    for w_sep, n in [(w_key_separator, 5), (w_item_separator, 6)]:
        if not isinstance(w_sep, W_StrObject):
            raise oefmt(exc.w_TypeError,
                        "make_encoder() argument %d must be str, not %s" %
                        (n, space.type_name(w_sep)))
    if w_markers is not space.w_None and \
            not isinstance(w_markers, W_DictObject):
        raise oefmt(exc.w_TypeError, "make_encoder() argument 1 must be "
                    "dict or None, not %s" % space.type_name(w_markers))
    return W_Encoder(w_markers, w_default, w_encoder, w_indent,
                     w_key_separator, w_item_separator, sort_keys, skipkeys,
                     allow_nan)


@method(w_encoder_type, '__call__(self, obj, _current_indent_level: int)',
        W_Encoder)
@jit.dont_look_inside
def encoder_call(w_self, w_obj, indent_level):
    builder = UnicodeBuilder()
    w_self.encode_obj(builder, w_obj)
    return newlist([newstr(builder.build())])     # 3.11: a list of chunks


def _enc_getter(attr):
    def get(w_self):
        return getattr(_encoder(w_self), attr)
    get.__name__ = 'encoder_get_' + attr
    return get


getset(w_encoder_type, 'markers', _enc_getter('w_markers'))
getset(w_encoder_type, 'default', _enc_getter('w_default'))
getset(w_encoder_type, 'encoder', _enc_getter('w_encoder'))
getset(w_encoder_type, 'indent', _enc_getter('w_indent'))
getset(w_encoder_type, 'key_separator', _enc_getter('w_key_separator'))
getset(w_encoder_type, 'item_separator', _enc_getter('w_item_separator'))
getset(w_encoder_type, 'sort_keys',
       lambda w_self: space.newbool(_encoder(w_self).sort_keys))
getset(w_encoder_type, 'skipkeys',
       lambda w_self: space.newbool(_encoder(w_self).skipkeys))


@module.initializer
def init_json(w_dict):
    w_dict.setitem_str('make_scanner', w_scanner_type)
    w_dict.setitem_str('make_encoder', w_encoder_type)
