"""Methods of `bytes` and `bytearray` (the read-only ones are shared: they
work on the byte string and wrap the result in the type of self), their
constructors, and the operators of bytearray.  The mutating methods of
bytearray: bytearraymethods.py."""

from rpython.rlib.rstring import StringBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, classmethod_, staticmethod_
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import codecs
from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.bytesobject import W_BytesObject, w_bytes_type
from fastpy.objspace.bytearrayobject import W_BytearrayObject, \
    w_bytearray_type
from fastpy.objspace.strobject import W_StrObject, newstr, str_to_utf8
from fastpy.objspace.listmethods import slice_index

w_bytes_iterator_type = W_TypeObject('bytes_iterator', w_object_type)
w_bytearray_iterator_type = W_TypeObject('bytearray_iterator',
                                         w_object_type)
from fastpy.objspace import space
from rpython.rlib.objectmodel import specialize
from fastpy.objspace.hexdigit import hex_value


@specialize.argtype(0)
def _sl(s, a, b):
    """s[a:b] for indices known to be in range (RPython wants them
    proven non-negative)."""
    assert a >= 0 and b >= 0
    return s[a:b]


def _tn(w_obj):
    return space.type_name(w_obj)


def bytes_like_or_none(w_obj):
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    from fastpy.objspace.memoryobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str()
    return None


def buffer_or_none(w_obj):
    """bytes_like_or_none, and the other exporters of the buffer protocol
    (array.array): what bytes(x) and bytes-like arguments accept."""
    s = bytes_like_or_none(w_obj)
    if s is None:
        s = w_obj.sp_buffer()
    return s


def bytes_like(w_obj):
    s = buffer_or_none(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % _tn(w_obj))
    return s


def _val(w_self):
    if isinstance(w_self, W_BytesObject):
        return w_self.value
    assert isinstance(w_self, W_BytearrayObject)
    return w_self.as_str()


def _wrap_like(w_self, s):
    if isinstance(w_self, W_BytearrayObject):
        return W_BytearrayObject([c for c in s])
    return W_BytesObject(s)


def byte_value(w_obj):
    """An int in range(256) (bytes items, bytearray assignment)."""
    i = space.int_w(w_obj)
    if i < 0 or i > 255:
        raise oefmt(exc.w_ValueError, "byte must be in range(0, 256)")
    return i


def bytes_from_object(w_obj):
    """The bytes of bytes(x) for one argument (not str, not an int)."""
    s = buffer_or_none(w_obj)
    if s is not None:
        return s
    if isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "string argument without an encoding")
    try:
        items_w = space.iterate(w_obj)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError, "cannot convert '%s' object to bytes" %
                    _tn(w_obj))
    b = StringBuilder(len(items_w))
    for w_item in items_w:
        i = space.int_w(w_item)
        if i < 0 or i > 255:
            raise oefmt(exc.w_ValueError, "bytes must be in range(0, 256)")
        b.append(chr(i))
    return b.build()


def _construct(w_source, w_encoding, w_errors, name):
    if w_encoding is not None:          # the argument types come first
        _str_arg(w_encoding, "%s() argument 'encoding'" % name)
    if w_errors is not None:
        _str_arg(w_errors, "%s() argument 'errors'" % name)
    if w_source is None:
        if w_encoding is not None or w_errors is not None:
            raise oefmt(exc.w_TypeError, "encoding or errors without "
                        "sequence argument")
        return ''
    if isinstance(w_source, W_StrObject):
        if w_encoding is None:
            raise oefmt(exc.w_TypeError, "string argument without an "
                        "encoding")
        encoding = _str_arg(w_encoding, "%s() argument 'encoding'" % name)
        errors = 'strict'
        if w_errors is not None:
            errors = _str_arg(w_errors, "%s() argument 'errors'" % name)
        return codecs.encode(w_source.value, encoding, errors)
    if w_encoding is not None:
        raise oefmt(exc.w_TypeError, "encoding without a string argument")
    if w_errors is not None:
        raise oefmt(exc.w_TypeError, "errors without a string argument")
    if space.is_int(w_source):
        n = space.int_w(w_source)
        if n < 0:
            raise oefmt(exc.w_ValueError, "negative count")
        return '\x00' * n
    return bytes_from_object(w_source)


def _str_arg(w_obj, what):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s must be str, not %s" %
                    (what, _tn(w_obj)))
    return str_to_utf8(w_obj.value)


@constructor(w_bytes_type, 'bytes(source=NULL, encoding=NULL, errors=NULL)')
def bytes_new(w_cls, w_source, w_encoding, w_errors):
    if isinstance(w_source, W_BytesObject) and w_encoding is None:
        if w_source.is_user:        # a subclass instance: exact bytes
            return W_BytesObject(w_source.value)
        return w_source
    if (w_source is not None and w_source.is_user and w_encoding is None
            and w_errors is None):
        w_res = call_dunder_bytes(w_source)
        if w_res is not None:
            return w_res
    return W_BytesObject(_construct(w_source, w_encoding, w_errors,
                                    'bytes'))


def call_dunder_bytes(w_obj):
    """type(w_obj).__bytes__(w_obj) (bytes or a subclass), or None when
    the type has no __bytes__."""
    from fastpy.objspace import protocol
    if w_obj.gettype().lookup('__bytes__') is None:
        return None
    w_res = protocol.call_special(w_obj, '__bytes__', [])
    if w_res is None:
        return None
    if not isinstance(w_res, W_BytesObject):
        tname = _tn(w_res)
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError, "__bytes__ returned non-bytes "
                    "(type %s)" % tname)
    return w_res        # a bytes subclass instance too, as CPython


@constructor(w_bytearray_type,
             'bytearray(source=NULL, encoding=NULL, errors=NULL)')
def bytearray_new(w_cls, w_source, w_encoding, w_errors):
    s = _construct(w_source, w_encoding, w_errors, 'bytearray')
    return W_BytearrayObject([c for c in s])


def encode_str(u, encoding, errors):
    return W_BytesObject(codecs.encode(u, encoding, errors))


def decode_object(w_obj, encoding, errors, fname):
    s = bytes_like_or_none(w_obj)
    if s is None:
        if isinstance(w_obj, W_StrObject):
            raise oefmt(exc.w_TypeError, "decoding str is not supported")
        raise oefmt(exc.w_TypeError, "decoding to str: need a bytes-like "
                    "object, %s found" % _tn(w_obj))
    return newstr(codecs.decode(s, encoding, errors))


# ---------------------------------------------------------------- space

def bytes_compare(s, op, w_other):
    other = bytes_like_or_none(w_other)
    if other is None:
        return -1
    if op == space.CMP_LT:
        return 1 if s < other else 0
    if op == space.CMP_LE:
        return 1 if s <= other else 0
    if op == space.CMP_GT:
        return 1 if s > other else 0
    if op == space.CMP_GE:
        return 1 if s >= other else 0
    if op == space.CMP_EQ:
        return 1 if s == other else 0
    return 1 if s != other else 0


def bytes_contains(s, w_item):
    if space.is_int(w_item):
        c = byte_value(w_item)
        return s.find(chr(c)) >= 0
    sub = bytes_like_or_none(w_item)
    if sub is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % _tn(w_item))
    return s.find(sub) >= 0


def bytearray_binop(w_self, op, w_other, inplace):
    if op == space.OP_ADD:
        other = bytes_like_or_none(w_other)
        if other is None:
            raise oefmt(exc.w_TypeError, "can't concat %s to bytearray" %
                        _tn(w_other))
        if inplace:
            w_self.data.extend([c for c in other])
            return w_self
        return W_BytearrayObject(w_self.data + [c for c in other])
    if op == space.OP_MUL and space.is_int(w_other):
        n = space.int_w(w_other)
        if n < 0:
            n = 0
        if inplace:
            w_self.data = w_self.data * n
            return w_self
        return W_BytearrayObject(w_self.data * n)
    return None


def bytearray_rbinop(w_self, op, w_other):
    if op == space.OP_ADD and isinstance(w_other, W_BytesObject):
        return W_BytesObject(w_other.value + w_self.as_str())
    if op == space.OP_MUL and space.is_int(w_other):
        return bytearray_binop(w_self, op, w_other, False)
    return None


def bytearray_getitem(w_self, w_index):
    from fastpy.objspace.sliceobject import W_SliceObject
    data = w_self.data
    if isinstance(w_index, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_index, len(data))
        return W_BytearrayObject([data[start + k * step]
                                  for k in range(n)])
    i = space.index_w(w_index)
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise oefmt(exc.w_IndexError, "bytearray index out of range")
    return newint(ord(data[i]))


def bytearray_setitem(w_self, w_index, w_value):
    from fastpy.objspace.sliceobject import W_SliceObject
    data = w_self.data
    if isinstance(w_index, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_index, len(data))
        if space.is_int(w_value):
            raise oefmt(exc.w_TypeError, "can assign only bytes, buffers, "
                        "or iterables of ints in range(0, 256)")
        new = bytes_from_object(w_value)
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= 0
            # Plain slices: _sl is shared with lists of strs elsewhere in
            # this module, which would merge the two list types.
            w_self.data = data[:start] + [c for c in new] + data[stop:]
            return
        if len(new) != n:
            raise oefmt(exc.w_ValueError,
                        "attempt to assign bytes of size %d to extended "
                        "slice of size %d" % (len(new), n))
        for k in range(n):
            data[start + k * step] = new[k]
        return
    i = space.index_w(w_index)
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise oefmt(exc.w_IndexError, "bytearray index out of range")
    data[i] = chr(byte_value(w_value))


def bytearray_delitem(w_self, w_index):
    from fastpy.objspace.sliceobject import W_SliceObject
    data = w_self.data
    if isinstance(w_index, W_SliceObject):
        start, stop, step, n = space.slice_indices(w_index, len(data))
        doomed = [False] * len(data)
        for k in range(n):
            doomed[start + k * step] = True
        w_self.data = [data[i] for i in range(len(data)) if not doomed[i]]
        return
    i = space.index_w(w_index)
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise oefmt(exc.w_IndexError, "bytearray index out of range")
    del data[i]


class W_BytesIterator(W_Counted):
    """Iterator over a bytearray (live: sees changes of the array)."""
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def gettype(self):
        return w_bytearray_iterator_type

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        w_seq = self.w_seq
        if w_seq is None:
            return None
        assert isinstance(w_seq, W_BytearrayObject)
        i = self.index
        if i >= len(w_seq.data):
            self.w_seq = None
            return None
        self.index = i + 1
        return newint(ord(w_seq.data[i]))


# ---------------------------------------------------------------- shared

BOTH = [w_bytes_type, w_bytearray_type]


def _both(spec):
    def decorate(impl):
        for w_type in BOTH:
            method(w_type, spec)(impl)
        return impl
    return decorate


def _sub_arg(w_sub):
    """The needle of find/count/index: bytes-like or an int byte."""
    if space.is_int(w_sub):
        return chr(byte_value(w_sub))
    s = bytes_like_or_none(w_sub)
    if s is None:
        raise oefmt(exc.w_TypeError, "argument should be integer or "
                    "bytes-like object, not '%s'" % _tn(w_sub))
    return s


def _find(w_self, w_sub, w_start, w_end, reverse):
    from fastpy.objspace.strmethods import adjust_indices
    s = _val(w_self)
    sub = _sub_arg(w_sub)
    start, end = adjust_indices(w_start, w_end, len(s))
    if start > len(s) or end - start < len(sub):
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


@_both('find(self, sub, start=None, end=None, /)')
def bytes_find(w_self, w_sub, w_start, w_end):
    return newint(_find(w_self, w_sub, w_start, w_end, False))


@_both('rfind(self, sub, start=None, end=None, /)')
def bytes_rfind(w_self, w_sub, w_start, w_end):
    return newint(_find(w_self, w_sub, w_start, w_end, True))


@_both('index(self, sub, start=None, end=None, /)')
def bytes_index(w_self, w_sub, w_start, w_end):
    i = _find(w_self, w_sub, w_start, w_end, False)
    if i < 0:
        raise oefmt(exc.w_ValueError, "subsection not found")
    return newint(i)


@_both('rindex(self, sub, start=None, end=None, /)')
def bytes_rindex(w_self, w_sub, w_start, w_end):
    i = _find(w_self, w_sub, w_start, w_end, True)
    if i < 0:
        raise oefmt(exc.w_ValueError, "subsection not found")
    return newint(i)


@_both('count(self, sub, start=None, end=None, /)')
def bytes_count(w_self, w_sub, w_start, w_end):
    from fastpy.objspace.strmethods import adjust_indices
    s = _val(w_self)
    sub = _sub_arg(w_sub)
    start, end = adjust_indices(w_start, w_end, len(s))
    if start > len(s) or end < start:
        return newint(0)
    if len(sub) == 0:
        return newint(end - start + 1)
    return newint(s.count(sub, start, end))


def _affix(w_self, w_affix, w_start, w_end, suffix, name):
    from fastpy.objspace.strmethods import adjust_indices
    from fastpy.objspace.tupleobject import W_TupleObject
    s = _val(w_self)
    start, end = adjust_indices(w_start, w_end, len(s))
    if isinstance(w_affix, W_TupleObject):
        affixes = [bytes_like(w_x) for w_x in w_affix.items_w]
    else:
        a = bytes_like_or_none(w_affix)
        if a is None:
            raise oefmt(exc.w_TypeError, "%s first arg must be bytes or a "
                        "tuple of bytes, not %s" % (name, _tn(w_affix)))
        affixes = [a]
    for a in affixes:
        if start > len(s) or end - start < len(a):
            continue
        p = end - len(a) if suffix else start
        assert p >= 0
        if _sl(s, p, p + len(a)) == a:
            return space.w_True
    return space.w_False


@_both('startswith(self, prefix, start=None, end=None, /)')
def bytes_startswith(w_self, w_prefix, w_start, w_end):
    return _affix(w_self, w_prefix, w_start, w_end, False, 'startswith')


@_both('endswith(self, suffix, start=None, end=None, /)')
def bytes_endswith(w_self, w_suffix, w_start, w_end):
    return _affix(w_self, w_suffix, w_start, w_end, True, 'endswith')


@_both("decode(self, encoding='utf-8', errors='strict')")
def bytes_decode(w_self, w_encoding, w_errors):
    encoding = _str_arg(w_encoding, "decode() argument 'encoding'")
    errors = _str_arg(w_errors, "decode() argument 'errors'")
    return newstr(codecs.decode(_val(w_self), encoding, errors))


@_both('hex(self, sep=NULL, bytes_per_sep: int = 1)')
def bytes_hex(w_self, w_sep, bytes_per_sep):
    s = _val(w_self)
    digits = '0123456789abcdef'
    sep = ''
    if w_sep is not None:
        if isinstance(w_sep, W_StrObject):
            sep = str_to_utf8(w_sep.value)
        else:
            sep = bytes_like(w_sep)
        if len(sep) != 1:
            raise oefmt(exc.w_ValueError, "sep must be length 1.")
    parts = []
    for ch in s:
        c = ord(ch)
        parts.append(digits[c >> 4] + digits[c & 15])
    if sep == '' or bytes_per_sep == 0 or len(parts) == 0:
        return space.newtext(''.join(parts))
    groups = []
    k = abs(bytes_per_sep)
    n = len(parts)
    if bytes_per_sep > 0:
        # groups counted from the right
        first = n % k
        if first == 0:
            first = k
        groups.append(''.join(_sl(parts, 0, first)))
        i = first
    else:
        i = 0
    while i < n:
        j = min(i + k, n)
        groups.append(''.join(_sl(parts, i, j)))
        i = j
    return space.newtext(sep.join(groups))


def _fromhex(u):
    out = StringBuilder(len(u) // 2)
    i = 0
    n = len(u)
    while i < n:
        if u[i] == u' ':
            i += 1
            continue
        hi = hex_value(u[i])
        lo = hex_value(u[i + 1]) if i + 1 < n else -1
        if hi < 0:
            raise oefmt(exc.w_ValueError, "non-hexadecimal number found in "
                        "fromhex() arg at position %d" % i)
        if lo < 0:
            raise oefmt(exc.w_ValueError, "non-hexadecimal number found in "
                        "fromhex() arg at position %d" % (i + 1))
        out.append(chr(hi * 16 + lo))
        i += 2
    return out.build()


@classmethod_(w_bytes_type, 'fromhex(type, string, /)')
def bytes_fromhex(w_type, w_string):
    if not isinstance(w_string, W_StrObject):
        raise oefmt(exc.w_TypeError, "fromhex() argument must be str, not %s"
                    % _tn(w_string))
    from fastpy.objspace.protocol import as_subclass
    return as_subclass(w_type, w_bytes_type,
                       W_BytesObject(_fromhex(w_string.value)))


@classmethod_(w_bytearray_type, 'fromhex(type, string, /)')
def bytearray_fromhex(w_type, w_string):
    if not isinstance(w_string, W_StrObject):
        raise oefmt(exc.w_TypeError, "fromhex() argument must be str, not %s"
                    % _tn(w_string))
    from fastpy.objspace.protocol import as_subclass
    return as_subclass(w_type, w_bytearray_type,
                       W_BytearrayObject([c for c in _fromhex(w_string.value)]))


@_both('join(self, iterable_of_bytes, /)')
def bytes_join(w_self, w_iterable):
    sep = _val(w_self)
    items_w = space.iterate(w_iterable)
    parts = []
    for i in range(len(items_w)):
        s = bytes_like_or_none(items_w[i])
        if s is None:
            raise oefmt(exc.w_TypeError, "sequence item %d: expected a "
                        "bytes-like object, %s found" %
                        (i, _tn(items_w[i])))
        parts.append(s)
    return _wrap_like(w_self, sep.join(parts))


@_both('replace(self, old, new, count: int = -1, /)')
def bytes_replace(w_self, w_old, w_new, count):
    s = _val(w_self)
    old = bytes_like(w_old)
    new = bytes_like(w_new)
    if count == 0:
        return _wrap_like(w_self, s)
    if len(old) == 0:
        out = StringBuilder()
        n = 0
        if count < 0 or n < count:
            out.append(new)
            n += 1
        for ch in s:
            out.append(ch)
            if count < 0 or n < count:
                out.append(new)
                n += 1
        return _wrap_like(w_self, out.build())
    return _wrap_like(w_self, new.join(_split_sep(s, old, count)))


def _split_sep(s, sep, maxsplit):
    parts = []
    start = 0
    while maxsplit != 0:
        i = s.find(sep, start, len(s))
        if i < 0:
            break
        parts.append(_sl(s, start, i))
        start = i + len(sep)
        maxsplit -= 1
    parts.append(_sl(s, start, len(s)))
    return parts


def _rsplit_sep(s, sep, maxsplit):
    parts = []
    end = len(s)
    while maxsplit != 0:
        i = s.rfind(sep, 0, end)
        if i < 0:
            break
        parts.append(_sl(s, i + len(sep), end))
        end = i
        maxsplit -= 1
    parts.append(_sl(s, 0, end))
    parts.reverse()
    return parts


def _isspace(ch):
    return ch == ' ' or '\t' <= ch <= '\r'


def _split_ws(s, maxsplit, reverse):
    parts = []
    if not reverse:
        i = 0
        n = len(s)
        while True:
            while i < n and _isspace(s[i]):
                i += 1
            if i >= n:
                break
            if maxsplit == 0:
                parts.append(_sl(s, i, len(s)))
                break
            j = i
            while j < n and not _isspace(s[j]):
                j += 1
            parts.append(_sl(s, i, j))
            maxsplit -= 1
            i = j
        return parts
    j = len(s)
    while True:
        while j > 0 and _isspace(s[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            parts.append(_sl(s, 0, j))
            break
        i = j
        while i > 0 and not _isspace(s[i - 1]):
            i -= 1
        parts.append(_sl(s, i, j))
        maxsplit -= 1
        j = i
    parts.reverse()
    return parts


def _split(w_self, w_sep, maxsplit, reverse):
    from fastpy.objspace.listobject import newlist
    s = _val(w_self)
    if w_sep is space.w_None:
        parts = _split_ws(s, maxsplit, reverse)
    else:
        sep = bytes_like(w_sep)
        if len(sep) == 0:
            raise oefmt(exc.w_ValueError, "empty separator")
        if reverse:
            parts = _rsplit_sep(s, sep, maxsplit)
        else:
            parts = _split_sep(s, sep, maxsplit)
    return newlist([_wrap_like(w_self, p) for p in parts])


@_both('split(self, sep=None, maxsplit: int = -1)')
def bytes_split(w_self, w_sep, maxsplit):
    return _split(w_self, w_sep, maxsplit, False)


@_both('rsplit(self, sep=None, maxsplit: int = -1)')
def bytes_rsplit(w_self, w_sep, maxsplit):
    return _split(w_self, w_sep, maxsplit, True)


@_both('splitlines(self, keepends: bool = False)')
def bytes_splitlines(w_self, keepends):
    from fastpy.objspace.listobject import newlist
    s = _val(w_self)
    parts = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] != '\n' and s[j] != '\r':
            j += 1
        eol = j
        if j < n:
            if s[j] == '\r' and j + 1 < n and s[j + 1] == '\n':
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        parts.append(_sl(s, i, eol))
        i = j
    return newlist([_wrap_like(w_self, p) for p in parts])


def _partition(w_self, w_sep, reverse):
    from fastpy.objspace.tupleobject import newtuple
    s = _val(w_self)
    sep = bytes_like(w_sep)
    if len(sep) == 0:
        raise oefmt(exc.w_ValueError, "empty separator")
    i = s.rfind(sep) if reverse else s.find(sep)
    if i < 0:
        if reverse:
            return newtuple([_wrap_like(w_self, ''), _wrap_like(w_self, ''),
                             _wrap_like(w_self, s)])
        return newtuple([_wrap_like(w_self, s), _wrap_like(w_self, ''),
                         _wrap_like(w_self, '')])
    j = i + len(sep)
    return newtuple([_wrap_like(w_self, _sl(s, 0, i)), _wrap_like(w_self, sep),
                     _wrap_like(w_self, _sl(s, j, len(s)))])


@_both('partition(self, sep, /)')
def bytes_partition(w_self, w_sep):
    return _partition(w_self, w_sep, False)


@_both('rpartition(self, sep, /)')
def bytes_rpartition(w_self, w_sep):
    return _partition(w_self, w_sep, True)


def _strip(w_self, w_chars, left, right):
    s = _val(w_self)
    if w_chars is space.w_None:
        chars = ' \t\n\r\x0b\x0c'
    else:
        chars = bytes_like(w_chars)
    start = 0
    end = len(s)
    if left:
        while start < end and chars.find(s[start]) >= 0:
            start += 1
    if right:
        while end > start and chars.find(s[end - 1]) >= 0:
            end -= 1
    return _wrap_like(w_self, _sl(s, start, end))


@_both('strip(self, bytes=None, /)')
def bytes_strip(w_self, w_chars):
    return _strip(w_self, w_chars, True, True)


@_both('lstrip(self, bytes=None, /)')
def bytes_lstrip(w_self, w_chars):
    return _strip(w_self, w_chars, True, False)


@_both('rstrip(self, bytes=None, /)')
def bytes_rstrip(w_self, w_chars):
    return _strip(w_self, w_chars, False, True)


@_both('removeprefix(self, prefix, /)')
def bytes_removeprefix(w_self, w_prefix):
    s = _val(w_self)
    p = bytes_like(w_prefix)
    if len(p) > 0 and s.startswith(p):
        return _wrap_like(w_self, _sl(s, len(p), len(s)))
    return _wrap_like(w_self, s) if isinstance(w_self, W_BytearrayObject) \
        else w_self


@_both('removesuffix(self, suffix, /)')
def bytes_removesuffix(w_self, w_suffix):
    s = _val(w_self)
    p = bytes_like(w_suffix)
    if len(p) > 0 and s.endswith(p):
        end = len(s) - len(p)
        assert end >= 0
        return _wrap_like(w_self, _sl(s, 0, end))
    return _wrap_like(w_self, s) if isinstance(w_self, W_BytearrayObject) \
        else w_self


def _fill(w_fill, name):
    if w_fill is None:
        return ' '
    s = bytes_like_or_none(w_fill)
    if s is None or len(s) != 1:
        raise oefmt(exc.w_TypeError, "%s() argument 2 must be a byte string "
                    "of length 1, not %s" % (name, _tn(w_fill)))
    return s


@_both("center(self, width: int, fillchar=NULL, /)")
def bytes_center(w_self, width, w_fill):
    s = _val(w_self)
    fill = _fill(w_fill, 'center')
    marg = width - len(s)
    if marg <= 0:
        return _wrap_like(w_self, s)
    left = marg // 2 + (marg & width & 1)
    return _wrap_like(w_self, fill * left + s + fill * (marg - left))


@_both("ljust(self, width: int, fillchar=NULL, /)")
def bytes_ljust(w_self, width, w_fill):
    s = _val(w_self)
    fill = _fill(w_fill, 'ljust')
    return _wrap_like(w_self, s + fill * max(0, width - len(s)))


@_both("rjust(self, width: int, fillchar=NULL, /)")
def bytes_rjust(w_self, width, w_fill):
    s = _val(w_self)
    fill = _fill(w_fill, 'rjust')
    return _wrap_like(w_self, fill * max(0, width - len(s)) + s)


@_both('zfill(self, width: int, /)')
def bytes_zfill(w_self, width):
    s = _val(w_self)
    fill = width - len(s)
    if fill <= 0:
        return _wrap_like(w_self, s)
    if len(s) > 0 and (s[0] == '+' or s[0] == '-'):
        return _wrap_like(w_self, s[0] + '0' * fill + s[1:])
    return _wrap_like(w_self, '0' * fill + s)


def _map_chars(w_self, kind):
    s = _val(w_self)
    out = StringBuilder(len(s))
    prev_cased = False
    for k in range(len(s)):
        ch = s[k]
        if kind == 'lower':
            out.append(ch.lower())
        elif kind == 'upper':
            out.append(ch.upper())
        elif kind == 'swapcase':
            out.append(ch.lower() if ch.isupper() else ch.upper())
        elif kind == 'capitalize':
            out.append(ch.upper() if k == 0 else ch.lower())
        else:       # title
            out.append(ch.lower() if prev_cased else ch.upper())
            prev_cased = ch.isalpha()
    return _wrap_like(w_self, out.build())


def _make_map(kind):
    def impl(w_self):
        return _map_chars(w_self, kind)
    impl.__name__ = 'bytes_' + kind
    _both('%s(self, /)' % kind)(impl)

for _kind in ['lower', 'upper', 'swapcase', 'capitalize', 'title']:
    _make_map(_kind)


def _is_all(s, kind):
    if len(s) == 0:
        return kind == 'ascii'
    for ch in s:
        if kind == 'alnum':
            ok = ch.isalnum()
        elif kind == 'alpha':
            ok = ch.isalpha()
        elif kind == 'digit':
            ok = ch.isdigit()
        elif kind == 'space':
            ok = _isspace(ch)
        else:
            ok = ord(ch) < 128
        if not ok:
            return False
    return True


def _make_is(kind):
    def impl(w_self):
        return space.newbool(_is_all(_val(w_self), kind))
    impl.__name__ = 'bytes_is' + kind
    _both('is%s(self, /)' % kind)(impl)

for _kind in ['alnum', 'alpha', 'digit', 'space', 'ascii']:
    _make_is(_kind)


def _case_check(s, want_upper):
    cased = False
    for ch in s:
        if ch.isupper() if not want_upper else ch.islower():
            return False
        if ch.isupper() if want_upper else ch.islower():
            cased = True
    return cased


@_both('islower(self, /)')
def bytes_islower(w_self):
    return space.newbool(_case_check(_val(w_self), False))


@_both('isupper(self, /)')
def bytes_isupper(w_self):
    return space.newbool(_case_check(_val(w_self), True))


@_both('istitle(self, /)')
def bytes_istitle(w_self):
    cased = False
    prev = False
    for ch in _val(w_self):
        if ch.isupper():
            if prev:
                return space.w_False
            prev = cased = True
        elif ch.islower():
            if not prev:
                return space.w_False
            prev = cased = True
        else:
            prev = False
    return space.newbool(cased)


@_both('expandtabs(self, tabsize: int = 8)')
def bytes_expandtabs(w_self, tabsize):
    s = _val(w_self)
    out = StringBuilder(len(s))
    col = 0
    for ch in s:
        if ch == '\t':
            if tabsize > 0:
                incr = tabsize - col % tabsize
                out.append(' ' * incr)
                col += incr
        else:
            out.append(ch)
            col += 1
            if ch == '\n' or ch == '\r':
                col = 0
    return _wrap_like(w_self, out.build())


@_both('translate(self, table, /, delete=NULL)')
def bytes_translate(w_self, w_table, w_delete):
    s = _val(w_self)
    delete = ''
    if w_delete is not None:
        delete = bytes_like(w_delete)
    table = None
    if w_table is not space.w_None:
        table = bytes_like(w_table)
        if len(table) != 256:
            raise oefmt(exc.w_ValueError,
                        "translation table must be 256 characters long")
    out = StringBuilder(len(s))
    for ch in s:
        if delete.find(ch) >= 0:
            continue
        if table is not None:
            out.append(table[ord(ch)])
        else:
            out.append(ch)
    return _wrap_like(w_self, out.build())


def _maketrans(w_from, w_to):
    a = bytes_like(w_from)
    b = bytes_like(w_to)
    if len(a) != len(b):
        raise oefmt(exc.w_ValueError,
                    "maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for k in range(len(a)):
        table[ord(a[k])] = b[k]
    return W_BytesObject(''.join(table))


@staticmethod_(w_bytes_type, 'maketrans(frm, to, /)')
def bytes_maketrans(w_from, w_to):
    return _maketrans(w_from, w_to)


@staticmethod_(w_bytearray_type, 'maketrans(frm, to, /)')
def bytearray_maketrans(w_from, w_to):
    return _maketrans(w_from, w_to)
