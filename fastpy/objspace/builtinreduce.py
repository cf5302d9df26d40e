"""Pickling support of builtin objects, as CPython's `__reduce__`:

- builtin functions reduce to their name (pickle saves them as globals),
  builtin methods to `(getattr, (self, name))`;
- range and slice objects to `(range, (start, stop, step))`, and the
  same with slice;
- map, filter, zip, enumerate and reversed to `(type(self), args)`
  (plus zip's strict flag and reversed's position as their state);
- the builtin sequence and range iterators, as CPython's
`__reduce__`/`__setstate__`: `(iter, (sequence,), index)`, where the
index is how many items were consumed, restored by `__setstate__`
(clamped to the sequence).  An exhausted sequence iterator reduces to
`(iter, (empty,))`; so does the iterator over an object with
`__getitem__` (seqiter.py), with an empty tuple."""

from rpython.rlib.rbigint import rbigint

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.function import (W_BoundMethod, W_BuiltinFunction,
                                         w_builtin_function_type)
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.bigrange import (W_BigRangeIterator, make_range, big_of,
                                      range_parts, is_range,
                                      w_longrange_iterator_type)
from fastpy.objspace.intobject import newint
from fastpy.objspace import seqiter
from fastpy.objspace.seqiter import W_GetitemIterator
from fastpy.objspace.itertypes import (W_CallableIterator,
                                       w_callable_iterator_type,
                                       W_Map, W_Filter, W_Zip, W_Enumerate,
                                       W_ReversedSeq, w_map_type,
                                       w_filter_type, w_zip_type,
                                       w_enumerate_type, w_reversed_type,
                                       w_list_reverseiterator_type)
from fastpy.objspace.dictiterobject import W_DictIterator
from fastpy.objspace.dictiterobject import ITERATOR_TYPES as \
    DICT_ITERATOR_TYPES
from fastpy.objspace import refcount
from rpython.tool.sourcetools import func_with_new_name
from fastpy.objspace.iterobject import (W_SeqIterator, W_ListIterator,
                                        W_TupleIterator, W_StrIterator,
                                        w_list_iterator_type,
                                        w_tuple_iterator_type,
                                        w_str_iterator_type)
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.longobject import newlong
from fastpy.objspace.rangeobject import (W_RangeIterator,
                                         w_range_iterator_type, w_range_type)
from fastpy.objspace.sliceobject import W_SliceObject, w_slice_type
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.tupleobject import W_TupleObject, newtuple


def _w_iter():
    from fastpy.modules.builtinfuncs import builtin_iter
    return builtin_iter.w_func


def _w_getattr():
    from fastpy.modules.builtinfuncs import builtin_getattr
    return builtin_getattr.w_func


@method(w_builtin_function_type, '__reduce__(self, /)')
def builtin_function_reduce(w_func):
    if isinstance(w_func, W_BoundMethod):
        w_self = w_func.w_self
        name = space.str_to_utf8(space.str_u(space.getattr_w(w_func,
                                                             '__name__')))
        return newtuple([_w_getattr(), newtuple([w_self,
                                                 space.newtext(name)])])
    if not isinstance(w_func, W_BuiltinFunction):
        raise oefmt(exc.w_TypeError, "descriptor '__reduce__' for "
                    "'builtin_function_or_method' objects doesn't apply to "
                    "a '%s' object" % space.type_name(w_func))
    if w_func.w_objclass is not None:        # list.append, via the type
        return newtuple([_w_getattr(), newtuple([w_func.w_objclass,
                                                 space.newtext(w_func.name)])])
    return space.newtext(w_func.name)


def _seq_length(w_seq):
    if isinstance(w_seq, W_ListObject):
        return w_seq.length()
    if isinstance(w_seq, W_TupleObject):
        return len(w_seq.items_w)
    assert isinstance(w_seq, W_StrObject)
    return len(w_seq.value)


def _empty_like(w_it):
    if isinstance(w_it, W_ListIterator):
        return newlist([])
    if isinstance(w_it, W_TupleIterator):
        return newtuple([])
    return W_StrObject(u'')


def seqiter_reduce(w_it):
    assert isinstance(w_it, W_SeqIterator)
    w_seq = w_it.w_seq
    if w_seq is None:
        return newtuple([_w_iter(), newtuple([_empty_like(w_it)])])
    return newtuple([_w_iter(), newtuple([w_seq]), newint(w_it.index)])


def _ssize_arg(w_state):
    """PyLong_AsSsize_t: ints only, no __index__."""
    if not space.is_int(w_state):
        raise oefmt(exc.w_TypeError, "an integer is required")
    return space.int_w(w_state)


def seqiter_setstate(w_it, w_state):
    assert isinstance(w_it, W_SeqIterator)
    index = _ssize_arg(w_state)
    w_seq = w_it.w_seq
    if w_seq is not None:
        if index < 0:
            index = 0
        elif index > _seq_length(w_seq):
            index = _seq_length(w_seq)
        w_it.index = index
    return space.w_None


for _w_type, _cls in [(w_list_iterator_type, W_ListIterator),
                      (w_tuple_iterator_type, W_TupleIterator),
                      (w_str_iterator_type, W_StrIterator)]:
    method(_w_type, '__reduce__(self, /)', _cls)(seqiter_reduce)
    method(_w_type, '__setstate__(self, state, /)', _cls)(seqiter_setstate)


@method(seqiter.w_iterator_type, '__reduce__(self, /)', W_GetitemIterator)
def getitem_iter_reduce(w_it):
    """The iterator over an object with __getitem__: `(iter, (obj,),
    index)`, or `(iter, ((),))` once exhausted."""
    w_seq = w_it.w_seq
    if w_seq is None:
        return newtuple([_w_iter(), newtuple([newtuple([])])])
    return newtuple([_w_iter(), newtuple([w_seq]), newint(w_it.index)])


@method(seqiter.w_iterator_type, '__setstate__(self, state, /)',
        W_GetitemIterator)
def getitem_iter_setstate(w_it, w_state):
    # The object's length is unknown: only negative indexes are clamped.
    index = _ssize_arg(w_state)
    if w_it.w_seq is not None:
        if index < 0:
            index = 0
        w_it.index = index
    return space.w_None


@method(w_callable_iterator_type, '__reduce__(self, /)', W_CallableIterator)
def callable_iter_reduce(w_it):
    """iter(callable, sentinel): `(iter, (callable, sentinel))`, or
    `(iter, ((),))` once exhausted."""
    w_func = w_it.w_func
    w_sentinel = w_it.w_sentinel
    if w_func is None or w_sentinel is None:
        return newtuple([_w_iter(), newtuple([newtuple([])])])
    return newtuple([_w_iter(), newtuple([w_func, w_sentinel])])


def dictiter_reduce(w_it):
    """A dict iterator pickles as `(iter, (remaining,))`, the list of what
    it has left to give, taken from a copy so that it does not move."""
    assert isinstance(w_it, W_DictIterator)
    w_dict = w_it.w_dict
    if w_dict is None:
        w_list = newlist([])
    else:
        w_copy = W_DictIterator(w_dict, w_it.kind)
        w_copy.index = w_it.index
        w_copy.size = w_it.size
        w_copy.remaining = w_it.remaining
        try:
            w_list = newlist(space.iterate(w_copy))
        finally:
            refcount.discard(w_copy)
    return newtuple([_w_iter(), newtuple([w_list])])


for _w_type in DICT_ITERATOR_TYPES:
    method(_w_type, '__reduce__(self, /)', W_DictIterator)(
        func_with_new_name(dictiter_reduce, 'dictiter_reduce_' +
                           _w_type.name))


def dictreviter_reduce(w_it):
    """reversed(d), reversed(d.values()), reversed(d.items()) pickle as
    `(iter, (remaining,))` too, read from a copy at the same place."""
    from fastpy.objspace.itertypes import W_DictReverseIterator
    assert isinstance(w_it, W_DictReverseIterator)
    w_dict = w_it.w_dict
    if w_dict is None:
        w_list = newlist([])
    else:
        w_copy = W_DictReverseIterator(w_dict, w_it.kind)
        w_copy.index = w_it.index
        w_copy.size = w_it.size
        try:
            w_list = newlist(space.iterate(w_copy))
        finally:
            refcount.discard(w_copy)
    return newtuple([_w_iter(), newtuple([w_list])])


def _install_dictreviter_reduce():
    from fastpy.objspace import itertypes
    from fastpy.objspace.itertypes import W_DictReverseIterator
    for w_type in [itertypes.w_dict_reversekeyiterator_type,
                   itertypes.w_dict_reversevalueiterator_type,
                   itertypes.w_dict_reverseitemiterator_type]:
        method(w_type, '__reduce__(self, /)', W_DictReverseIterator)(
            func_with_new_name(dictreviter_reduce, 'dictreviter_reduce_' +
                               w_type.name))

_install_dictreviter_reduce()


@method(w_slice_type, '__reduce__(self, /)', W_SliceObject)
def slice_reduce(w_slice):
    return newtuple([w_slice_type, newtuple([w_slice.w_start, w_slice.w_stop,
                                             w_slice.w_step])])


@method(w_range_type, '__reduce__(self, /)')
def range_reduce(w_range):
    if not is_range(w_range):
        raise oefmt(exc.w_TypeError, "descriptor '__reduce__' for 'range' "
                    "objects doesn't apply to a '%s' object" %
                    space.type_name(w_range))
    start, stop, step, _ = range_parts(w_range)
    return newtuple([w_range_type, newtuple([newlong(start), newlong(stop),
                                             newlong(step)])])


def _range_reduce(start, length, step, consumed):
    w_range = make_range(start, start.add(length.mul(step)), step)
    return newtuple([_w_iter(), newtuple([w_range]), consumed])


@method(w_range_iterator_type, '__reduce__(self, /)', W_RangeIterator)
def rangeiter_reduce(w_it):
    return _range_reduce(rbigint.fromint(w_it.start),
                         rbigint.fromint(w_it.length),
                         rbigint.fromint(w_it.step),
                         newint(w_it.length - w_it.remaining))


@method(w_range_iterator_type, '__setstate__(self, state, /)',
        W_RangeIterator)
def rangeiter_setstate(w_it, w_state):
    index = _ssize_arg(w_state)
    if index < 0:
        index = 0
    elif index > w_it.length:
        index = w_it.length
    w_it.current = w_it.start + index * w_it.step
    w_it.remaining = w_it.length - index
    return space.w_None


@method(w_longrange_iterator_type, '__reduce__(self, /)', W_BigRangeIterator)
def longrangeiter_reduce(w_it):
    return _range_reduce(w_it.start, w_it.length, w_it.step,
                         newlong(w_it.length.sub(w_it.remaining)))


def _index_big(w_obj):
    from fastpy.objspace import protocol
    from fastpy.objspace.intobject import W_IntObject
    from fastpy.objspace.longobject import W_LongObject
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return big_of(w_obj)
    w_int = protocol.index(w_obj)
    if w_int is None:
        raise oefmt(exc.w_TypeError, "'%s' object cannot be interpreted "
                    "as an integer" % space.type_name(w_obj))
    if not (isinstance(w_int, W_IntObject) or
            isinstance(w_int, W_LongObject)):
        w_int = newint(space.int_w(w_int))      # an int subclass
    return big_of(w_int)


@method(w_longrange_iterator_type, '__setstate__(self, state, /)',
        W_BigRangeIterator)
def longrangeiter_setstate(w_it, w_state):
    index = _index_big(w_state)
    if index.int_lt(0):
        index = rbigint.fromint(0)
    elif index.gt(w_it.length):
        index = w_it.length
    w_it.current = w_it.start.add(index.mul(w_it.step))
    w_it.remaining = w_it.length.sub(index)
    return space.w_None


# ------------------------------------------- map, filter, zip, enumerate

@method(w_map_type, '__reduce__(self, /)', W_Map)
def map_reduce(w_self):
    return newtuple([w_self.gettype(),
                     newtuple([w_self.w_func] + w_self.iterators_w[:])])


@method(w_filter_type, '__reduce__(self, /)', W_Filter)
def filter_reduce(w_self):
    return newtuple([w_self.gettype(),
                     newtuple([w_self.w_func, w_self.w_iter])])


@method(w_zip_type, '__reduce__(self, /)', W_Zip)
def zip_reduce(w_self):
    w_args = newtuple(w_self.iterators_w[:])
    if w_self.strict:
        return newtuple([w_self.gettype(), w_args, space.w_True])
    return newtuple([w_self.gettype(), w_args])


@method(w_zip_type, '__setstate__(self, state, /)', W_Zip)
def zip_setstate(w_self, w_state):
    w_self.strict = space.is_true(w_state)
    return space.w_None


@method(w_enumerate_type, '__reduce__(self, /)', W_Enumerate)
def enumerate_reduce(w_self):
    w_index = w_self.w_index
    if w_index is None:
        w_index = newint(w_self.index)
    return newtuple([w_self.gettype(), newtuple([w_self.w_iter, w_index])])


def reversed_reduce(w_self):
    """`(reversed, (seq,), index)`; once exhausted, a list's reverse
    iterator gives `(iter, ([],))` and reversed `(reversed, ((),))`."""
    assert isinstance(w_self, W_ReversedSeq)
    w_seq = w_self.w_seq
    if w_seq is not None:
        return newtuple([w_reversed_type, newtuple([w_seq]),
                         newint(w_self.index)])
    if w_self.gettype() is w_list_reverseiterator_type:
        return newtuple([_w_iter(), newtuple([newlist([])])])
    return newtuple([w_self.gettype(), newtuple([newtuple([])])])


def reversed_setstate(w_self, w_state):
    assert isinstance(w_self, W_ReversedSeq)
    index = _ssize_arg(w_state)
    w_seq = w_self.w_seq
    if w_seq is not None:
        n = space.len_w(w_seq)
        if index < -1:
            index = -1
        elif index > n - 1:
            index = n - 1
        w_self.index = index
    return space.w_None


for _w_type in [w_reversed_type, w_list_reverseiterator_type]:
    method(_w_type, '__reduce__(self, /)', W_ReversedSeq)(
        func_with_new_name(reversed_reduce, _w_type.name + '_reduce'))
    method(_w_type, '__setstate__(self, state, /)', W_ReversedSeq)(
        func_with_new_name(reversed_setstate, _w_type.name + '_setstate'))
