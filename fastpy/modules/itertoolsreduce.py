"""Pickling and copying of the itertools objects: CPython 3.11's
`__reduce__` tuples and `__setstate__` methods.

An iterator reduces to `(type(self), args[, state])`: the arguments
rebuild an iterator over the same underlying iterators (which pickle
themselves), and `__setstate__` restores what the arguments cannot say
(a running total, how far an islice got, the indices of a
combinatoric iterator).  State tuples are checked with the messages of
CPython's PyArg_ParseTuple.  pairwise has no reduction, as in CPython.
"""

from rpython.tool.sourcetools import func_with_new_name

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.interpreter.typecall import constructor
from fastpy.modules.modtypes import call_holding
from fastpy.modules import itertoolsmodule as itm
from fastpy.modules import itertoolscomb as itc
from fastpy.modules import itertoolsgroup as itg
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
from fastpy.objspace.boolobject import newbool
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.tupleobject import W_TupleObject, newtuple


def _w_iter():
    from fastpy.modules.builtinfuncs import builtin_iter
    return builtin_iter.w_func


def _none_if_null(w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def _plural(n):
    return "" if n == 1 else "s"


def state_items(w_state, min_n, max_n):
    """The items of a state tuple, as PyArg_ParseTuple checks them after
    the "state is not a tuple" test of CPython's setstate methods."""
    if not isinstance(w_state, W_TupleObject):
        raise oefmt(exc.w_TypeError, "state is not a tuple")
    return arg_tuple_items(w_state, min_n, max_n)


def arg_tuple_items(w_tuple, min_n, max_n):
    assert isinstance(w_tuple, W_TupleObject)
    items_w = w_tuple.items_w
    n = len(items_w)
    if min_n == max_n and n != min_n:
        raise oefmt(exc.w_TypeError, "function takes exactly %d argument%s "
                    "(%d given)" % (min_n, _plural(min_n), n))
    if n < min_n:
        raise oefmt(exc.w_TypeError, "function takes at least %d argument%s "
                    "(%d given)" % (min_n, _plural(min_n), n))
    if n > max_n:
        raise oefmt(exc.w_TypeError, "function takes at most %d argument%s "
                    "(%d given)" % (max_n, _plural(max_n), n))
    return items_w


def arg_type_error(pos, expected, w_obj):
    return oefmt(exc.w_TypeError, "argument %d must be %s, not %s" %
                 (pos, expected, space.type_name(w_obj)))


def is_iterator(w_obj):
    """PyIter_Check: the type has __next__."""
    return w_obj.gettype().lookup('__next__') is not None


def ssize_arg(w_obj):
    """PyLong_AsSsize_t: ints only, no __index__."""
    if not space.is_int(w_obj):
        raise oefmt(exc.w_TypeError, "an integer is required")
    return space.int_w(w_obj)


def c_int_arg(w_obj):
    """The 'i' format: __index__, and a C int."""
    from fastpy.interpreter.error import OperationError
    try:
        value = space.int_w(w_obj)
    except OperationError as e:
        if not e.match(exc.w_OverflowError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C long")
    if value > 2147483647 or value < -2147483648:
        raise oefmt(exc.w_OverflowError, "signed integer is greater than "
                    "maximum" if value > 0 else
                    "signed integer is less than minimum")
    return value


def _ints(values):
    return newtuple([newint(v) for v in values])


# ---------------------------------------------------------------- count, repeat

@method(itm.w_count_type, '__reduce__(self, /)', itm.W_Count)
def count_reduce(w_self):
    if w_self.fast:
        w_args = newtuple([newint(w_self.cnt)])
    else:
        w_args = newtuple([w_self.w_cnt, w_self.w_step])
    return newtuple([w_self.gettype(), w_args])


@method(itm.w_repeat_type, '__reduce__(self, /)', itm.W_Repeat)
def repeat_reduce(w_self):
    if w_self.cnt < 0:
        w_args = newtuple([w_self.w_element])
    else:
        w_args = newtuple([w_self.w_element, newint(w_self.cnt)])
    return newtuple([w_self.gettype(), w_args])


# ---------------------------------------------------------------- cycle

@method(itm.w_cycle_type, '__reduce__(self, /)', itm.W_Cycle)
def cycle_reduce(w_self):
    w_saved = newlist(w_self.saved_w[:])
    w_it = w_self.w_it
    if w_it is None:
        # the first pass is over: an iterator over the saved items,
        # advanced to the current position
        from fastpy.objspace.iterobject import W_SeqIterator
        w_it = space.get_iter(w_saved)
        if isinstance(w_it, W_SeqIterator):
            w_it.index = w_self.index
        w_firstpass = space.w_True
    else:
        w_firstpass = newbool(w_self.firstpass)
    return newtuple([w_self.gettype(), newtuple([w_it]),
                     newtuple([w_saved, w_firstpass])])


@method(itm.w_cycle_type, '__setstate__(self, state, /)', itm.W_Cycle)
def cycle_setstate(w_self, w_state):
    items_w = state_items(w_state, 2, 2)
    w_saved = items_w[0]
    if not isinstance(w_saved, W_ListObject):
        raise arg_type_error(1, 'list', w_saved)
    firstpass = c_int_arg(items_w[1]) != 0
    w_self.set_saved(w_saved.getitems_copy())
    w_self.firstpass = firstpass
    w_self.index = 0
    return space.w_None


# ---------------------------------------------------------------- chain

@method(itm.w_chain_type, '__reduce__(self, /)', itm.W_Chain)
def chain_reduce(w_self):
    w_type = w_self.gettype()
    w_source = w_self.w_source
    if w_source is None:
        return newtuple([w_type, newtuple([])])
    if w_self.w_active is None:
        w_state = newtuple([w_source])
    else:
        w_state = newtuple([w_source, w_self.w_active])
    return newtuple([w_type, newtuple([]), w_state])


@method(itm.w_chain_type, '__setstate__(self, state, /)', itm.W_Chain)
def chain_setstate(w_self, w_state):
    items_w = state_items(w_state, 1, 2)
    w_source = items_w[0]
    w_active = items_w[1] if len(items_w) > 1 else None
    if not is_iterator(w_source) or (
            w_active is not None and not is_iterator(w_active)):
        raise oefmt(exc.w_TypeError, "Arguments must be iterators.")
    w_self.set_state(w_source, w_active)
    return space.w_None


# ---------------------------------------------------------------- accumulate

@method(itm.w_accumulate_type, '__reduce__(self, /)', itm.W_Accumulate)
def accumulate_reduce(w_self):
    w_type = w_self.gettype()
    w_func = _none_if_null(w_self.w_func)
    w_initial = w_self.w_initial
    if w_initial is not None:
        # not started: chain((initial,), it) gives the initial value first
        w_it = _chain_after(w_initial, w_self.w_it)
        w_res = newtuple([w_type, newtuple([w_it, w_func]), space.w_None])
        refcount.discard(w_it)
        return w_res
    w_total = w_self.w_total
    if w_total is space.w_None:
        # a total of None would read as "no state": resume from an
        # accumulate that first gives None, and skip that value
        w_it = _chain_after(w_total, w_self.w_it)
        w_acc = call_holding(w_type, [w_it, w_func])
        refcount.discard(w_it)
        w_res = newtuple([itm.w_islice_type,
                          newtuple([w_acc, newint(1), space.w_None])])
        refcount.discard(w_acc)
        return w_res
    return newtuple([w_type, newtuple([w_self.w_it, w_func]),
                     _none_if_null(w_total)])


def _chain_after(w_first, w_it):
    """chain((w_first,), w_it), a temporary."""
    w_one = newtuple([w_first])
    w_chain = call_holding(itm.w_chain_type, [w_one, w_it])
    refcount.discard(w_one)
    return w_chain


@method(itm.w_accumulate_type, '__setstate__(self, state, /)',
        itm.W_Accumulate)
def accumulate_setstate(w_self, w_state):
    w_self._set_total(w_state)
    return space.w_None


# ------------------------------------ compress, filterfalse, starmap, ...

@method(itm.w_compress_type, '__reduce__(self, /)', itm.W_Compress)
def compress_reduce(w_self):
    return newtuple([w_self.gettype(),
                     newtuple([w_self.w_data, w_self.w_selectors])])


def _func_it_reduce(w_self):
    assert isinstance(w_self, itm.W_PredicateIter)
    return newtuple([w_self.gettype(),
                     newtuple([_none_if_null(w_self.w_func), w_self.w_it])])


def _flag_reduce(w_self):
    assert isinstance(w_self, itm.W_PredicateIter)
    return newtuple([w_self.gettype(),
                     newtuple([w_self.w_func, w_self.w_it]),
                     newint(1 if w_self.flag else 0)])


def _flag_setstate(w_self, w_state):
    assert isinstance(w_self, itm.W_PredicateIter)
    w_self.flag = space.is_true(w_state)
    return space.w_None


for _w_type, _cls in [(itm.w_filterfalse_type, itm.W_FilterFalse),
                      (itm.w_starmap_type, itm.W_StarMap)]:
    method(_w_type, '__reduce__(self, /)', _cls)(
        func_with_new_name(_func_it_reduce, _w_type.name + '_reduce'))
for _w_type, _cls in [(itm.w_dropwhile_type, itm.W_DropWhile),
                      (itm.w_takewhile_type, itm.W_TakeWhile)]:
    method(_w_type, '__reduce__(self, /)', _cls)(
        func_with_new_name(_flag_reduce, _w_type.name + '_reduce'))
    method(_w_type, '__setstate__(self, state, /)', _cls)(
        func_with_new_name(_flag_setstate, _w_type.name + '_setstate'))


# ---------------------------------------------------------------- islice

@method(itm.w_islice_type, '__reduce__(self, /)', itm.W_ISlice)
def islice_reduce(w_self):
    w_type = w_self.gettype()
    w_it = w_self.w_it
    if w_it is None:
        w_empty = space.get_iter(newlist([]))
        w_res = newtuple([w_type, newtuple([w_empty, newint(0)]),
                          newint(0)])
        refcount.discard(w_empty)
        return w_res
    w_stop = space.w_None if w_self.stop == -1 else newint(w_self.stop)
    w_args = newtuple([w_it, newint(w_self.nxt), w_stop,
                       newint(w_self.step)])
    return newtuple([w_type, w_args, newint(w_self.cnt)])


@method(itm.w_islice_type, '__setstate__(self, state, /)', itm.W_ISlice)
def islice_setstate(w_self, w_state):
    w_self.cnt = ssize_arg(w_state)
    return space.w_None


# ---------------------------------------------------------------- zip_longest

@method(itm.w_zip_longest_type, '__reduce__(self, /)', itm.W_ZipLongest)
def zip_longest_reduce(w_self):
    args_w = []
    for w_it in w_self.iterators_w:
        args_w.append(newtuple([]) if w_it is None else w_it)
    return newtuple([w_self.gettype(), newtuple(args_w),
                     w_self.w_fillvalue])


@method(itm.w_zip_longest_type, '__setstate__(self, state, /)',
        itm.W_ZipLongest)
def zip_longest_setstate(w_self, w_state):
    w_self.set_fillvalue(w_state)
    return space.w_None


# ---------------------------------------------------------------- combinatorics

def _pool_running(w_self):
    """Has the iterator made a result and not stopped?"""
    return w_self.indices is not None and not w_self.stopped


def _pool_reduce(w_self, w_state):
    """(type, (pool, r)) before the first result, (type, ((), r)) once
    stopped, else (type, (pool, r), state)."""
    assert isinstance(w_self, itc.W_PoolIterator)
    w_type = w_self.gettype()
    r = newint(w_self.r)
    if w_self.indices is None:              # no result made yet
        return newtuple([w_type, newtuple([w_self.w_pool, r])])
    if w_self.stopped:
        return newtuple([w_type, newtuple([newtuple([]), r])])
    assert w_state is not None
    w_res = newtuple([w_type, newtuple([w_self.w_pool, r]), w_state])
    return w_res


@method(itc.w_combinations_type, '__reduce__(self, /)', itc.W_Combinations)
def combinations_reduce(w_self):
    w_state = _ints(w_self.indices) if _pool_running(w_self) else None
    return _pool_reduce(w_self, w_state)


@method(itc.w_cwr_type, '__reduce__(self, /)',
        itc.W_CombinationsWithReplacement)
def cwr_reduce(w_self):
    w_state = _ints(w_self.indices) if _pool_running(w_self) else None
    return _pool_reduce(w_self, w_state)


@method(itc.w_permutations_type, '__reduce__(self, /)', itc.W_Permutations)
def permutations_reduce(w_self):
    w_state = None
    if _pool_running(w_self):
        w_state = newtuple([_ints(w_self.indices), _ints(w_self.cycles)])
    return _pool_reduce(w_self, w_state)


def _index_tuple(w_state, n):
    """The ints of an index tuple of length n (ValueError otherwise)."""
    if not isinstance(w_state, W_TupleObject) or \
            len(w_state.items_w) != n:
        raise oefmt(exc.w_ValueError, "invalid arguments")
    return [ssize_arg(w_i) for w_i in w_state.items_w]


def _clamp(value, low, high):
    if value > high:
        value = high
    if value < low:
        value = low
    return value


@method(itc.w_combinations_type, '__setstate__(self, state, /)',
        itc.W_Combinations)
def combinations_setstate(w_self, w_state):
    r = w_self.r
    n = len(w_self.pool_items())
    indices = _index_tuple(w_state, r)
    for i in range(r):
        indices[i] = _clamp(indices[i], 0, i + n - r)
    w_self.restart_at(indices)
    return space.w_None


@method(itc.w_cwr_type, '__setstate__(self, state, /)',
        itc.W_CombinationsWithReplacement)
def cwr_setstate(w_self, w_state):
    r = w_self.r
    n = len(w_self.pool_items())
    indices = _index_tuple(w_state, r)
    for i in range(r):
        indices[i] = _clamp(indices[i], 0, n - 1)
    w_self.restart_at(indices)
    return space.w_None


@method(itc.w_permutations_type, '__setstate__(self, state, /)',
        itc.W_Permutations)
def permutations_setstate(w_self, w_state):
    items_w = state_items(w_state, 2, 2)
    for k in range(2):
        if not isinstance(items_w[k], W_TupleObject):
            raise arg_type_error(k + 1, 'tuple', items_w[k])
    r = w_self.r
    n = len(w_self.pool_items())
    indices = _index_tuple(items_w[0], n)
    cycles = _index_tuple(items_w[1], r)
    for i in range(n):
        indices[i] = _clamp(indices[i], 0, n - 1)
    for i in range(r):
        cycles[i] = _clamp(cycles[i], 1, n - i)
    w_self.cycles = cycles
    w_self.restart_at(indices)
    return space.w_None


@method(itc.w_product_type, '__reduce__(self, /)', itc.W_Product)
def product_reduce(w_self):
    w_type = w_self.gettype()
    if w_self.stopped:
        return newtuple([w_type, newtuple([newtuple([])])])
    w_pools = newtuple(w_self.pools_w[:])
    if w_self.first:
        return newtuple([w_type, w_pools])
    return newtuple([w_type, w_pools, _ints(w_self.indices)])


@method(itc.w_product_type, '__setstate__(self, state, /)', itc.W_Product)
def product_setstate(w_self, w_state):
    npools = len(w_self.pools_w)
    if not isinstance(w_state, W_TupleObject) or \
            len(w_state.items_w) != npools:
        raise oefmt(exc.w_ValueError, "invalid arguments")
    indices = [0] * npools
    for i in range(npools):
        index = ssize_arg(w_state.items_w[i])
        size = len(w_self._pool(i))
        if size == 0:
            w_self.stopped = True
            return space.w_None
        indices[i] = _clamp(index, 0, size - 1)
    w_self.indices = indices
    w_self.first = False
    return space.w_None


# ---------------------------------------------------------------- groupby

@method(itg.w_groupby_type, '__reduce__(self, /)', itg.W_GroupBy)
def groupby_reduce(w_self):
    w_args = newtuple([w_self.w_it, _none_if_null(w_self.w_keyfunc)])
    if (w_self.w_tgtkey is not None and w_self.w_currkey is not None and
            w_self.w_currvalue is not None):
        return newtuple([w_self.gettype(), w_args,
                         newtuple([w_self.w_currkey, w_self.w_currvalue,
                                   w_self.w_tgtkey])])
    return newtuple([w_self.gettype(), w_args])


@method(itg.w_groupby_type, '__setstate__(self, state, /)', itg.W_GroupBy)
def groupby_setstate(w_self, w_state):
    items_w = state_items(w_state, 3, 3)
    w_self.set_state(items_w[0], items_w[1], items_w[2])
    return space.w_None


@method(itg.w_grouper_type, '__reduce__(self, /)', itg.W_Grouper)
def grouper_reduce(w_self):
    w_parent = w_self.w_parent
    assert isinstance(w_parent, itg.W_GroupBy)
    if w_parent.currgrouper is not w_self:
        return newtuple([_w_iter(), newtuple([newtuple([])])])
    return newtuple([w_self.gettype(),
                     newtuple([w_parent, w_self.w_tgtkey])])


@constructor(itg.w_grouper_type, '_grouper(parent, tgtkey, /)')
def grouper_new(w_cls, w_parent, w_tgtkey):
    """The grouper a groupby's reduction names: it becomes the parent's
    current grouper."""
    if not isinstance(w_parent, itg.W_GroupBy):
        raise oefmt(exc.w_TypeError, "_grouper() argument 1 must be "
                    "itertools.groupby, not %s" % space.type_name(w_parent))
    w_grouper = itg.W_Grouper(w_parent, w_tgtkey)
    w_parent.currgrouper = w_grouper
    return w_grouper


# ---------------------------------------------------------------- tee

@method(itg.w_tee_type, '__reduce__(self, /)', itg.W_Tee)
def tee_reduce(w_self):
    return newtuple([w_self.gettype(), newtuple([newtuple([])]),
                     newtuple([w_self.w_data, newint(w_self.index)])])


@method(itg.w_tee_type, '__setstate__(self, state, /)', itg.W_Tee)
def tee_setstate(w_self, w_state):
    items_w = state_items(w_state, 2, 2)
    w_data = items_w[0]
    if not isinstance(w_data, itg.W_TeeData):
        raise arg_type_error(1, 'itertools._tee_dataobject', w_data)
    index = c_int_arg(items_w[1])
    if index < 0 or index > itg.LINKCELLS:
        raise oefmt(exc.w_ValueError, "Index out of range")
    assert isinstance(w_data, itg.W_TeeData)
    w_self.set_data(w_data, index)
    return space.w_None


@method(itg.w_tee_dataobject_type, '__reduce__(self, /)', itg.W_TeeData)
def teedata_reduce(w_self):
    w_values = newlist(w_self.values_w[:])
    w_res = newtuple([w_self.gettype(),
                      newtuple([w_self.w_it, w_values,
                                _none_if_null(w_self.w_nextlink)])])
    return w_res


@constructor(itg.w_tee_dataobject_type,
             'teedataobject(iterable, values, next, /)')
def teedata_new(w_cls, w_it, w_values, w_next):
    if not isinstance(w_values, W_ListObject):
        raise oefmt(exc.w_TypeError, "teedataobject() argument 2 must be "
                    "list, not %s" % space.type_name(w_values))
    values_w = w_values.getitems_copy()
    n = len(values_w)
    if n > itg.LINKCELLS or (w_next is not space.w_None and (
            n < itg.LINKCELLS or not isinstance(w_next, itg.W_TeeData))):
        raise oefmt(exc.w_ValueError, "Invalid arguments")
    w_data = itg.W_TeeData(w_it)
    for w_value in values_w:
        refcount.incref(w_value)
    w_data.values_w = values_w
    if w_next is not space.w_None:
        assert isinstance(w_next, itg.W_TeeData)
        refcount.incref(w_next)
        w_data.w_nextlink = w_next
    return w_data
