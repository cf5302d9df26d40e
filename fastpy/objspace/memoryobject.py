"""`memoryview` over bytes and bytearray (format 'B', one dimension):
len, indexing, slicing, tobytes, tolist, hex, release, equality.  Holds a
counted reference to the object it views."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import newint
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject

w_memoryview_type = W_TypeObject('memoryview', w_object_type)
from fastpy.objspace import space


class W_MemoryView(W_Counted):
    _attrs_ = ['w_obj', 'start', 'step', 'length', 'released', 'exporting']

    def __init__(self, w_obj, start, step, length):
        self.w_obj = w_obj
        self.start = start
        self.step = step
        self.length = length
        self.released = False
        # True for the view BytesIO.getbuffer() made: until it is
        # released, the BytesIO cannot be resized.
        self.exporting = False
        refcount.incref(w_obj)

    def gettype(self):
        return w_memoryview_type

    def referents(self):
        return [self.w_obj]

    def release_children(self):
        self.release()
        w_obj = self.w_obj
        self.w_obj = None
        refcount.decref(w_obj)

    def release(self):
        self.released = True
        if self.exporting:
            self.exporting = False
            self.w_obj.sp_buffer_unexport()

    def check(self):
        if self.released or self.w_obj is None:
            raise oefmt(exc.w_ValueError,
                        "operation forbidden on released memoryview object")

    def base(self):
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return w_obj.value
        if isinstance(w_obj, W_BytearrayObject):
            return w_obj.as_str()
        s = w_obj.sp_buffer()            # array.array
        assert s is not None
        if len(s) < self.start + self.length * self.step:
            raise oefmt(exc.w_BufferError, "memoryview: the exporting "
                        "object was resized")
        return s

    def as_str(self):
        self.check()
        s = self.base()
        return ''.join([s[self.start + k * self.step]
                        for k in range(self.length)])

    def readonly(self):
        return isinstance(self.w_obj, W_BytesObject)

    def sp_len(self):
        self.check()
        return self.length

    def sp_bool(self):
        self.check()
        return 1 if self.length > 0 else 0

    def sp_repr(self):
        if self.released:
            return u'<released memory>'
        return u'<memory>'

    def sp_hash(self):
        if not self.readonly():
            raise oefmt(exc.w_ValueError,
                        "cannot hash writable memoryview object")
        from rpython.rlib.objectmodel import compute_hash
        return compute_hash(self.as_str())

    def sp_eq(self, w_other):
        from fastpy.objspace.bytesmethods import bytes_like_or_none
        if self.released:
            return 1 if w_other is self else 0
        other = bytes_like_or_none(w_other)
        if other is None:
            return -1
        return 1 if self.as_str() == other else 0

    def sp_getitem(self, w_index):
        from fastpy.objspace.sliceobject import W_SliceObject
        self.check()
        if isinstance(w_index, W_SliceObject):
            start, stop, step, n = space.slice_indices(w_index, self.length)
            return W_MemoryView(self.w_obj, self.start + start * self.step,
                                self.step * step, n)
        i = space.index_w(w_index)
        if i < 0:
            i += self.length
        if i < 0 or i >= self.length:
            raise oefmt(exc.w_IndexError, "index out of bounds on dimension "
                        "1")
        return newint(ord(self.base()[self.start + i * self.step]))

    def sp_setitem(self, w_index, w_value):
        from fastpy.objspace.bytesmethods import byte_value
        self.check()
        if self.readonly():
            raise oefmt(exc.w_TypeError, "cannot modify read-only memory")
        i = space.index_w(w_index)
        if i < 0:
            i += self.length
        if i < 0 or i >= self.length:
            raise oefmt(exc.w_IndexError, "index out of bounds on dimension "
                        "1")
        w_obj = self.w_obj
        char = chr(byte_value(w_value))
        if isinstance(w_obj, W_BytearrayObject):
            w_obj.data[self.start + i * self.step] = char
        elif not w_obj.sp_buffer_write(self.start + i * self.step, char):
            raise oefmt(exc.w_NotImplementedError, "memoryview: writing "
                        "through a view of '%s' is not supported" %
                        space.type_name(w_obj))
        return True

    def sp_iter(self):
        from fastpy.objspace.bytesmethods import W_BytesIterator
        return W_BytesIterator(W_BytearrayObject([c for c in
                                                  self.as_str()]))


@constructor(w_memoryview_type, 'memoryview(object)')
def memoryview_new(w_cls, w_obj):
    if isinstance(w_obj, W_BytesObject):
        return W_MemoryView(w_obj, 0, 1, len(w_obj.value))
    if isinstance(w_obj, W_BytearrayObject):
        return W_MemoryView(w_obj, 0, 1, len(w_obj.data))
    if isinstance(w_obj, W_MemoryView):
        return W_MemoryView(w_obj.w_obj, w_obj.start, w_obj.step,
                            w_obj.length)
    s = w_obj.sp_buffer()
    if s is not None:                   # array.array: its items' format
        from fastpy.objspace.memorycast import buffer_view
        return buffer_view(w_obj, s)
    raise oefmt(exc.w_TypeError, "memoryview: a bytes-like object is "
                "required, not '%s'" % space.type_name(w_obj))


@method(w_memoryview_type, 'tobytes(self, order=None)', W_MemoryView)
def memoryview_tobytes(w_self, w_order):
    return W_BytesObject(w_self.as_str())


# tolist, cast, format and itemsize: memorycast.py


@method(w_memoryview_type, 'hex(self, /)', W_MemoryView)
def memoryview_hex(w_self):
    digits = '0123456789abcdef'
    return space.newtext(''.join([digits[ord(c) >> 4] +
                                     digits[ord(c) & 15]
                                     for c in w_self.as_str()]))


@method(w_memoryview_type, 'release(self, /)', W_MemoryView)
def memoryview_release(w_self):
    w_self.release()
    return space.w_None


@method(w_memoryview_type, '__enter__(self, /)', W_MemoryView)
def memoryview_enter(w_self):
    w_self.check()
    return w_self


@method(w_memoryview_type, '__exit__(self, *args)', W_MemoryView)
def memoryview_exit(w_self, args_w):
    w_self.release()
    return space.w_None


def _get_readonly(w_self):
    assert isinstance(w_self, W_MemoryView)
    w_self.check()
    return space.newbool(w_self.readonly())


def _get_nbytes(w_self):
    assert isinstance(w_self, W_MemoryView)
    w_self.check()
    return newint(w_self.length)


def _get_obj(w_self):
    assert isinstance(w_self, W_MemoryView)
    w_self.check()
    return w_self.w_obj


getset(w_memoryview_type, 'readonly', _get_readonly)
getset(w_memoryview_type, 'nbytes', _get_nbytes)
getset(w_memoryview_type, 'obj', _get_obj)

from fastpy.objspace import memorycast    # noqa: cast(), tolist()
