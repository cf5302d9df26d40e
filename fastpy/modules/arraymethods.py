"""The methods and attributes of array.array (arrayobject.py holds the
representation and the generic operations)."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.arrayobject import W_Array, w_array_type, KIND_UNICODE
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import newtuple

BLOCKSIZE = 64 * 1024


def extend_w(w_self, w_iterable):
    """array.extend: an array of the same kind, or any iterable (the items
    before a bad one stay appended, as in CPython)."""
    if isinstance(w_iterable, W_Array):
        if w_iterable.tc is not w_self.tc:
            raise oefmt(exc.w_TypeError,
                        "can only extend with array of same kind")
        w_self.extend_array(w_iterable)
        return
    w_iter = space.get_iter(w_iterable)
    try:
        while True:
            w_item = space.next_w(w_iter)
            if w_item is None:
                break
            try:
                w_self.append_w(w_item)
            finally:
                refcount.discard(w_item)
    finally:
        refcount.discard(w_iter)


@method(w_array_type, 'append(self, v, /)', W_Array)
def array_append(w_self, w_v):
    w_self.append_w(w_v)
    return space.w_None


@method(w_array_type, 'extend(self, bb, /)', W_Array)
def array_extend(w_self, w_bb):
    extend_w(w_self, w_bb)
    return space.w_None


@method(w_array_type, 'insert(self, i: int, v, /)', W_Array)
def array_insert(w_self, i, w_v):
    n = w_self.length()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_one = w_self.new_like()
    w_one.append_w(w_v)
    w_self.insert_from(i, w_one)
    return space.w_None


@method(w_array_type, 'pop(self, i: int = -1, /)', W_Array)
def array_pop(w_self, i):
    n = w_self.length()
    if n == 0:
        raise oefmt(exc.w_IndexError, "pop from empty array")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise oefmt(exc.w_IndexError, "pop index out of range")
    w_item = w_self.item_w(i)
    w_self.delete_range(i, i + 1)
    return w_item


@method(w_array_type, 'remove(self, v, /)', W_Array)
def array_remove(w_self, w_v):
    i = w_self.find(w_v, 0, w_self.length())
    if i < 0:
        raise oefmt(exc.w_ValueError, "array.remove(x): x not in array")
    w_self.delete_range(i, i + 1)
    return space.w_None


def _slice_index(w_obj, n):
    """A start/stop argument of index() (CPython's
    _PyEval_SliceIndexNotNone), made non-negative."""
    if not (isinstance(w_obj, W_IntObject) or
            isinstance(w_obj, W_LongObject)):
        w_i = None
        if w_obj.is_user:
            w_i = protocol.index(w_obj)
        if w_i is None:
            raise oefmt(exc.w_TypeError, "slice indices must be integers "
                        "or have an __index__ method")
        w_obj = w_i
    if isinstance(w_obj, W_LongObject):
        i = -(1 << 62) if w_obj.bigval.sign < 0 else 1 << 62
    else:
        assert isinstance(w_obj, W_IntObject)
        i = w_obj.intval
    if i < 0:
        i += n
        if i < 0:
            i = 0
    return i


@method(w_array_type, 'index(self, v, start=0, stop=NULL, /)', W_Array)
def array_index(w_self, w_v, w_start, w_stop):
    n = w_self.length()
    start = _slice_index(w_start, n)
    stop = n if w_stop is None else _slice_index(w_stop, n)
    i = w_self.find(w_v, start, stop)
    if i < 0:
        raise oefmt(exc.w_ValueError, "array.index(x): x not in array")
    return newint(i)


@method(w_array_type, 'count(self, v, /)', W_Array)
def array_count(w_self, w_v):
    count = 0
    n = w_self.length()
    i = w_self.find(w_v, 0, n)
    while i >= 0:
        count += 1
        i = w_self.find(w_v, i + 1, n)
    return newint(count)


@method(w_array_type, 'reverse(self, /)', W_Array)
def array_reverse(w_self):
    if w_self.is_float():
        w_self.floats.reverse()
    else:
        w_self.ints.reverse()
    return space.w_None


@method(w_array_type, 'byteswap(self, /)', W_Array)
def array_byteswap(w_self):
    w_self.byteswap()
    return space.w_None


@method(w_array_type, 'buffer_info(self, /)', W_Array)
def array_buffer_info(w_self):
    from rpython.rlib.objectmodel import compute_unique_id
    return newtuple([newint(compute_unique_id(w_self)),
                     newint(w_self.length())])


def _bytes_arg(w_obj):
    from fastpy.objspace.bytesmethods import buffer_or_none
    s = buffer_or_none(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, "
                    "not '%s'" % space.type_name(w_obj))
    return s


@method(w_array_type, 'frombytes(self, buffer, /)', W_Array)
def array_frombytes(w_self, w_buffer):
    w_self.frombytes(_bytes_arg(w_buffer))
    return space.w_None


@method(w_array_type, 'tobytes(self, /)', W_Array)
def array_tobytes(w_self):
    return W_BytesObject(w_self.tobytes())


@method(w_array_type, 'fromlist(self, list, /)', W_Array)
def array_fromlist(w_self, w_list):
    if not isinstance(w_list, W_ListObject):
        raise oefmt(exc.w_TypeError, "arg must be list")
    # All or nothing: convert into a scratch array first.
    w_tmp = w_self.new_like()
    n = w_list.length()
    i = 0
    while i < n and i < w_list.length():
        w_tmp.append_w(w_list.getitem(i))
        i += 1
    w_self.extend_array(w_tmp)
    return space.w_None


@method(w_array_type, 'tolist(self, /)', W_Array)
def array_tolist(w_self):
    return newlist(w_self.items_w())


def _check_unicode_array(w_self, what):
    if w_self.tc.kind != KIND_UNICODE:
        raise oefmt(exc.w_ValueError, "%s() may only be called on unicode "
                    "type arrays" % what)


@method(w_array_type, 'fromunicode(self, ustr, /)', W_Array)
def array_fromunicode(w_self, w_ustr):
    if not isinstance(w_ustr, W_StrObject):
        raise oefmt(exc.w_TypeError, "fromunicode() argument must be str, "
                    "not %s" % space.type_name(w_ustr))
    _check_unicode_array(w_self, 'fromunicode')
    for ch in w_ustr.value:
        w_self.ints.append(ord(ch))
    return space.w_None


@method(w_array_type, 'tounicode(self, /)', W_Array)
def array_tounicode(w_self):
    _check_unicode_array(w_self, 'tounicode')
    return newstr(w_self.tounicode())


@method(w_array_type, 'fromfile(self, f, n, /)', W_Array)
def array_fromfile(w_self, w_f, w_n):
    from fastpy.modules.iobase import call_method
    n = space.int_w(w_n)
    if n < 0:
        raise oefmt(exc.w_ValueError, "negative count")
    size = w_self.tc.itemsize
    nbytes = n * size
    w_data = call_method(w_f, 'read', [newint(nbytes)])
    try:
        if not isinstance(w_data, W_BytesObject):
            raise oefmt(exc.w_TypeError, "read() didn't return bytes")
        data = w_data.value
    finally:
        refcount.discard(w_data)
    whole = len(data) - len(data) % size
    assert whole >= 0
    w_self.frombytes(data[:whole])
    if len(data) != nbytes:
        raise oefmt(exc.w_EOFError, "read() didn't return enough bytes")
    return space.w_None


@method(w_array_type, 'tofile(self, f, /)', W_Array)
def array_tofile(w_self, w_f):
    from fastpy.modules.iobase import call_method_discard
    data = w_self.tobytes()
    pos = 0
    while pos < len(data):
        end = min(pos + BLOCKSIZE, len(data))
        w_chunk = W_BytesObject(data[pos:end])
        refcount.incref(w_chunk)
        try:
            call_method_discard(w_f, 'write', [w_chunk])
        finally:
            refcount.decref(w_chunk)
        pos = end
    return space.w_None


def _copy(w_self):
    return w_self.copy_range(0, w_self.length())


@method(w_array_type, '__copy__(self, /)', W_Array)
def array_copy(w_self):
    return _copy(w_self)


@method(w_array_type, '__deepcopy__(self, unused, /)', W_Array)
def array_deepcopy(w_self, w_unused):
    return _copy(w_self)


@method(w_array_type, '__reduce_ex__(self, value, /)', W_Array)
def array_reduce_ex(w_self, w_value):
    """(type(self), (typecode, list), __dict__ or None): CPython's form
    for protocols below 3, used for every protocol here."""
    space.int_w(w_value)
    w_state = space.w_None
    if w_self.is_user:
        w_state = space.getattr_w(w_self, '__dict__')
    w_list = newlist(w_self.items_w())
    w_args = newtuple([space.newtext(w_self.tc.code), w_list])
    try:
        return newtuple([w_self.gettype(), w_args, w_state])
    finally:
        refcount.discard(w_args)
        refcount.discard(w_list)
        refcount.discard(w_state)


def _get_typecode(w_self):
    assert isinstance(w_self, W_Array)
    return space.newtext(w_self.tc.code)


def _get_itemsize(w_self):
    assert isinstance(w_self, W_Array)
    return newint(w_self.tc.itemsize)


getset(w_array_type, 'typecode', _get_typecode)
getset(w_array_type, 'itemsize', _get_itemsize)
