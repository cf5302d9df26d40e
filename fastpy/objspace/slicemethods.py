"""`slice(...)`, its attributes and indices(), and `range`'s constructor,
attributes and index/count."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
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
    length = space.int_w(w_length)
    if length < 0:
        raise oefmt(exc.w_ValueError, "length should not be negative")
    for w_x in [w_slice.w_start, w_slice.w_stop, w_slice.w_step]:
        if w_x is not space.w_None and not space.is_int(w_x):
            raise oefmt(exc.w_TypeError, "slice indices must be integers or "
                        "None or have an __index__ method")
    start, stop, step, n = space.slice_indices(w_slice, length)
    return newtuple([newint(start), newint(stop), newint(step)])


# ---------------------------------------------------------------- range

def _range_arg(w_x):
    if space.is_int(w_x):
        return space.int_w(w_x)
    if w_x.is_user:
        from fastpy.objspace import protocol
        w_index = protocol.index(w_x)
        if w_index is not None:
            return space.int_w(w_index)
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                space.type_name(w_x))


@constructor(w_range_type, 'range(start, stop=NULL, step=NULL, /)')
def range_new(w_cls, w_start, w_stop, w_step):
    if w_stop is None:
        return W_RangeObject(0, _range_arg(w_start), 1)
    step = 1
    start = _range_arg(w_start)
    stop = _range_arg(w_stop)
    if w_step is not None:
        step = _range_arg(w_step)
        if step == 0:
            raise oefmt(exc.w_ValueError, "range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


def _range(w_obj):
    assert isinstance(w_obj, W_RangeObject)
    return w_obj


def _r_start(w_obj):
    return newint(_range(w_obj).start)


def _r_stop(w_obj):
    return newint(_range(w_obj).stop)


def _r_step(w_obj):
    return newint(_range(w_obj).step)


getset(w_range_type, 'start', _r_start)
getset(w_range_type, 'stop', _r_stop)
getset(w_range_type, 'step', _r_step)


def _range_find(w_range, w_x):
    if not space.is_int(w_x) or not space.contains_w(w_range, w_x):
        return -1
    return (space.int_w(w_x) - w_range.start) // w_range.step


@method(w_range_type, 'index(self, value, /)', W_RangeObject)
def range_index(w_range, w_x):
    i = _range_find(w_range, w_x)
    if i < 0:
        for k in range(w_range.length):
            if space.eq_w(newint(w_range.item(k)), w_x):
                return newint(k)
        raise oefmt(exc.w_ValueError, "%s is not in range" %
                    space.str_to_utf8(space.repr_u(w_x)))
    return newint(i)


@method(w_range_type, 'count(self, value, /)', W_RangeObject)
def range_count(w_range, w_x):
    if space.is_int(w_x):
        return newint(1 if _range_find(w_range, w_x) >= 0 else 0)
    n = 0
    for k in range(w_range.length):
        if space.eq_w(newint(w_range.item(k)), w_x):
            n += 1
    return newint(n)
