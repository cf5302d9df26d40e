"""The `_codecs` module (behind codecs.py and the encodings package):
the codec registry (search functions, their cache, CPython's
normalisation of encoding names), the error-handler registry
(codecserrors.py) and the codec functions that the encodings modules
call (codecsimpl.py).

Registry state lives for the whole run in hidden roots (hiddenroots.py):
a list of search functions and a dict cache, as CPython's interpreter
state holds codec_search_path and codec_search_cache.  The first lookup
imports `encodings`, which registers its search function (CPython does
it at start-up)."""

from rpython.rlib.rstring import StringBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method
from fastpy.modules import codecsimpl as impl
from fastpy.modules import codecserrors
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import call_holding
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.bytesmethods import bytes_like_or_none
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.root import W_Root
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

module = ModuleDef('_codecs', None)


# ---------------------------------------------------------------- registry

class Registry(object):
    def __init__(self):
        self.w_search = None        # W_ListObject of search functions
        self.w_cache = None         # W_DictObject normalized name -> info
        self.initializing = False
        self.initialized = False

registry = Registry()


def _search_list():
    if registry.w_search is None:
        from fastpy.modules.hiddenroots import hold_root
        registry.w_search = W_ListObject([])
        hold_root(registry.w_search)
        registry.w_cache = W_DictObject()
        hold_root(registry.w_cache)
    w_list = registry.w_search
    assert w_list is not None
    return w_list


def _cache():
    _search_list()
    w_cache = registry.w_cache
    assert w_cache is not None
    return w_cache


def _ensure_encodings():
    """CPython imports `encodings` when it starts; fastpy on the first
    lookup."""
    if registry.initialized or registry.initializing:
        return
    registry.initializing = True
    try:
        from fastpy.interpreter import importing
        importing.import_module_level('encodings', None, None, 0)
    finally:
        registry.initializing = False
    registry.initialized = True


def normalize_encoding(name):
    """_Py_normalize_encoding plus lower case: runs of characters other
    than ASCII letters, digits and '.' become one '_', dropped at both
    ends (works on the UTF-8 bytes)."""
    b = StringBuilder(len(name))
    punct = False
    started = False
    for ch in name:
        if ch.isalnum() or ch == '.':
            if punct and started:
                b.append('_')
            punct = False
            started = True
            b.append(ch.lower())
        else:
            punct = True
    return b.build()


def _str_utf8(w_obj, fname, what='argument'):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() %s must be str, not %s" %
                    (fname, what, space.type_name(w_obj)))
    u = w_obj.value
    if u'\x00' in u:
        raise oefmt(exc.w_ValueError, "embedded null character")
    from fastpy.objspace.strobject import str_to_utf8
    return str_to_utf8(u)


def lookup_codec(encoding):
    """The CodecInfo of `encoding` (utf-8 name), a borrowed reference
    held by the cache."""
    _ensure_encodings()
    normalized = normalize_encoding(encoding)
    w_key = space.newtext(normalized)
    w_cache = _cache()
    w_info = w_cache.getitem(w_key)
    if w_info is not None:
        return w_info
    w_search = _search_list()
    for w_func in w_search.getitems_copy():
        w_res = call_holding(w_func, [w_key])
        if w_res is space.w_None:
            continue
        if not (isinstance(w_res, W_TupleObject) and
                len(w_res.items_w) == 4):
            refcount.discard(w_res)
            raise oefmt(exc.w_TypeError, "codec search functions must "
                        "return 4-tuples")
        w_cache.setitem(w_key, w_res)
        return w_res
    raise oefmt(exc.w_LookupError, "unknown encoding: %s" % encoding)


def _callable(w_obj):
    from fastpy.modules.builtinfuncs import callable_w
    return callable_w(w_obj)


@module.function('register(search_function, /)')
def codecs_register(w_func):
    """Register a codec search function.

Search functions are expected to take one argument, the encoding name in
all lower case letters, and either return None, or a tuple of functions
(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object)."""
    if not _callable(w_func):
        raise oefmt(exc.w_TypeError, "argument must be callable")
    _search_list().append(w_func)
    return space.w_None


@module.function('unregister(search_function, /)')
def codecs_unregister(w_func):
    """Unregister a codec search function and clear the registry's cache.

If the search function is not registered, do nothing."""
    w_search = _search_list()
    items_w = w_search.getitems_copy()
    for i in range(len(items_w)):
        if items_w[i] is w_func:
            w_search.delitem(i)
            w_cache = _cache()
            for w_key in w_cache.keys():
                w_cache.delitem(w_key)
            break
    return space.w_None


@module.function('lookup(encoding, /)')
def codecs_lookup(w_encoding):
    """Looks up a codec tuple in the Python codec registry and returns a
CodecInfo object."""
    encoding = _str_utf8(w_encoding, 'lookup', 'argument')
    return lookup_codec(encoding)


def _codec_item(encoding, index):
    w_info = lookup_codec(encoding)
    assert isinstance(w_info, W_TupleObject)
    return w_info.items_w[index]


def _call_codec(w_func, w_obj, errors, what):
    w_res = call_holding(w_func, [w_obj, space.newtext(errors)])
    if not (isinstance(w_res, W_TupleObject) and len(w_res.items_w) == 2):
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError, "%s must return a tuple (object, "
                    "integer)" % what)
    w_out = w_res.items_w[0]
    refcount.incref(w_out)
    refcount.discard(w_res)
    refcount.disown(w_out)
    return w_out


@module.function("encode(obj, encoding='utf-8', errors='strict')")
def codecs_encode(w_obj, w_encoding, w_errors):
    """Encodes obj using the codec registered for encoding.

The default encoding is 'utf-8'.  errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
    encoding = _str_utf8(w_encoding, 'encode', "argument 'encoding'")
    errors = _str_utf8(w_errors, 'encode', "argument 'errors'")
    return _call_codec(_codec_item(encoding, 0), w_obj, errors, 'encoder')


@module.function("decode(obj, encoding='utf-8', errors='strict')")
def codecs_decode(w_obj, w_encoding, w_errors):
    """Decodes obj using the codec registered for encoding.

Default encoding is 'utf-8'.  errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors."""
    encoding = _str_utf8(w_encoding, 'decode', "argument 'encoding'")
    errors = _str_utf8(w_errors, 'decode', "argument 'errors'")
    return _call_codec(_codec_item(encoding, 1), w_obj, errors, 'decoder')


def _text_codec(encoding, index):
    """_PyCodec_LookupTextEncoding: the encoder or decoder of a codec
    that is not marked `_is_text_encoding = False`."""
    w_info = lookup_codec(encoding)
    assert isinstance(w_info, W_TupleObject)
    try:
        w_flag = space.getattr_w(w_info, '_is_text_encoding')
    except OperationError as e:
        if not space.isinstance_w(e.w_exc, exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        w_flag = None
    if w_flag is not None:
        flag = space.is_true(w_flag)
        refcount.discard(w_flag)
        if not flag:
            raise oefmt(exc.w_LookupError, "'%s' is not a text encoding; "
                        "use codecs.%s() to handle arbitrary codecs" %
                        (encoding, 'encode' if index == 0 else 'decode'))
    return w_info.items_w[index]


def encode_text(u, encoding, errors):
    """str.encode(encoding, errors) for a codec found in the registry:
    an RPython str."""
    w_enc = _text_codec(encoding, 0)
    w_out = _call_codec(w_enc, newstr(u), errors, 'encoder')
    if isinstance(w_out, W_BytesObject):
        return w_out.value
    name = space.type_name(w_out)
    s = bytes_like_or_none(w_out)
    refcount.discard(w_out)
    if s is not None and name == 'bytearray':
        return s
    raise oefmt(exc.w_TypeError, "'%s' encoder returned '%s' instead of "
                "'bytes'; use codecs.encode() to encode to arbitrary types"
                % (encoding, name))


def decode_text(s, encoding, errors):
    """bytes.decode(encoding, errors) for a codec found in the registry."""
    w_dec = _text_codec(encoding, 1)
    w_out = _call_codec(w_dec, W_BytesObject(s), errors, 'decoder')
    if isinstance(w_out, W_StrObject):
        return w_out.value
    name = space.type_name(w_out)
    refcount.discard(w_out)
    raise oefmt(exc.w_TypeError, "'%s' decoder returned '%s' instead of "
                "'str'; use codecs.decode() to decode to arbitrary types" %
                (encoding, name))


def encode_other(u, codec, encoding, errors):
    """str.encode for what objspace/codecs.py does not handle itself:
    codec is its number for utf-8, latin-1, ascii, else -1."""
    if codec == 0:
        return impl.utf8_encode(u, errors)
    if codec == 1:
        return impl.ucs1_encode(u, errors, 256)
    if codec == 2:
        return impl.ucs1_encode(u, errors, 128)
    return encode_text(u, encoding, errors)


def decode_other(s, codec, encoding, errors):
    if codec == 0:
        u, n = impl.utf8_decode(s, errors, True)
        return u
    if codec == 1:
        return impl.latin1_decode(s)
    if codec == 2:
        return impl.ascii_decode(s, errors)
    return decode_text(s, encoding, errors)


# ---------------------------------------------------------------- error handlers

@module.function('register_error(errors, handler, /)')
def codecs_register_error(w_errors, w_handler):
    """Register the specified error handler under the name errors.

handler must be a callable object, that will be called with an exception
instance containing information about the location of the encoding/decoding
error and must return a (replacement, new position) tuple."""
    name = _str_utf8(w_errors, 'register_error', 'argument 1')
    if not _callable(w_handler):
        raise oefmt(exc.w_TypeError, "handler must be callable")
    codecserrors.register_error(name, w_handler)
    return space.w_None


@module.function('lookup_error(name, /)')
def codecs_lookup_error(w_name):
    """lookup_error(errors) -> handler

Return the error handler for the specified error handling name or raise a
LookupError, if no handler exists under this name."""
    name = _str_utf8(w_name, 'lookup_error', 'argument')
    return codecserrors.lookup_error(name)


# ---------------------------------------------------------------- arguments

def _errors(w_errors, fname):
    if w_errors is space.w_None:
        return 'strict'
    if not isinstance(w_errors, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument 2 must be str or None, "
                    "not %s" % (fname, space.type_name(w_errors)))
    from fastpy.objspace.strobject import str_to_utf8
    return str_to_utf8(w_errors.value)


def _text(w_str, fname):
    if not isinstance(w_str, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument 1 must be str, not %s" %
                    (fname, space.type_name(w_str)))
    return w_str.value


def _data(w_data):
    s = bytes_like_or_none(w_data)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % space.type_name(w_data))
    return s


def _data_or_str(w_data, fname):
    if isinstance(w_data, W_StrObject):
        from fastpy.objspace.strobject import str_to_utf8
        return str_to_utf8(w_data.value)
    s = bytes_like_or_none(w_data)
    if s is None:
        raise oefmt(exc.w_TypeError, "%s() argument 1 must be str or "
                    "bytes-like object, not %s" %
                    (fname, space.type_name(w_data)))
    return s


def _final(w_final):
    return space.is_true(w_final)


def _enc_result(s, n):
    return newtuple([W_BytesObject(s), newint(n)])


def _dec_result(u, n):
    return newtuple([newstr(u), newint(n)])


# ---------------------------------------------------------------- utf-8, latin-1, ascii

@module.function('utf_8_encode(str, errors=None, /)')
def utf_8_encode(w_str, w_errors):
    u = _text(w_str, 'utf_8_encode')
    return _enc_result(impl.utf8_encode(u, _errors(w_errors,
                                                   'utf_8_encode')), len(u))


@module.function('utf_8_decode(data, errors=None, final=False, /)')
def utf_8_decode(w_data, w_errors, w_final):
    s = _data(w_data)
    u, n = impl.utf8_decode(s, _errors(w_errors, 'utf_8_decode'),
                            _final(w_final))
    return _dec_result(u, n)


@module.function('latin_1_encode(str, errors=None, /)')
def latin_1_encode(w_str, w_errors):
    u = _text(w_str, 'latin_1_encode')
    return _enc_result(impl.ucs1_encode(u, _errors(w_errors,
                                                   'latin_1_encode'), 256),
                       len(u))


@module.function('latin_1_decode(data, errors=None, /)')
def latin_1_decode(w_data, w_errors):
    s = _data(w_data)
    _errors(w_errors, 'latin_1_decode')
    return _dec_result(impl.latin1_decode(s), len(s))


@module.function('ascii_encode(str, errors=None, /)')
def ascii_encode(w_str, w_errors):
    u = _text(w_str, 'ascii_encode')
    return _enc_result(impl.ucs1_encode(u, _errors(w_errors, 'ascii_encode'),
                                        128), len(u))


@module.function('ascii_decode(data, errors=None, /)')
def ascii_decode(w_data, w_errors):
    s = _data(w_data)
    return _dec_result(impl.ascii_decode(s, _errors(w_errors,
                                                    'ascii_decode')), len(s))


# ---------------------------------------------------------------- utf-16, utf-32

@module.function('utf_16_encode(str, errors=None, byteorder: int = 0, /)')
def utf_16_encode(w_str, w_errors, byteorder):
    u = _text(w_str, 'utf_16_encode')
    bo = 0 if byteorder == 0 else (-1 if byteorder < 0 else 1)
    return _enc_result(impl.utf16_encode(u, _errors(w_errors,
                                                    'utf_16_encode'), bo),
                       len(u))


@module.function('utf_16_le_encode(str, errors=None, /)')
def utf_16_le_encode(w_str, w_errors):
    u = _text(w_str, 'utf_16_le_encode')
    return _enc_result(impl.utf16_encode(
        u, _errors(w_errors, 'utf_16_le_encode'), -1), len(u))


@module.function('utf_16_be_encode(str, errors=None, /)')
def utf_16_be_encode(w_str, w_errors):
    u = _text(w_str, 'utf_16_be_encode')
    return _enc_result(impl.utf16_encode(
        u, _errors(w_errors, 'utf_16_be_encode'), 1), len(u))


@module.function('utf_16_decode(data, errors=None, final=False, /)')
def utf_16_decode(w_data, w_errors, w_final):
    u, n, bo = impl.utf16_decode(_data(w_data),
                                 _errors(w_errors, 'utf_16_decode'), 0,
                                 _final(w_final))
    return _dec_result(u, n)


@module.function('utf_16_le_decode(data, errors=None, final=False, /)')
def utf_16_le_decode(w_data, w_errors, w_final):
    u, n, bo = impl.utf16_decode(_data(w_data),
                                 _errors(w_errors, 'utf_16_le_decode'), -1,
                                 _final(w_final))
    return _dec_result(u, n)


@module.function('utf_16_be_decode(data, errors=None, final=False, /)')
def utf_16_be_decode(w_data, w_errors, w_final):
    u, n, bo = impl.utf16_decode(_data(w_data),
                                 _errors(w_errors, 'utf_16_be_decode'), 1,
                                 _final(w_final))
    return _dec_result(u, n)


@module.function('utf_16_ex_decode(data, errors=None, byteorder: int = 0, '
                 'final=False, /)')
def utf_16_ex_decode(w_data, w_errors, byteorder, w_final):
    bo = 0 if byteorder == 0 else (-1 if byteorder < 0 else 1)
    u, n, bo = impl.utf16_decode(_data(w_data),
                                 _errors(w_errors, 'utf_16_ex_decode'), bo,
                                 _final(w_final))
    return newtuple([newstr(u), newint(n), newint(bo)])


@module.function('utf_32_encode(str, errors=None, byteorder: int = 0, /)')
def utf_32_encode(w_str, w_errors, byteorder):
    u = _text(w_str, 'utf_32_encode')
    bo = 0 if byteorder == 0 else (-1 if byteorder < 0 else 1)
    return _enc_result(impl.utf32_encode(u, _errors(w_errors,
                                                    'utf_32_encode'), bo),
                       len(u))


@module.function('utf_32_le_encode(str, errors=None, /)')
def utf_32_le_encode(w_str, w_errors):
    u = _text(w_str, 'utf_32_le_encode')
    return _enc_result(impl.utf32_encode(
        u, _errors(w_errors, 'utf_32_le_encode'), -1), len(u))


@module.function('utf_32_be_encode(str, errors=None, /)')
def utf_32_be_encode(w_str, w_errors):
    u = _text(w_str, 'utf_32_be_encode')
    return _enc_result(impl.utf32_encode(
        u, _errors(w_errors, 'utf_32_be_encode'), 1), len(u))


@module.function('utf_32_decode(data, errors=None, final=False, /)')
def utf_32_decode(w_data, w_errors, w_final):
    u, n, bo = impl.utf32_decode(_data(w_data),
                                 _errors(w_errors, 'utf_32_decode'), 0,
                                 _final(w_final))
    return _dec_result(u, n)


@module.function('utf_32_le_decode(data, errors=None, final=False, /)')
def utf_32_le_decode(w_data, w_errors, w_final):
    u, n, bo = impl.utf32_decode(_data(w_data),
                                 _errors(w_errors, 'utf_32_le_decode'), -1,
                                 _final(w_final))
    return _dec_result(u, n)


@module.function('utf_32_be_decode(data, errors=None, final=False, /)')
def utf_32_be_decode(w_data, w_errors, w_final):
    u, n, bo = impl.utf32_decode(_data(w_data),
                                 _errors(w_errors, 'utf_32_be_decode'), 1,
                                 _final(w_final))
    return _dec_result(u, n)


@module.function('utf_32_ex_decode(data, errors=None, byteorder: int = 0, '
                 'final=False, /)')
def utf_32_ex_decode(w_data, w_errors, byteorder, w_final):
    bo = 0 if byteorder == 0 else (-1 if byteorder < 0 else 1)
    u, n, bo = impl.utf32_decode(_data(w_data),
                                 _errors(w_errors, 'utf_32_ex_decode'), bo,
                                 _final(w_final))
    return newtuple([newstr(u), newint(n), newint(bo)])


# ---------------------------------------------------------------- utf-7

def _utf7_decode_handler(errors, encoding, msg, s, start, end):
    return codecserrors.decode_error(errors, encoding, msg, s, start, end)


def _utf7_encode_handler(errors, encoding, msg, u, start, end):
    return codecserrors.encode_error(errors, encoding, msg, u, start, end)


@module.function('utf_7_encode(str, errors=None, /)')
def utf_7_encode(w_str, w_errors):
    from rpython.rlib.runicode import unicode_encode_utf_7
    u = _text(w_str, 'utf_7_encode')
    errors = _errors(w_errors, 'utf_7_encode')
    return _enc_result(unicode_encode_utf_7(u, len(u), errors,
                                            _utf7_encode_handler), len(u))


@module.function('utf_7_decode(data, errors=None, final=False, /)')
def utf_7_decode(w_data, w_errors, w_final):
    from rpython.rlib.runicode import str_decode_utf_7
    s = _data(w_data)
    errors = _errors(w_errors, 'utf_7_decode')
    u, n = str_decode_utf_7(s, len(s), errors, _final(w_final),
                            _utf7_decode_handler)
    return _dec_result(u, n)


# ---------------------------------------------------------------- escapes

@module.function('unicode_escape_encode(str, errors=None, /)')
def unicode_escape_encode(w_str, w_errors):
    u = _text(w_str, 'unicode_escape_encode')
    _errors(w_errors, 'unicode_escape_encode')
    return _enc_result(impl.unicode_escape_encode(u, False), len(u))


@module.function('unicode_escape_decode(data, errors=None, final=True, /)')
def unicode_escape_decode(w_data, w_errors, w_final):
    s = _data_or_str(w_data, 'unicode_escape_decode')
    u, n = impl.unicode_escape_decode(
        s, _errors(w_errors, 'unicode_escape_decode'), _final(w_final))
    return _dec_result(u, n)


@module.function('raw_unicode_escape_encode(str, errors=None, /)')
def raw_unicode_escape_encode(w_str, w_errors):
    u = _text(w_str, 'raw_unicode_escape_encode')
    _errors(w_errors, 'raw_unicode_escape_encode')
    return _enc_result(impl.unicode_escape_encode(u, True), len(u))


@module.function('raw_unicode_escape_decode(data, errors=None, final=True, '
                 '/)')
def raw_unicode_escape_decode(w_data, w_errors, w_final):
    s = _data_or_str(w_data, 'raw_unicode_escape_decode')
    u, n = impl.raw_unicode_escape_decode(
        s, _errors(w_errors, 'raw_unicode_escape_decode'), _final(w_final))
    return _dec_result(u, n)


@module.function('escape_encode(data, errors=None, /)')
def escape_encode(w_data, w_errors):
    if not isinstance(w_data, W_BytesObject):
        raise oefmt(exc.w_TypeError, "escape_encode() argument 1 must be "
                    "bytes, not %s" % space.type_name(w_data))
    _errors(w_errors, 'escape_encode')
    s = w_data.value
    return _enc_result(impl.escape_encode(s), len(s))


@module.function('escape_decode(data, errors=None, /)')
def escape_decode(w_data, w_errors):
    s = _data_or_str(w_data, 'escape_decode')
    out = impl.escape_decode(s, _errors(w_errors, 'escape_decode'))
    return _enc_result(out, len(s))


@module.function('readbuffer_encode(data, errors=None, /)')
def readbuffer_encode(w_data, w_errors):
    s = _data_or_str(w_data, 'readbuffer_encode')
    _errors(w_errors, 'readbuffer_encode')
    return _enc_result(s, len(s))


# ---------------------------------------------------------------- charmap

w_encoding_map_type = W_TypeObject('EncodingMap', w_object_type)


class W_EncodingMap(W_Root):
    """charmap_build's result: character -> byte."""
    _attrs_ = ['mapping']
    _immutable_fields_ = ['mapping']

    def __init__(self, mapping):
        self.mapping = mapping

    def gettype(self):
        return w_encoding_map_type


@method(w_encoding_map_type, 'size(self, /)', W_EncodingMap)
def encoding_map_size(w_self):
    """Return the size (in bytes) of this object"""
    assert isinstance(w_self, W_EncodingMap)
    return newint(8 * len(w_self.mapping) + 64)


@module.function('charmap_build(map, /)')
def charmap_build(w_map):
    u = _text(w_map, 'charmap_build')
    if len(u) != 256:
        w_dict = W_DictObject()
        for i in range(len(u)):
            w_dict.setitem(newint(ord(u[i])), newint(i))
        return w_dict
    mapping = {}
    for i in range(len(u)):
        c = ord(u[i])
        if c not in mapping:
            mapping[c] = i
    return W_EncodingMap(mapping)


def _is_lookup_error(e):
    return space.isinstance_w(e.w_exc, exc.w_LookupError)


def _charmap_get(w_mapping, c):
    """mapping[c], or None for a LookupError (a temporary otherwise)."""
    try:
        return space.getitem(w_mapping, newint(c))
    except OperationError as e:
        if not _is_lookup_error(e):
            raise
        refcount.discard(e.w_exc)
        return None


@module.function('charmap_decode(data, errors=None, mapping=None, /)')
def charmap_decode(w_data, w_errors, w_mapping):
    s = _data(w_data)
    errors = _errors(w_errors, 'charmap_decode')
    if w_mapping is space.w_None:
        return _dec_result(impl.latin1_decode(s), len(s))
    from rpython.rlib.rstring import UnicodeBuilder
    b = UnicodeBuilder(len(s))
    n = len(s)
    i = 0
    table = None
    if isinstance(w_mapping, W_StrObject):
        table = w_mapping.value
    while i < n:
        c = ord(s[i])
        if table is not None:
            if c < len(table) and table[c] != u'\ufffe':
                b.append(table[c])
                i += 1
                continue
        else:
            w_x = _charmap_get(w_mapping, c)
            if w_x is not None and w_x is not space.w_None:
                ok = _charmap_decode_value(b, w_x)
                refcount.discard(w_x)
                if ok:
                    i += 1
                    continue
            elif w_x is not None:
                refcount.discard(w_x)
        rep, i = codecserrors.decode_error(errors, 'charmap',
                                           'character maps to <undefined>',
                                           s, i, i + 1)
        b.append(rep)
    return _dec_result(b.build(), n)


def _charmap_decode_value(b, w_x):
    """Append the mapped value; False for an undefined one (U+FFFE)."""
    if space.is_int(w_x):
        if not isinstance(w_x, W_IntObject) or w_x.intval < 0 or \
                w_x.intval > 0x10ffff:
            raise oefmt(exc.w_TypeError, "character mapping must be in "
                        "range(0x110000)")
        if w_x.intval == 0xfffe:
            return False
        b.append(unichr(w_x.intval))
        return True
    if isinstance(w_x, W_StrObject):
        if w_x.value == u'\ufffe':
            return False
        b.append(w_x.value)
        return True
    raise oefmt(exc.w_TypeError, "character mapping must return integer, "
                "None or str")


def _charmap_encode_char(b, w_mapping, c):
    """Encode one character; False if it maps to nothing."""
    if isinstance(w_mapping, W_EncodingMap):
        byte = w_mapping.mapping.get(c, -1)
        if byte < 0:
            return False
        b.append(chr(byte))
        return True
    w_x = _charmap_get(w_mapping, c)
    if w_x is None:
        return False
    if w_x is space.w_None:
        return False
    if space.is_int(w_x):
        if not isinstance(w_x, W_IntObject) or w_x.intval < 0 or \
                w_x.intval > 255:
            refcount.discard(w_x)
            raise oefmt(exc.w_TypeError, "character mapping must be in "
                        "range(256)")
        b.append(chr(w_x.intval))
        return True
    if isinstance(w_x, W_BytesObject):
        b.append(w_x.value)
        return True
    name = space.type_name(w_x)
    refcount.discard(w_x)
    raise oefmt(exc.w_TypeError, "character mapping must return integer, "
                "bytes or None, not %s" % name)


def _charmap_mappable(w_mapping, c):
    b = StringBuilder(4)
    return _charmap_encode_char(b, w_mapping, c)


@module.function('charmap_encode(str, errors=None, mapping=None, /)')
def charmap_encode(w_str, w_errors, w_mapping):
    u = _text(w_str, 'charmap_encode')
    errors = _errors(w_errors, 'charmap_encode')
    if w_mapping is space.w_None:
        return _enc_result(impl.ucs1_encode(u, errors, 256), len(u))
    n = len(u)
    b = StringBuilder(n)
    i = 0
    reason = 'character maps to <undefined>'
    while i < n:
        if _charmap_encode_char(b, w_mapping, ord(u[i])):
            i += 1
            continue
        j = i + 1
        while j < n and not _charmap_mappable(w_mapping, ord(u[j])):
            j += 1
        ru, rs, newpos = codecserrors.encode_error(errors, 'charmap', reason,
                                                   u, i, j)
        if rs is not None:
            b.append(rs)
        else:
            assert ru is not None
            for ch in ru:
                if not _charmap_encode_char(b, w_mapping, ord(ch)):
                    raise codecserrors.encode_exc('charmap', u, i, j,
                                                  reason)
        i = newpos
    return _enc_result(b.build(), n)
