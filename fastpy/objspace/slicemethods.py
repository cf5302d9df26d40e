"""`slice(...)`, its attributes and indices(), and `range`'s constructor,
attributes and index/count."""

import sys

from rpython.rlib import jit

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import space
from fastpy.objspace.intobject import newint, W_IntObject
from fastpy.objspace.longobject import newlong
from fastpy.objspace.bigrange import (W_BigRangeObject, make_range, big_of,
                                      big_find, is_range)
from fastpy.objspace.sliceobject import W_SliceObject, w_slice_type
from fastpy.objspace.rangeobject import W_RangeObject, w_range_type
from fastpy.objspace.tupleobject import newtuple


@constructor(w_slice_type, 'slice(start, stop=NULL, step=NULL, /)')
def slice_new(w_cls, w_start, w_stop, w_step):
    if w_stop is None:
        return W_SliceObject(space.w_None, w_start, space.w_None)
    if w_step is None:
        w_step = space.w_None
    return W_SliceObject(w_start, w_stop, w_step)


def _slice(w_obj):
    assert isinstance(w_obj, W_SliceObject)
    return w_obj


def _get_start(w_obj):
    return _slice(w_obj).w_start


def _get_stop(w_obj):
    return _slice(w_obj).w_stop


def _get_step(w_obj):
    return _slice(w_obj).w_step


getset(w_slice_type, 'start', _get_start)
getset(w_slice_type, 'stop', _get_stop)
getset(w_slice_type, 'step', _get_step)


@method(w_slice_type, 'indices(self, length, /)', W_SliceObject)
def slice_indices(w_slice, w_length):
    """With arbitrary ints, as CPython's _PySlice_GetLongIndices."""
    from fastpy.objspace.bigrange import slice_big_indices, big_of
    from fastpy.objspace.longobject import newlong
    w_len = w_length
    if not space.is_int(w_len):
        w_len = protocol.index(w_length)
        if w_len is None:
            raise oefmt(exc.w_TypeError, "'%s' object cannot be "
                        "interpreted as an integer" %
                        space.type_name(w_length))
    length = big_of(newlong(space.bigint_w(w_len)))
    if length.int_lt(0):
        raise oefmt(exc.w_ValueError, "length should not be negative")
    start, stop, step = slice_big_indices(w_slice, length)
    return newtuple([newlong(start), newlong(stop), newlong(step)])


w_slice_type.dict_w['__hash__'] = space.w_None     # unhashable in 3.11


# ---------------------------------------------------------------- range

def _range_arg(w_x):
    """An int object (through __index__) for a range() argument."""
    if space.is_int(w_x):
        return w_x
    if w_x.is_user:
        from fastpy.objspace import protocol
        w_index = protocol.index(w_x)
        if w_index is not None:
            return w_index
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                space.type_name(w_x))


HALF = sys.maxint // 2


def _small(w_x):
    """The value of an int object that is far from the word limits (so
    W_RangeObject's arithmetic cannot overflow), or raise KeyError."""
    if isinstance(w_x, W_IntObject):
        v = w_x.intval
        if -HALF < v < HALF:
            return v
    raise KeyError


@constructor(w_range_type, 'range(start, stop=NULL, step=NULL, /)')
def range_new(w_cls, w_start, w_stop, w_step):
    # range(n) and range(a, b) of plain ints, the usual loop header: a
    # residual call that can run no Python code, so a trace neither
    # forces its frame nor guards on the call.  Anything else goes to
    # the general constructor, which may call __index__.
    if w_step is None and _plain_small(w_start) and \
            (w_stop is None or _plain_small(w_stop)):
        assert isinstance(w_start, W_IntObject)
        if w_stop is None:
            return _small_range(0, w_start.intval)
        assert isinstance(w_stop, W_IntObject)
        return _small_range(w_start.intval, w_stop.intval)
    return _range_new_general(w_start, w_stop, w_step)


def _plain_small(w_x):
    return (isinstance(w_x, W_IntObject) and not w_x.is_user and
            -HALF < w_x.intval < HALF)


@jit.dont_look_inside
def _small_range(start, stop):
    # Residual on purpose, as _range_new_general: inlined, the inner loop
    # of nested `for ... in range(...)` loops is re-entered through a
    # bridge that boxes its ints (numeric_loop: 5.4 ms residual, 6.9 ms
    # inlined).
    return W_RangeObject(start, stop, 1)


@jit.dont_look_inside
def _range_new_general(w_start, w_stop, w_step):
    if w_stop is None:
        w_a = newint(0)
        w_b = _range_arg(w_start)
    else:
        w_a = _range_arg(w_start)
        w_b = _range_arg(w_stop)
    w_c = newint(1)
    if w_step is not None:
        w_c = _range_arg(w_step)
        if isinstance(w_c, W_IntObject) and w_c.intval == 0:
            raise oefmt(exc.w_ValueError, "range() arg 3 must not be zero")
    try:
        return W_RangeObject(_small(w_a), _small(w_b), _small(w_c))
    except KeyError:
        return make_range(big_of(w_a), big_of(w_b), big_of(w_c))


def _r_start(w_obj):
    if isinstance(w_obj, W_BigRangeObject):
        return newlong(w_obj.start)
    assert isinstance(w_obj, W_RangeObject)
    return newint(w_obj.start)


def _r_stop(w_obj):
    if isinstance(w_obj, W_BigRangeObject):
        return newlong(w_obj.stop)
    assert isinstance(w_obj, W_RangeObject)
    return newint(w_obj.stop)


def _r_step(w_obj):
    if isinstance(w_obj, W_BigRangeObject):
        return newlong(w_obj.step)
    assert isinstance(w_obj, W_RangeObject)
    return newint(w_obj.step)


getset(w_range_type, 'start', _r_start)
getset(w_range_type, 'stop', _r_stop)
getset(w_range_type, 'step', _r_step)


def _check_range(w_obj, name):
    if not is_range(w_obj):
        raise oefmt(exc.w_TypeError, "descriptor '%s' for 'range' objects "
                    "doesn't apply to a '%s' object" %
                    (name, space.type_name(w_obj)))


def _linear_count(w_range, w_x, first_only):
    """Positions where an item == w_x, by iteration (non-int values)."""
    n = 0
    k = 0
    w_iter = space.get_iter(w_range)
    while True:
        w_item = space.next_w(w_iter)
        if w_item is None:
            break
        if space.eq_w(w_item, w_x):
            if first_only:
                return k
            n += 1
        k += 1
    return n if not first_only else -1


@method(w_range_type, 'index(self, value, /)')
def range_index(w_range, w_x):
    _check_range(w_range, 'index')
    if space.is_int(w_x):
        pos = big_find(w_range, w_x)
        if pos is not None:
            return newlong(pos)
    else:
        k = _linear_count(w_range, w_x, True)
        if k >= 0:
            return newint(k)
    raise oefmt(exc.w_ValueError, "%s is not in range" %
                space.str_to_utf8(space.repr_u(w_x)))


@method(w_range_type, 'count(self, value, /)')
def range_count(w_range, w_x):
    _check_range(w_range, 'count')
    if space.is_int(w_x):
        return newint(0 if big_find(w_range, w_x) is None else 1)
    return newint(_linear_count(w_range, w_x, False))
