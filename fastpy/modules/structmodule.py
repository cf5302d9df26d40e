"""The `_struct` module (behind struct.py): packing Python values into C
structs held in bytes, and back, exactly as CPython 3.11's
Modules/_struct.c on x86-64 Linux (little-endian, LP64).

A format compiles once into an immutable `Format` (structformat.py): a
list of `Code`s (format char, byte order, offset, item size, repeat).
Formats are cached by their text (CPython keeps up to 100 compiled
Struct objects); a `Struct` object holds a Format.

The three tables of CPython behave differently on range errors, and this
module reproduces each (see structpack.py): the native table ('@'), the
little-endian standard table ('<', '=') where CPython swaps in the native
functions for the codes whose sizes match (b B h H i I q Q e), and the
big-endian table ('>', '!')."""

from fastpy.interpreter.error import oefmt, OperationError
from fastpy.interpreter.gateway import interp2app, method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import (module_type, subclassable_constructor,
                                     check_new, BuiltinIterator)
from fastpy.modules import structformat
from fastpy.modules.structformat import Format, struct_error
from fastpy.modules.structpack import pack_values, unpack_values
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytesmethods import bytes_like_or_none
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.root import W_Counted
from fastpy.objspace.slots import publish
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.typeobject import W_TypeObject

MODULE_DOC = (
    'Functions to convert between Python values and C structs.\n'
    'Python bytes objects are used to hold the data representing the C '
    'struct\n'
    'and also as format strings (explained below) to describe the layout '
    'of data\n'
    'in the C struct.\n'
    '\n'
    'The optional first format char indicates byte order, size and '
    'alignment:\n'
    '  @: native order, size & alignment (default)\n'
    '  =: native order, std. size & alignment\n'
    '  <: little-endian, std. size & alignment\n'
    '  >: big-endian, std. size & alignment\n'
    '  !: same as >\n'
    '\n'
    'The remaining chars indicate types of args and must match exactly;\n'
    'these can be preceded by a decimal repeat count:\n'
    '  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n'
    '  ?: _Bool (requires C99; if not available, char is used instead)\n'
    '  h:short; H:unsigned short; i:int; I:unsigned int;\n'
    '  l:long; L:unsigned long; f:float; d:double; e:half-float.\n'
    'Special cases (preceding decimal count indicates length):\n'
    '  s:string (array of char); p: pascal string (with count byte).\n'
    'Special cases (only available in native format):\n'
    '  n:ssize_t; N:size_t;\n'
    '  P:an integer type that is wide enough to hold a pointer.\n'
    'Special case (not in native mode unless \'long long\' in platform C):\n'
    '  q:long long; Q:unsigned long long\n'
    'Whitespace between formats is ignored.\n'
    '\n'
    'The variable struct.error is an exception raised on errors.\n')

module = ModuleDef('_struct', MODULE_DOC)

w_struct_type = module_type('Struct', '_struct')
w_struct_type.dict_w['__doc__'] = space.newtext(
    'Struct(fmt) --> compiled struct object\n\n')
w_unpack_iterator_type = module_type('unpack_iterator', '_struct')


def structfunc(spec, doc=None):
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl, display='_struct.' + name, doc=doc)
        w_func.module_name = '_struct'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


# ---------------------------------------------------------------- formats

class FormatCache(object):
    def __init__(self):
        self.formats = {}

cache = FormatCache()
MAXCACHE = 100


def format_text(w_format):
    """The format as an RPython byte string (Struct()'s converter)."""
    if isinstance(w_format, W_StrObject):
        from fastpy.objspace.codecs import encode
        return encode(w_format.value, 'ascii', 'strict')
    if isinstance(w_format, W_BytesObject):
        return w_format.value
    raise oefmt(exc.w_TypeError, "Struct() argument 1 must be a str or "
                "bytes object, not %s" % space.type_name(w_format))


def get_format(w_format):
    """The compiled format, from the cache when it is there."""
    text = format_text(w_format)
    fmt = cache.formats.get(text, None)
    if fmt is None:
        fmt = structformat.compile_format(text)
        if len(cache.formats) >= MAXCACHE:
            cache.formats.clear()
        cache.formats[text] = fmt
    return fmt


# ---------------------------------------------------------------- buffers

def read_buffer(w_buffer):
    """The bytes of a readable buffer argument (Py_buffer)."""
    s = bytes_like_or_none(w_buffer)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, "
                    "not '%s'" % space.type_name(w_buffer))
    return s


def writable_length(w_buffer):
    """The size of a writable buffer ("w*"), TypeError for others."""
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_buffer, W_BytearrayObject):
        return len(w_buffer.data)
    if isinstance(w_buffer, W_MemoryView):
        if not w_buffer.readonly():
            return w_buffer.sp_len()
    raise oefmt(exc.w_TypeError, "argument must be read-write bytes-like "
                "object, not %s" % space.type_name(w_buffer))


def write_buffer(w_buffer, offset, chars):
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_buffer, W_BytearrayObject):
        for i in range(len(chars)):
            w_buffer.data[offset + i] = chars[i]
        return
    assert isinstance(w_buffer, W_MemoryView)
    w_buffer.check()
    w_base = w_buffer.w_obj
    assert isinstance(w_base, W_BytearrayObject)
    for i in range(len(chars)):
        w_base.data[w_buffer.start + (offset + i) * w_buffer.step] = chars[i]


def ssize_offset(w_offset):
    """PyNumber_AsSsize_t(offset, IndexError)."""
    from fastpy.objspace import protocol
    w_index = w_offset
    if not space.is_int(w_offset):
        w_index = None
        if w_offset.is_user:
            w_index = protocol.index(w_offset)
        if w_index is None:
            raise oefmt(exc.w_TypeError, "'%s' object cannot be interpreted "
                        "as an integer" % space.type_name(w_offset))
    if isinstance(w_index, W_IntObject):
        return w_index.intval
    raise oefmt(exc.w_IndexError, "cannot fit 'int' into an index-sized "
                "integer")


# ---------------------------------------------------------------- operations

def do_pack(fmt, args_w, start):
    chars = ['\0'] * fmt.size
    pack_values(fmt, chars, args_w, start)
    return W_BytesObject(''.join(chars))


def check_pack_count(fmt, n):
    if n != fmt.nitems:
        raise struct_error("pack expected %d items for packing (got %d)" %
                           (fmt.nitems, n))


def do_pack_into(fmt, args_w):
    nargs = len(args_w)
    if nargs != fmt.nitems + 2:
        if nargs == 0:
            raise struct_error("pack_into expected buffer argument")
        if nargs == 1:
            raise struct_error("pack_into expected offset argument")
        raise struct_error("pack_into expected %d items for packing "
                           "(got %d)" % (fmt.nitems, nargs - 2))
    w_buffer = args_w[0]
    buflen = writable_length(w_buffer)
    offset = ssize_offset(args_w[1])
    size = fmt.size
    if offset < 0:
        if offset + size > 0:
            raise struct_error("no space to pack %d bytes at offset %d" %
                               (size, offset))
        if offset + buflen < 0:
            raise struct_error("offset %d out of range for %d-byte buffer"
                               % (offset, buflen))
        offset += buflen
    if buflen - offset < size:
        raise struct_error("pack_into requires a buffer of at least %d "
                           "bytes for packing %d bytes at offset %d "
                           "(actual buffer size is %d)" %
                           (size + offset, size, offset, buflen))
    chars = ['\0'] * size
    try:
        pack_values(fmt, chars, args_w, 2)
    except OperationError:
        # CPython packs in place: what was packed before the error stays
        write_buffer(w_buffer, offset, chars)
        raise
    write_buffer(w_buffer, offset, chars)
    return space.w_None


def do_unpack(fmt, w_buffer):
    data = read_buffer(w_buffer)
    if len(data) != fmt.size:
        raise struct_error("unpack requires a buffer of %d bytes" % fmt.size)
    return newtuple(unpack_values(fmt, data, 0))


def do_unpack_from(fmt, w_buffer, offset):
    data = read_buffer(w_buffer)
    size = fmt.size
    buflen = len(data)
    if offset < 0:
        if offset + size > 0:
            raise struct_error("not enough data to unpack %d bytes at "
                               "offset %d" % (size, offset))
        if offset + buflen < 0:
            raise struct_error("offset %d out of range for %d-byte buffer"
                               % (offset, buflen))
        offset += buflen
    if buflen - offset < size:
        raise struct_error("unpack_from requires a buffer of at least %d "
                           "bytes for unpacking %d bytes at offset %d "
                           "(actual buffer size is %d)" %
                           (size + offset, size, offset, buflen))
    return newtuple(unpack_values(fmt, data, offset))


def do_iter_unpack(fmt, w_buffer):
    if fmt.size == 0:
        raise struct_error("cannot iteratively unpack with a struct of "
                           "length %d" % fmt.size)
    data = read_buffer(w_buffer)
    if len(data) % fmt.size != 0:
        raise struct_error("iterative unpacking requires a buffer of a "
                           "multiple of %d bytes" % fmt.size)
    return W_UnpackIterator(fmt, data)


# ---------------------------------------------------------------- Struct

class W_Struct(W_Counted):
    """A compiled struct.  `fmt` is None until __init__ ran (an object
    made by Struct.__new__ alone, as CPython's s_new: size -1)."""
    _attrs_ = ['fmt']

    def __init__(self):
        self.fmt = None

    def gettype(self):
        return w_struct_type

    def referents(self):
        return []

    def release_children(self):
        pass

    def get_fmt(self):
        fmt = self.fmt
        if fmt is None:
            raise struct_error("bad char in struct format")
        return fmt


W_UserStruct = make_user_subclass(W_Struct)


def _struct(w_self):
    if not isinstance(w_self, W_Struct):
        raise oefmt(exc.w_TypeError, "descriptor requires a "
                    "'_struct.Struct' object but received '%s'" %
                    space.type_name(w_self))
    return w_self


@subclassable_constructor(w_struct_type, 'Struct(*args, **kwargs)')
def struct_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_struct_type)
    if user:
        w_res = W_UserStruct()
        assert isinstance(w_cls, W_TypeObject)
        w_res.init_map(w_cls)
        return w_res
    w_res = W_Struct()
    struct_init(w_res, args_w, kw_names, kw_values_w)
    return w_res


@method(w_struct_type, '__init__(self, *args, **kwargs)')
def struct_init_method(w_self, args_w, kw_names, kw_values_w):
    struct_init(_struct(w_self), args_w, kw_names, kw_values_w)
    return space.w_None


def struct_init(w_struct, args_w, kw_names, kw_values_w):
    from fastpy.modules.modtypes import parse_args
    values_w = parse_args('Struct', ['format'], 1, 1, args_w, kw_names,
                          kw_values_w)
    w_format = values_w[0]
    w_struct.fmt = get_format(w_format)


@method(w_struct_type, 'pack(self, *args)')
def struct_pack(w_self, args_w):
    """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
    fmt = _struct(w_self).get_fmt()
    check_pack_count(fmt, len(args_w))
    return do_pack(fmt, args_w, 0)


@method(w_struct_type, 'pack_into(self, *args)')
def struct_pack_into(w_self, args_w):
    """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
    return do_pack_into(_struct(w_self).get_fmt(), args_w)


@method(w_struct_type, 'unpack(self, buffer, /)')
def struct_unpack(w_self, w_buffer):
    """Return a tuple containing unpacked values.

Unpack according to the format string Struct.format. The buffer's size
in bytes must be Struct.size.

See help(struct) for more on format strings."""
    return do_unpack(_struct(w_self).get_fmt(), w_buffer)


@method(w_struct_type, 'unpack_from(self, buffer, offset: int = 0)')
def struct_unpack_from(w_self, w_buffer, offset):
    """Return a tuple containing unpacked values.

Values are unpacked according to the format string Struct.format.

The buffer's size in bytes, starting at position offset, must be
at least Struct.size.

See help(struct) for more on format strings."""
    return do_unpack_from(_struct(w_self).get_fmt(), w_buffer, offset)


@method(w_struct_type, 'iter_unpack(self, buffer, /)')
def struct_iter_unpack(w_self, w_buffer):
    """Return an iterator yielding tuples.

Tuples are unpacked from the given bytes source, like a repeated
invocation of unpack_from().

Requires that the bytes length be a multiple of the struct size."""
    return do_iter_unpack(_struct(w_self).get_fmt(), w_buffer)


def _get_format(w_self):
    fmt = _struct(w_self).get_fmt()
    return space.newtext(fmt.text)


def _get_size(w_self):
    fmt = _struct(w_self).fmt
    if fmt is None:
        return newint(-1)
    return newint(fmt.size)


getset(w_struct_type, 'format', _get_format,
       doc='struct format string')
getset(w_struct_type, 'size', _get_size,
       doc='struct size in bytes')


# ---------------------------------------------------------------- iterator

class W_UnpackIterator(BuiltinIterator):
    _attrs_ = ['fmt', 'data', 'index']

    def __init__(self, fmt, data):
        self.fmt = fmt
        self.data = data
        self.index = 0

    def gettype(self):
        return w_unpack_iterator_type

    def referents(self):
        return []

    def release_children(self):
        pass

    def sp_next(self):
        if self.fmt is None or self.index >= len(self.data):
            self.fmt = None
            return None
        w_res = newtuple(unpack_values(self.fmt, self.data, self.index))
        self.index += self.fmt.size
        return w_res


publish(w_unpack_iterator_type, ['__iter__', '__next__'])


@method(w_unpack_iterator_type, '__length_hint__(self, /)')
def unpack_iterator_length_hint(w_self):
    assert isinstance(w_self, W_UnpackIterator)
    if w_self.fmt is None:
        return newint(0)
    return newint((len(w_self.data) - w_self.index) // w_self.fmt.size)


@constructor(w_unpack_iterator_type, 'unpack_iterator(*args, **kwargs)')
def unpack_iterator_new(w_cls, args_w, kw_names, kw_values_w):
    # CPython 3.11's message, unbalanced quote included
    raise oefmt(exc.w_TypeError, "Cannot create 'unpack_iterator objects")


# ---------------------------------------------------------------- functions

@structfunc('pack(*args)', doc='pack(format, v1, v2, ...) -> bytes\n\n'
            'Return a bytes object containing the values v1, v2, ... '
            'packed according\nto the format string.  See help(struct) '
            'for more on format strings.')
def struct_module_pack(args_w):
    if len(args_w) == 0:
        raise oefmt(exc.w_TypeError, "missing format argument")
    fmt = get_format(args_w[0])
    check_pack_count(fmt, len(args_w) - 1)
    return do_pack(fmt, args_w, 1)


@structfunc('pack_into(*args)', doc='pack_into(format, buffer, offset, '
            'v1, v2, ...)\n\nPack the values v1, v2, ... according to the '
            'format string and write\nthe packed bytes into the writable '
            'buffer buf starting at offset.  Note\nthat the offset is a '
            'required argument.  See help(struct) for more\non format '
            'strings.')
def struct_module_pack_into(args_w):
    if len(args_w) == 0:
        raise oefmt(exc.w_TypeError, "missing format argument")
    fmt = get_format(args_w[0])
    return do_pack_into(fmt, args_w[1:])


@structfunc('unpack(format, buffer, /)')
def struct_module_unpack(w_format, w_buffer):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
    return do_unpack(get_format(w_format), w_buffer)


@structfunc('unpack_from(format, /, buffer, offset: int = 0)')
def struct_module_unpack_from(w_format, w_buffer, offset):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
    return do_unpack_from(get_format(w_format), w_buffer, offset)


@structfunc('iter_unpack(format, buffer, /)')
def struct_module_iter_unpack(w_format, w_buffer):
    """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
    return do_iter_unpack(get_format(w_format), w_buffer)


@structfunc('calcsize(format, /)')
def struct_module_calcsize(w_format):
    """Return size in bytes of the struct described by the format string."""
    return newint(get_format(w_format).size)


@structfunc('_clearcache()')
def struct_module_clearcache():
    """Clear the internal cache."""
    cache.formats.clear()
    return space.w_None


@module.initializer
def init_struct(w_dict):
    w_dict.setitem_str('Struct', w_struct_type)
    w_dict.setitem_str('error', structformat.w_struct_error)
