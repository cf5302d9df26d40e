"""`memoryview.cast(format)` from the byte format to the native integer
formats (re._compiler packs big charsets with `memoryview(b).cast('I')`),
and the `format` / `itemsize` attributes.  A cast view is a W_CastView:
the bytes of a contiguous 'B' view read as little-endian items of
`itemsize` bytes (the build machines are little-endian x86-64)."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import newint
from fastpy.objspace.memoryobject import W_MemoryView, w_memoryview_type

# format -> (itemsize, signed)
FORMATS = {'B': (1, False), 'b': (1, True), 'c': (1, False),
           'H': (2, False), 'h': (2, True), 'I': (4, False), 'i': (4, True),
           'L': (8, False), 'l': (8, True), 'Q': (8, False), 'q': (8, True),
           'N': (8, False), 'n': (8, True)}


class W_CastView(W_MemoryView):
    _attrs_ = ['fmt', 'itemsize', 'signed']

    def __init__(self, w_obj, start, length, fmt, itemsize, signed):
        W_MemoryView.__init__(self, w_obj, start, 1, length)
        self.fmt = fmt
        self.itemsize = itemsize
        self.signed = signed

    def sp_len(self):
        self.check()
        return self.length // self.itemsize

    def item(self, s, i):
        """Item i of the byte string s (little-endian)."""
        size = self.itemsize
        value = 0
        for k in range(size - 1, -1, -1):
            value = (value << 8) | ord(s[i * size + k])
        if self.signed and size < 8 and value >= 1 << (8 * size - 1):
            value -= 1 << (8 * size)
        return value

    def item_w(self, s, i):
        """Item i of s as an object: an int, or for the formats of
        array.array views a float ('f', 'd') or a character ('w')."""
        if self.fmt == 'd' or self.fmt == 'f':
            from rpython.rlib.rarithmetic import r_ulonglong
            from rpython.rlib.rstruct import ieee
            from fastpy.objspace.floatobject import newfloat
            bits = r_ulonglong(0)
            for k in range(self.itemsize - 1, -1, -1):
                bits = (bits << 8) | r_ulonglong(ord(s[i * self.itemsize + k]))
            return newfloat(ieee.float_unpack(bits, self.itemsize))
        if self.itemsize == 8:
            from rpython.rlib.rarithmetic import r_uint, intmask
            bits = r_uint(0)
            for k in range(7, -1, -1):
                bits = (bits << 8) | r_uint(ord(s[i * 8 + k]))
            if self.signed or intmask(bits) >= 0:
                return newint(intmask(bits))
            from rpython.rlib.rbigint import rbigint
            from fastpy.objspace.longobject import newlong
            return newlong(rbigint.fromrarith_int(bits))
        value = self.item(s, i)
        if self.fmt == 'w':
            from fastpy.objspace.strobject import newstr
            if value < 0 or value > 0x10ffff:
                raise oefmt(exc.w_ValueError,
                            "chr() arg not in range(0x110000)")
            return newstr(unichr(value))
        return newint(value)

    def items_w(self):
        s = self.as_str()
        return [self.item_w(s, i)
                for i in range(self.length // self.itemsize)]

    def sp_getitem(self, w_index):
        from fastpy.objspace import space
        self.check()
        n = self.length // self.itemsize
        i = space.index_w(w_index)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(exc.w_IndexError, "index out of bounds on dimension "
                        "1")
        return self.item_w(self.as_str(), i)


def buffer_view(w_obj, s):
    """memoryview(x) of an array.array: its typecode's format ('u' is
    'w'); the bytes are read from the array on every access."""
    from fastpy.modules.arrayobject import W_Array
    assert isinstance(w_obj, W_Array)
    tc = w_obj.tc
    fmt = 'w' if tc.code == 'u' else tc.code
    return W_CastView(w_obj, 0, len(s), fmt, tc.itemsize, tc.signed)


def _view(w_self):
    assert isinstance(w_self, W_MemoryView)
    return w_self


@method(w_memoryview_type, 'cast(self, /, format, shape=NULL)',
        W_MemoryView)
def memoryview_cast(w_self, w_format, w_shape):
    from fastpy.objspace import space
    from fastpy.objspace.strobject import W_StrObject
    view = _view(w_self)
    view.check()
    if not isinstance(w_format, W_StrObject):
        raise oefmt(exc.w_TypeError, "memoryview: format argument must be "
                    "a string")
    fmt = space.str_to_utf8(w_format.value)
    if fmt.startswith('@'):
        fmt = fmt[1:]
    if fmt not in FORMATS:
        raise oefmt(exc.w_ValueError, "memoryview: destination format must "
                    "be a native single character format prefixed with an "
                    "optional '@'")
    if isinstance(view, W_CastView) and fmt != 'B':
        raise oefmt(exc.w_TypeError, "memoryview: cannot cast between two "
                    "non-byte formats")
    if w_shape is not None:
        raise oefmt(exc.w_NotImplementedError,
                    "memoryview: cast with shape is not supported")
    itemsize, signed = FORMATS[fmt]
    if view.length % itemsize != 0:
        raise oefmt(exc.w_TypeError, "memoryview: length is not a multiple "
                    "of itemsize")
    if view.step != 1:
        raise oefmt(exc.w_TypeError, "memoryview: casts are restricted to "
                    "C-contiguous views")
    return W_CastView(view.w_obj, view.start, view.length, fmt, itemsize,
                      signed)


@method(w_memoryview_type, 'tolist(self, /)', W_MemoryView)
def memoryview_tolist(w_self):
    from fastpy.objspace.listobject import newlist
    view = _view(w_self)
    if isinstance(view, W_CastView):
        return newlist(view.items_w())
    return newlist([newint(ord(c)) for c in view.as_str()])


def _get_format(w_self):
    from fastpy.objspace import space
    view = _view(w_self)
    view.check()
    if isinstance(view, W_CastView):
        return space.newtext(view.fmt)
    return space.newtext('B')


def _get_itemsize(w_self):
    view = _view(w_self)
    view.check()
    if isinstance(view, W_CastView):
        return newint(view.itemsize)
    return newint(1)


getset(w_memoryview_type, 'format', _get_format)
getset(w_memoryview_type, 'itemsize', _get_itemsize)


# The views are one-dimensional: ndim, shape, strides, suboffsets and the
# contiguity flags follow (base64's input check reads ndim).

def _items_and_stride(view):
    if isinstance(view, W_CastView):
        return view.length // view.itemsize, view.itemsize
    return view.length, view.step


def _get_ndim(w_self):
    _view(w_self).check()
    return newint(1)


def _get_shape(w_self):
    from fastpy.objspace.tupleobject import newtuple
    view = _view(w_self)
    view.check()
    n, _ = _items_and_stride(view)
    return newtuple([newint(n)])


def _get_strides(w_self):
    from fastpy.objspace.tupleobject import newtuple
    view = _view(w_self)
    view.check()
    _, stride = _items_and_stride(view)
    return newtuple([newint(stride)])


def _get_suboffsets(w_self):
    from fastpy.objspace.tupleobject import newtuple
    _view(w_self).check()
    return newtuple([])


def _get_contiguous(w_self):
    from fastpy.objspace import space
    view = _view(w_self)
    view.check()
    n, stride = _items_and_stride(view)
    if isinstance(view, W_CastView):
        return space.newbool(True)
    return space.newbool(n <= 1 or stride == 1)


getset(w_memoryview_type, 'ndim', _get_ndim)
getset(w_memoryview_type, 'shape', _get_shape)
getset(w_memoryview_type, 'strides', _get_strides)
getset(w_memoryview_type, 'suboffsets', _get_suboffsets)
getset(w_memoryview_type, 'contiguous', _get_contiguous)
getset(w_memoryview_type, 'c_contiguous', _get_contiguous)
getset(w_memoryview_type, 'f_contiguous', _get_contiguous)
