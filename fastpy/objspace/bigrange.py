"""`range` objects whose bounds or length do not fit in a machine word
(`range(10**20)`), and their iterator.

The constructor (slicemethods.range_new) makes a W_RangeObject (machine
ints, the fast path) whenever it can and a W_BigRangeObject otherwise; a
big range has the type `range` and answers the generic operations through
its `sp_*` methods (root.py), on rbigints as CPython's range does on
PyLongs.  Holds no Python objects: not counted.
"""

from rpython.rlib.rbigint import rbigint

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.rangeobject import W_RangeObject, w_range_type

w_longrange_iterator_type = W_TypeObject('longrange_iterator',
                                         w_object_type)

BIG_ZERO = rbigint.fromint(0)
BIG_ONE = rbigint.fromint(1)


def big_length(start, stop, step):
    """CPython's compute_range_length on rbigints."""
    if step.int_gt(0):
        lo = start
        hi = stop
        st = step
    else:
        lo = stop
        hi = start
        st = step.neg()
    if lo.ge(hi):
        return BIG_ZERO
    return hi.sub(lo).sub(BIG_ONE).floordiv(st).add(BIG_ONE)


def fits(big):
    try:
        big.toint()
    except OverflowError:
        return False
    return True


def make_range(start, stop, step):
    """A range from rbigint bounds: machine-int W_RangeObject when its
    bounds and length fit, else W_BigRangeObject."""
    length = big_length(start, stop, step)
    if fits(start) and fits(stop) and fits(step) and fits(length):
        # every item lies between start and stop, so item() cannot
        # overflow either
        return W_RangeObject(start.toint(), stop.toint(), step.toint())
    return W_BigRangeObject(start, stop, step, length)


def big_of(w_int):
    if isinstance(w_int, W_IntObject):
        return rbigint.fromint(w_int.intval)
    assert isinstance(w_int, W_LongObject)
    return w_int.bigval


def range_parts(w_range):
    """(start, stop, step, length) of any range, as rbigints."""
    if isinstance(w_range, W_BigRangeObject):
        return (w_range.start, w_range.stop, w_range.step, w_range.length)
    assert isinstance(w_range, W_RangeObject)
    return (rbigint.fromint(w_range.start), rbigint.fromint(w_range.stop),
            rbigint.fromint(w_range.step), rbigint.fromint(w_range.length))


def is_range(w_obj):
    return (isinstance(w_obj, W_RangeObject) or
            isinstance(w_obj, W_BigRangeObject))


def big_find(w_range, w_x):
    """The position of the int w_x in the range, or None."""
    from fastpy.objspace import space
    if not space.is_int(w_x):
        return None
    start, stop, step, length = range_parts(w_range)
    v = big_of(w_x)
    if step.int_gt(0):
        if not (start.le(v) and v.lt(stop)):
            return None
    else:
        if not (stop.lt(v) and v.le(start)):
            return None
    q, r = v.sub(start).divmod(step)
    if not r.int_eq(0):
        return None
    return q


def slice_big_indices(w_slice, length):
    """(start, stop, step) of a slice applied to a sequence of rbigint
    length: CPython's _PySlice_GetLongIndices."""
    from fastpy.objspace import space
    from fastpy.objspace.sliceobject import W_SliceObject
    assert isinstance(w_slice, W_SliceObject)
    if w_slice.w_step is space.w_None:
        step = BIG_ONE
    else:
        step = big_of(_slice_index(w_slice.w_step))
        if step.int_eq(0):
            raise oefmt(exc.w_ValueError, "slice step cannot be zero")
    neg = step.int_lt(0)
    if neg:
        lower = rbigint.fromint(-1)
        upper = length.add(lower)
    else:
        lower = BIG_ZERO
        upper = length
    if w_slice.w_start is space.w_None:
        start = upper if neg else lower
    else:
        start = _clamp(big_of(_slice_index(w_slice.w_start)), length,
                       lower, upper)
    if w_slice.w_stop is space.w_None:
        stop = lower if neg else upper
    else:
        stop = _clamp(big_of(_slice_index(w_slice.w_stop)), length,
                      lower, upper)
    return start, stop, step


def _clamp(i, length, lower, upper):
    if i.int_lt(0):
        i = i.add(length)
        if i.lt(lower):
            i = lower
    elif i.gt(upper):
        i = upper
    return i


def _slice_index(w_x):
    from fastpy.objspace import space, protocol
    if space.is_int(w_x):
        return w_x
    if w_x.is_user:
        w_index = protocol.index(w_x)
        if w_index is not None:
            return w_index
    raise oefmt(exc.w_TypeError, "slice indices must be integers or None "
                "or have an __index__ method")


def range_getitem(w_range, w_index):
    """w_range[w_index] for any range with an int or slice index."""
    from fastpy.objspace import space, protocol
    from fastpy.objspace.sliceobject import W_SliceObject
    start, stop, step, length = range_parts(w_range)
    if isinstance(w_index, W_SliceObject):
        sl_start, sl_stop, sl_step = slice_big_indices(w_index, length)
        return make_range(start.add(sl_start.mul(step)),
                          start.add(sl_stop.mul(step)), step.mul(sl_step))
    w_i = w_index
    if not space.is_int(w_i) and w_i.is_user:
        w_i = protocol.index(w_index)
    if w_i is None or not space.is_int(w_i):
        raise oefmt(exc.w_TypeError, "range indices must be integers or "
                    "slices, not %s" % space.type_name(w_index))
    i = big_of(w_i)
    if i.int_lt(0):
        i = i.add(length)
    if i.int_lt(0) or i.ge(length):
        raise oefmt(exc.w_IndexError, "range object index out of range")
    return newlong(start.add(i.mul(step)))


def range_iter_big(w_range):
    """iter(range) as a longrange_iterator."""
    start, stop, step, length = range_parts(w_range)
    return W_BigRangeIterator(start, length, step)


def range_reversed(w_range):
    """reversed(range) as CPython's range_reverse."""
    start, stop, step, length = range_parts(w_range)
    last = start.add(length.sub(BIG_ONE).mul(step))
    return W_BigRangeIterator(last, length, step.neg())


class W_BigRangeObject(W_Root):
    _attrs_ = ['start', 'stop', 'step', 'length']
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step, length):
        self.start = start
        self.stop = stop
        self.step = step
        self.length = length

    def gettype(self):
        return w_range_type

    def sp_bool(self):
        return 0 if self.length.int_eq(0) else 1

    def sp_len(self):
        try:
            return self.length.toint()
        except OverflowError:
            raise oefmt(exc.w_OverflowError,
                        "Python int too large to convert to C ssize_t")

    def sp_repr(self):
        s = 'range(%s, %s' % (self.start.str(), self.stop.str())
        if not self.step.int_eq(1):
            s += ', ' + self.step.str()
        return (s + ')').decode('ascii')

    def sp_hash(self):
        return range_hash(self)

    def sp_eq(self, w_other):
        if not is_range(w_other):
            return -1
        return 1 if ranges_equal(self, w_other) else 0

    def sp_contains(self, w_item):
        from fastpy.objspace import space
        if not space.is_int(w_item):
            return -1
        return 0 if big_find(self, w_item) is None else 1

    def sp_iter(self):
        return range_iter_big(self)

    def sp_getitem(self, w_index):
        return range_getitem(self, w_index)


def range_hash(w_range):
    """CPython's range_hash: hash((len, start, step)), with None for
    the parts that do not matter."""
    from fastpy.objspace import space
    start, stop, step, length = range_parts(w_range)
    w_start = space.w_None
    w_step = space.w_None
    if not length.int_eq(0):
        w_start = newlong(start)
        if not length.int_eq(1):
            w_step = newlong(step)
    return space._hash_tuple([newlong(length), w_start, w_step])


def ranges_equal(w_a, w_b):
    """CPython's range_equals: same length, and the same start and step
    where those matter."""
    a_start, a_stop, a_step, a_len = range_parts(w_a)
    b_start, b_stop, b_step, b_len = range_parts(w_b)
    if not a_len.eq(b_len):
        return False
    if a_len.int_eq(0):
        return True
    if not a_start.eq(b_start):
        return False
    if a_len.int_eq(1):
        return True
    return a_step.eq(b_step)


class W_BigRangeIterator(W_Root):
    _attrs_ = ['current', 'remaining', 'step', 'start', 'length']

    def __init__(self, start, length, step):
        self.current = start
        self.remaining = length
        self.step = step
        self.start = start          # for __reduce__/__setstate__
        self.length = length

    def gettype(self):
        return w_longrange_iterator_type

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        if self.remaining.int_le(0):
            return None
        value = self.current
        self.current = value.add(self.step)
        self.remaining = self.remaining.sub(BIG_ONE)
        return newlong(value)
