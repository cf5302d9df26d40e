"""Methods of `list`, published through the gateway.

append/pop/... are small loop-free functions: their gateway wrappers are
constant functions that traces inline.  sort uses RPython's TimSort
(stable, CPython's algorithm); with a key function the keys are computed
first and the list is empty while sorting, as in CPython ("list modified
during sort").
"""

import sys

from rpython.rlib.listsort import make_timsort_class

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import newint
from fastpy.objspace.listobject import (W_ListObject, w_list_type, newlist,
                                        newlist_range, empty_strategy)
from fastpy.objspace import space


def clamp_index(w_index, n):
    """A start/stop argument clamped into [0, n] like CPython's
    _PyEval_SliceIndexNotNone followed by the negative adjustment."""
    i = slice_index(w_index)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    return i


def slice_index(w_index):
    """An int argument of index/count/find-like methods: big values clamp
    to the machine range (CPython clamps to PY_SSIZE_T_MIN/MAX)."""
    from fastpy.objspace.intobject import W_IntObject
    from fastpy.objspace.longobject import W_LongObject
    if isinstance(w_index, W_IntObject):
        return w_index.intval
    if isinstance(w_index, W_LongObject):
        if w_index.bigval.sign < 0:
            return -sys.maxint - 1
        return sys.maxint
    raise oefmt(exc.w_TypeError,
                "slice indices must be integers or have an __index__ "
                "method")


@constructor(w_list_type, 'list(iterable=NULL, /)')
def list_new(w_cls, w_iterable):
    from fastpy.objspace.rangeobject import W_RangeObject
    if w_iterable is None:
        return newlist([])
    if isinstance(w_iterable, W_ListObject) and not w_iterable.is_user:
        return w_iterable.copy()
    if isinstance(w_iterable, W_RangeObject):
        return newlist_range(w_iterable.start, w_iterable.step,
                             w_iterable.length)
    items_w = space.iterate_sized(w_iterable)
    w_list = newlist(items_w)
    return w_list


@method(w_list_type, 'append(self, object, /)', W_ListObject)
def list_append(w_list, w_item):
    w_list.append(w_item)
    return space.w_None


@method(w_list_type, 'extend(self, iterable, /)', W_ListObject)
def list_extend(w_list, w_other):
    # a subclass is iterated (it may override __iter__)
    if isinstance(w_other, W_ListObject) and not w_other.is_user:
        w_list.extend_list(w_other)
    else:
        w_list.extend(space.iterate_sized(w_other))
    return space.w_None


@method(w_list_type, 'insert(self, index: int, object, /)', W_ListObject)
def list_insert(w_list, i, w_item):
    n = w_list.length()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_list.insert(i, w_item)
    return space.w_None


@method(w_list_type, 'pop(self, index: int = -1, /)', W_ListObject)
def list_pop(w_list, i):
    n = w_list.length()
    if n == 0:
        raise oefmt(exc.w_IndexError, "pop from empty list")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise oefmt(exc.w_IndexError, "pop index out of range")
    return w_list.pop(i)


@method(w_list_type, 'index(self, value, start=NULL, stop=NULL, /)',
        W_ListObject)
def list_index(w_list, w_x, w_start, w_stop):
    n = w_list.length()
    start = 0
    stop = n
    if w_start is not None:
        start = clamp_index(w_start, n)
    if w_stop is not None:
        stop = clamp_index(w_stop, n)
    i = start
    while i < stop and i < w_list.length():
        w_item = w_list.getitem(i)
        if w_item is w_x or space.eq_w(w_item, w_x):
            return newint(i)
        i += 1
    raise oefmt(exc.w_ValueError, "%s is not in list" %
                space.str_to_utf8(space.repr_u(w_x)))


@method(w_list_type, 'count(self, value, /)', W_ListObject)
def list_count(w_list, w_x):
    return newint(w_list.count(w_x))


@method(w_list_type, 'remove(self, value, /)', W_ListObject)
def list_remove(w_list, w_x):
    i = w_list.find(w_x)
    if i < 0:
        raise oefmt(exc.w_ValueError, "list.remove(x): x not in list")
    w_list.delitem(i)
    return space.w_None


@method(w_list_type, 'reverse(self, /)', W_ListObject)
def list_reverse(w_list):
    w_list.reverse()
    return space.w_None


@method(w_list_type, 'copy(self, /)', W_ListObject)
def list_copy(w_list):
    return w_list.copy()


@method(w_list_type, 'clear(self, /)', W_ListObject)
def list_clear(w_list):
    w_list.clear()
    return space.w_None


# ---------------------------------------------------------------- sort

class KeyedItem(object):
    _attrs_ = ['w_key', 'w_item']

    def __init__(self, w_key, w_item):
        self.w_key = w_key
        self.w_item = w_item


def _keyed_lt(a, b):
    return space.compare_w(space.CMP_LT, a.w_key, b.w_key)

KeyedTimSort = make_timsort_class(lt=_keyed_lt)


def _compute_keys(w_key, items_w, keyed):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace import iterloops
    code = iterloops.function_code(w_key)
    i = 0
    while i < len(items_w):
        iterloops.sort_keys_driver.jit_merge_point(code=code)
        w_item = items_w[i]
        w_k = call_function(w_key, Arguments([w_item]))
        refcount.incref(w_k)
        keyed.append(KeyedItem(w_k, w_item))
        i += 1


@method(w_list_type, 'sort(self, *, key=None, reverse: bool = False)',
        W_ListObject)
def list_sort(w_list, w_key, reverse):
    if w_key is space.w_None:
        w_list.sort(reverse)
        return space.w_None
    # CPython empties the list while it sorts: hold the items.
    items_w = w_list.getitems_copy()
    for w_item in items_w:
        refcount.incref(w_item)
    w_list.clear()
    keyed = []
    operr = None
    try:
        _compute_keys(w_key, items_w, keyed)
        if reverse:
            keyed.reverse()
        KeyedTimSort(keyed).sort()
        if reverse:
            keyed.reverse()
    except OperationError as e:
        operr = e
    if len(keyed) == len(items_w):
        result_w = [k.w_item for k in keyed]
    else:
        result_w = items_w
    # CPython releases the keys in the order they were sorted into,
    # before the final reversal (which moves only the items), and while
    # the list is still empty: a key's __del__ that changes the list is
    # a change during the sort.
    if reverse and operr is None:
        keyed.reverse()
    for k in keyed:
        refcount.decref(k.w_key)
    # clear() left the list in the empty strategy, which any store
    # leaves for good (an append and a pop are a change too)
    modified = w_list.strategy is not empty_strategy
    w_list.replace_all(result_w)
    for w_item in items_w:
        refcount.decref(w_item)
    if operr is not None:
        raise operr
    if modified:
        raise oefmt(exc.w_ValueError, "list modified during sort")
    return space.w_None
