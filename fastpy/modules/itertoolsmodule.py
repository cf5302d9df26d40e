"""The itertools module: CPython 3.11's iterator types in RPython.

Every iterator is a counted object (modtypes.BuiltinIterator) whose
slots hold counted references (referents/release_children).  Items taken
from an underlying iterator are temporaries: while Python code may run
(a predicate, a key function, __bool__, __eq__) they are held (incref)
and at the end either handed back (disown) or dropped (decref).

This file: accumulate, chain, compress, count, cycle, dropwhile,
filterfalse, islice, pairwise, repeat, starmap, takewhile, zip_longest.
itertoolscomb.py: combinations, combinations_with_replacement,
permutations, product.  itertoolsgroup.py: groupby, tee.
"""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import ovfcheck

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, classmethod_
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import (module_type, itertools_constructor,
                                     check_new, check_positional,
                                     BuiltinIterator, call_holding,
                                     parse_args)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.subtypealloc import subclassable, new_instance
from fastpy.objspace.slots import publish

module = ModuleDef('itertools', 'Functional tools for creating and using '
                   'iterators.')

ITER_SLOTS = ['__iter__', '__next__']


# ---------------------------------------------------------------- helpers

def hold_call(w_func, args_w):
    """w_func(*args_w) with the (held) arguments; the result held too."""
    w_res = call_holding(w_func, args_w)
    refcount.incref(w_res)
    return w_res


def truth_held(w_res):
    """is_true of a held result, which is dropped."""
    try:
        return space.is_true(w_res)
    finally:
        refcount.decref(w_res)


def predicate(w_func, w_item):
    """bool(w_func(w_item)) for a held item (func None: bool(item))."""
    if w_func is None:
        return space.is_true(w_item)
    return truth_held(hold_call(w_func, [w_item]))


def next_held(w_iter):
    """The next item of w_iter, held (incref'd), or None at the end."""
    w_item = space.next_w(w_iter)
    if w_item is not None:
        refcount.incref(w_item)
    return w_item


def get_iter_held(w_obj):
    """iter(w_obj) (w_obj held by the caller), held."""
    w_it = space.get_iter(w_obj)
    refcount.incref(w_it)
    return w_it


def func_or_none(w_func):
    if w_func is space.w_None:
        return None
    return w_func


def new_iter_type(name):
    w_type = module_type(name, 'itertools')
    publish(w_type, ITER_SLOTS)
    return w_type


ALL_TYPES = []


def register(w_type):
    ALL_TYPES.append(w_type)
    return w_type


# ---------------------------------------------------------------- accumulate

w_accumulate_type = register(new_iter_type('accumulate'))


class W_Accumulate(BuiltinIterator):
    _attrs_ = ['w_it', 'w_func', 'w_total', 'w_initial']

    def __init__(self, w_it, w_func, w_initial):
        self.w_it = w_it
        self.w_func = w_func
        self.w_total = None
        self.w_initial = w_initial
        refcount.incref(w_it)
        refcount.incref(w_func)
        refcount.incref(w_initial)

    def gettype(self):
        return w_accumulate_type

    def referents(self):
        return [w for w in [self.w_it, self.w_func, self.w_total,
                            self.w_initial] if w is not None]

    def release_children(self):
        w_it, w_func, w_total, w_initial = (self.w_it, self.w_func,
                                            self.w_total, self.w_initial)
        self.w_it = self.w_func = self.w_total = self.w_initial = None
        refcount.decref(w_func)
        refcount.decref(w_it)
        refcount.decref(w_total)
        refcount.decref(w_initial)

    def sp_next(self):
        w_initial = self.w_initial
        if w_initial is not None:
            self.w_initial = None
            self._set_total(w_initial)       # held by both, then one
            refcount.decref(w_initial)
            return w_initial
        w_val = next_held(self.w_it)
        if w_val is None:
            return None
        w_total = self.w_total
        if w_total is None:
            self._set_total(w_val)
            refcount.decref(w_val)
            return w_val
        try:
            if self.w_func is None:
                w_new = space.binary_op(space.OP_ADD, w_total, w_val)
            else:
                w_new = call_holding(self.w_func, [w_total, w_val])
        except OperationError:
            refcount.decref(w_val)
            raise
        # The new total may be w_val itself (Decimal's 0 + d is d): hold
        # it before w_val's reference goes.
        self._set_total(w_new)
        refcount.decref(w_val)
        return w_new

    def _set_total(self, w_new):
        w_old = self.w_total
        refcount.incref(w_new)
        self.w_total = w_new
        refcount.decref(w_old)

W_UserAccumulate = subclassable(W_Accumulate)


@itertools_constructor(w_accumulate_type, 'accumulate(*args, **kwargs)')
def accumulate_new(w_cls, args_w, kw_names, kw_values_w):
    w_iterable, w_func, w_initial = parse_args(
        'accumulate', ['iterable', 'func', 'initial'], 1, 2, args_w,
        kw_names, kw_values_w)
    w_it = space.get_iter(w_iterable)
    w_func = None if w_func is None else func_or_none(w_func)
    w_initial = None if w_initial is None else func_or_none(w_initial)
    w_res = new_instance(W_Accumulate, w_cls, w_it, w_func, w_initial)
    refcount.discard(w_it)
    return w_res


# ---------------------------------------------------------------- chain

w_chain_type = register(new_iter_type('chain'))


class W_Chain(BuiltinIterator):
    _attrs_ = ['w_source', 'w_active']

    def __init__(self, w_source):
        self.w_source = w_source
        self.w_active = None
        refcount.incref(w_source)

    def gettype(self):
        return w_chain_type

    def referents(self):
        return [w for w in [self.w_source, self.w_active] if w is not None]

    def release_children(self):
        w_source, w_active = self.w_source, self.w_active
        self.w_source = self.w_active = None
        refcount.decref(w_source)
        refcount.decref(w_active)

    def set_state(self, w_source, w_active):
        refcount.incref(w_source)
        refcount.incref(w_active)
        w_old_source, w_old_active = self.w_source, self.w_active
        self.w_source = w_source
        self.w_active = w_active
        refcount.decref(w_old_source)
        refcount.decref(w_old_active)

    def _clear_source(self):
        w_source = self.w_source
        self.w_source = None
        refcount.decref(w_source)

    def _clear_active(self):
        w_active = self.w_active
        self.w_active = None
        refcount.decref(w_active)

    def sp_next(self):
        while self.w_source is not None:
            if self.w_active is None:
                try:
                    w_iterable = next_held(self.w_source)
                except OperationError:
                    self._clear_source()
                    raise
                if w_iterable is None:
                    self._clear_source()
                    return None
                try:
                    w_active = get_iter_held(w_iterable)
                except OperationError:
                    refcount.decref(w_iterable)
                    self._clear_source()
                    raise
                refcount.decref(w_iterable)
                self.w_active = w_active
            w_item = space.next_w(self.w_active)
            if w_item is not None:
                return w_item
            self._clear_active()
        return None

W_UserChain = subclassable(W_Chain)


def _new_chain(w_cls, w_source):
    return new_instance(W_Chain, w_cls, w_source)


@itertools_constructor(w_chain_type, 'chain(*iterables)', positional_only=True)
def chain_new(w_cls, iterables_w):
    from fastpy.objspace.iterobject import W_TupleIterator
    from fastpy.objspace.tupleobject import newtuple
    w_src = W_TupleIterator(newtuple(iterables_w))
    w_res = _new_chain(w_cls, w_src)
    refcount.discard(w_src)
    return w_res


@classmethod_(w_chain_type, 'from_iterable(type, iterable, /)')
def chain_from_iterable(w_cls, w_iterable):
    w_src = space.get_iter(w_iterable)
    w_res = _new_chain(w_cls, w_src)
    refcount.discard(w_src)
    return w_res


# ---------------------------------------------------------------- compress

w_compress_type = register(new_iter_type('compress'))


class W_Compress(BuiltinIterator):
    _attrs_ = ['w_data', 'w_selectors']
    _immutable_fields_ = ['w_data', 'w_selectors']

    def __init__(self, w_data, w_selectors):
        self.w_data = w_data
        self.w_selectors = w_selectors
        refcount.incref(w_data)
        refcount.incref(w_selectors)

    def gettype(self):
        return w_compress_type

    def referents(self):
        return [self.w_data, self.w_selectors]

    def release_children(self):
        refcount.decref(self.w_data)
        refcount.decref(self.w_selectors)

    def sp_next(self):
        while True:
            w_datum = next_held(self.w_data)
            if w_datum is None:
                return None
            try:
                w_sel = next_held(self.w_selectors)
                if w_sel is None:
                    refcount.decref(w_datum)
                    return None
                ok = truth_held(w_sel)
            except OperationError:
                refcount.decref(w_datum)
                raise
            if ok:
                refcount.disown(w_datum)
                return w_datum
            refcount.decref(w_datum)

W_UserCompress = subclassable(W_Compress)


@itertools_constructor(w_compress_type, 'compress(*args, **kwargs)')
def compress_new(w_cls, args_w, kw_names, kw_values_w):
    w_data, w_selectors = parse_args('compress', ['data', 'selectors'], 2,
                                     2, args_w, kw_names, kw_values_w)
    w_d = get_iter_held(w_data)
    try:
        w_s = space.get_iter(w_selectors)
    except OperationError:
        refcount.decref(w_d)
        raise
    w_res = new_instance(W_Compress, w_cls, w_d, w_s)
    refcount.decref(w_d)
    refcount.discard(w_s)
    return w_res


# ---------------------------------------------------------------- count

w_count_type = register(new_iter_type('count'))
publish(w_count_type, ['__repr__'])


class W_Count(BuiltinIterator):
    """Fast mode (CPython's cnt): an int counter stepping by 1; slow
    mode: the objects w_cnt and w_step."""
    _attrs_ = ['fast', 'cnt', 'w_cnt', 'w_step']

    def __init__(self, fast, cnt, w_cnt, w_step):
        self.fast = fast
        self.cnt = cnt
        self.w_cnt = w_cnt
        self.w_step = w_step
        refcount.incref(w_cnt)
        refcount.incref(w_step)

    def gettype(self):
        return w_count_type

    def referents(self):
        return [w for w in [self.w_cnt, self.w_step] if w is not None]

    def release_children(self):
        w_cnt, w_step = self.w_cnt, self.w_step
        self.w_cnt = self.w_step = None
        refcount.decref(w_cnt)
        refcount.decref(w_step)

    def sp_next(self):
        if self.fast:
            i = self.cnt
            try:
                self.cnt = ovfcheck(i + 1)
            except OverflowError:
                self.fast = False
                w_cnt = newint(i)
                w_step = newint(1)
                refcount.incref(w_cnt)
                refcount.incref(w_step)
                self.w_cnt = w_cnt
                self.w_step = w_step
                return self._next_slow()
            return newint(i)
        return self._next_slow()

    def _next_slow(self):
        w_cnt = self.w_cnt
        w_new = space.binary_op(space.OP_ADD, w_cnt, self.w_step)
        refcount.incref(w_new)
        self.w_cnt = w_new
        refcount.disown(w_cnt)
        return w_cnt

    def sp_repr(self):
        name = self.gettype().name.decode('utf-8')
        if self.fast:
            return name + u'(' + str(self.cnt).decode('ascii') + u')'
        w_step = self.w_step
        if isinstance(w_step, W_IntObject) and w_step.intval == 1:
            return name + u'(' + space.repr_u(self.w_cnt) + u')'
        return (name + u'(' + space.repr_u(self.w_cnt) + u', ' +
                space.repr_u(w_step) + u')')

W_UserCount = subclassable(W_Count)


def _is_number(w_obj):
    from fastpy.objspace.complexobject import W_ComplexObject
    if space.is_number(w_obj) or isinstance(w_obj, W_ComplexObject):
        return True
    w_type = w_obj.gettype()
    return (w_type.lookup('__index__') is not None or
            w_type.lookup('__int__') is not None or
            w_type.lookup('__float__') is not None)


@itertools_constructor(w_count_type, 'count(*args, **kwargs)')
def count_new(w_cls, args_w, kw_names, kw_values_w):
    w_start, w_step = parse_args('count', ['start', 'step'], 0, 2, args_w,
                                 kw_names, kw_values_w)
    if w_start is None:
        w_start = newint(0)
    if w_step is None:
        w_step = newint(1)
    if not _is_number(w_start) or not _is_number(w_step):
        raise oefmt(exc.w_TypeError, "a number is required")
    fast = (isinstance(w_start, W_IntObject) and
            isinstance(w_step, W_IntObject) and w_step.intval == 1)
    if fast:
        assert isinstance(w_start, W_IntObject)
        cnt = w_start.intval
        w_start = None
        w_step = None
    else:
        cnt = 0
    w_res = new_instance(W_Count, w_cls, fast, cnt, w_start, w_step)
    return w_res


# ---------------------------------------------------------------- cycle

w_cycle_type = register(new_iter_type('cycle'))


class W_Cycle(BuiltinIterator):
    """firstpass: the saved items already hold a whole cycle (set by
    __setstate__), so items read from w_it are not saved again."""
    _attrs_ = ['w_it', 'saved_w', 'index', 'firstpass']

    def __init__(self, w_it):
        self.w_it = w_it
        self.saved_w = []
        self.index = 0
        self.firstpass = False
        refcount.incref(w_it)

    def set_saved(self, items_w):
        for w_item in items_w:
            refcount.incref(w_item)
        old_w = self.saved_w
        self.saved_w = items_w
        for w_item in old_w:
            refcount.decref(w_item)

    def gettype(self):
        return w_cycle_type

    def referents(self):
        result = list(self.saved_w)
        if self.w_it is not None:
            result.append(self.w_it)
        return result

    def release_children(self):
        w_it = self.w_it
        saved_w = self.saved_w
        self.w_it = None
        self.saved_w = []
        refcount.decref(w_it)
        for w_item in saved_w:
            refcount.decref(w_item)

    def sp_next(self):
        w_it = self.w_it
        if w_it is not None:
            w_item = space.next_w(w_it)
            if w_item is not None:
                if not self.firstpass:
                    refcount.incref(w_item)
                    self.saved_w.append(w_item)
                return w_item
            self.w_it = None
            refcount.decref(w_it)
        saved_w = self.saved_w
        if len(saved_w) == 0:
            return None
        i = self.index
        w_item = saved_w[i]
        i += 1
        if i >= len(saved_w):
            i = 0
        self.index = i
        return w_item

W_UserCycle = subclassable(W_Cycle)


@itertools_constructor(w_cycle_type, 'cycle(*args)', positional_only=True)
def cycle_new(w_cls, args_w):
    check_positional('cycle', len(args_w), 1, 1)
    w_it = space.get_iter(args_w[0])
    w_res = new_instance(W_Cycle, w_cls, w_it)
    refcount.discard(w_it)
    return w_res


# ------------------------------------- dropwhile, takewhile, filterfalse

class W_PredicateIter(BuiltinIterator):
    """A function and an iterator: dropwhile, takewhile, filterfalse,
    starmap."""
    _attrs_ = ['w_func', 'w_it', 'flag']
    _immutable_fields_ = ['w_func', 'w_it']

    def __init__(self, w_func, w_it):
        self.w_func = w_func
        self.w_it = w_it
        self.flag = False       # dropwhile: started; takewhile: stopped
        refcount.incref(w_func)
        refcount.incref(w_it)

    def referents(self):
        return [w for w in [self.w_func, self.w_it] if w is not None]

    def release_children(self):
        refcount.decref(self.w_func)
        refcount.decref(self.w_it)


w_dropwhile_type = register(new_iter_type('dropwhile'))


class W_DropWhile(W_PredicateIter):
    _attrs_ = []

    def gettype(self):
        return w_dropwhile_type

    def sp_next(self):
        while True:
            w_item = next_held(self.w_it)
            if w_item is None:
                return None
            if self.flag:
                refcount.disown(w_item)
                return w_item
            try:
                ok = predicate(self.w_func, w_item)
            except OperationError:
                refcount.decref(w_item)
                raise
            if not ok:
                self.flag = True
                refcount.disown(w_item)
                return w_item
            refcount.decref(w_item)


w_takewhile_type = register(new_iter_type('takewhile'))


class W_TakeWhile(W_PredicateIter):
    _attrs_ = []

    def gettype(self):
        return w_takewhile_type

    def sp_next(self):
        if self.flag:
            return None
        w_item = next_held(self.w_it)
        if w_item is None:
            return None
        try:
            ok = predicate(self.w_func, w_item)
        except OperationError:
            refcount.decref(w_item)
            raise
        if ok:
            refcount.disown(w_item)
            return w_item
        refcount.decref(w_item)
        self.flag = True
        return None


w_filterfalse_type = register(new_iter_type('filterfalse'))


class W_FilterFalse(W_PredicateIter):
    _attrs_ = []

    def gettype(self):
        return w_filterfalse_type

    def sp_next(self):
        while True:
            w_item = next_held(self.w_it)
            if w_item is None:
                return None
            try:
                ok = predicate(self.w_func, w_item)
            except OperationError:
                refcount.decref(w_item)
                raise
            if not ok:
                refcount.disown(w_item)
                return w_item
            refcount.decref(w_item)


w_starmap_type = register(new_iter_type('starmap'))


class W_StarMap(W_PredicateIter):
    _attrs_ = []

    def gettype(self):
        return w_starmap_type

    def sp_next(self):
        w_args = next_held(self.w_it)
        if w_args is None:
            return None
        args_w = None
        try:
            if isinstance(w_args, W_TupleObject) and not w_args.is_user:
                w_res = call_holding(self.w_func, w_args.items_w[:])
            else:
                args_w = space.iterate(w_args)
                for w_a in args_w:
                    refcount.incref(w_a)
                w_res = call_holding(self.w_func, args_w)
            # Held while the arguments go: the result may be one of them.
            refcount.incref(w_res)
        finally:
            if args_w is not None:
                for w_a in args_w:
                    refcount.decref(w_a)
            refcount.decref(w_args)
        refcount.disown(w_res)
        return w_res


W_UserDropWhile = subclassable(W_DropWhile)
W_UserTakeWhile = subclassable(W_TakeWhile)
W_UserFilterFalse = subclassable(W_FilterFalse)
W_UserStarMap = subclassable(W_StarMap)


def _pred_args(name, args_w):
    check_positional(name, len(args_w), 2, 2)
    return args_w[0], args_w[1]


@itertools_constructor(w_dropwhile_type,
                       'dropwhile(*args)', positional_only=True)
def dropwhile_new(w_cls, args_w):
    w_func, w_iterable = _pred_args('dropwhile', args_w)
    w_it = space.get_iter(w_iterable)
    w_res = new_instance(W_DropWhile, w_cls, w_func, w_it)
    refcount.discard(w_it)
    return w_res


@itertools_constructor(w_takewhile_type,
                       'takewhile(*args)', positional_only=True)
def takewhile_new(w_cls, args_w):
    w_func, w_iterable = _pred_args('takewhile', args_w)
    w_it = space.get_iter(w_iterable)
    w_res = new_instance(W_TakeWhile, w_cls, w_func, w_it)
    refcount.discard(w_it)
    return w_res


@itertools_constructor(w_filterfalse_type,
                       'filterfalse(*args)', positional_only=True)
def filterfalse_new(w_cls, args_w):
    w_func, w_iterable = _pred_args('filterfalse', args_w)
    w_it = space.get_iter(w_iterable)
    w_func = func_or_none(w_func)
    w_res = new_instance(W_FilterFalse, w_cls, w_func, w_it)
    refcount.discard(w_it)
    return w_res


@itertools_constructor(w_starmap_type, 'starmap(*args)', positional_only=True)
def starmap_new(w_cls, args_w):
    w_func, w_iterable = _pred_args('starmap', args_w)
    w_it = space.get_iter(w_iterable)
    w_res = new_instance(W_StarMap, w_cls, w_func, w_it)
    refcount.discard(w_it)
    return w_res


# ---------------------------------------------------------------- islice

w_islice_type = register(new_iter_type('islice'))


class W_ISlice(BuiltinIterator):
    _attrs_ = ['w_it', 'nxt', 'stop', 'step', 'cnt']
    _immutable_fields_ = ['stop', 'step']

    def __init__(self, w_it, start, stop, step):
        self.w_it = w_it
        self.nxt = start
        self.stop = stop
        self.step = step
        self.cnt = 0
        refcount.incref(w_it)

    def gettype(self):
        return w_islice_type

    def referents(self):
        if self.w_it is None:
            return []
        return [self.w_it]

    def release_children(self):
        self._clear()

    def _clear(self):
        w_it = self.w_it
        self.w_it = None
        refcount.decref(w_it)

    def sp_next(self):
        w_it = self.w_it
        if w_it is None:
            return None
        stop = self.stop
        try:
            while self.cnt < self.nxt:
                w_item = space.next_w(w_it)
                if w_item is None:
                    self._clear()
                    return None
                refcount.discard(w_item)
                self.cnt += 1
            if stop != -1 and self.cnt >= stop:
                self._clear()
                return None
            w_item = space.next_w(w_it)
        except OperationError:
            self._clear()
            raise
        if w_item is None:
            self._clear()
            return None
        self.cnt += 1
        oldnext = self.nxt
        try:
            nxt = ovfcheck(oldnext + self.step)
        except OverflowError:
            nxt = stop
        if nxt < oldnext or (stop != -1 and nxt > stop):
            nxt = stop
        self.nxt = nxt
        return w_item

W_UserISlice = subclassable(W_ISlice)


def _as_ssize(w_obj):
    """PyNumber_AsSsize_t(obj, OverflowError) with the error cleared:
    (ok, value)."""
    try:
        return True, space.int_w(w_obj)
    except OperationError as e:
        refcount.discard(e.w_exc)
        return False, -1


STOP_MSG = ("Stop argument for islice() must be None or an integer: "
            "0 <= x <= sys.maxsize.")


@itertools_constructor(w_islice_type, 'islice(*args)', positional_only=True)
def islice_new(w_cls, args_w):
    n = len(args_w)
    check_positional('islice', n, 2, 4)
    w_seq = args_w[0]
    w_a1 = args_w[1]
    start = 0
    stop = -1
    step = 1
    if n == 2:
        if w_a1 is not space.w_None:
            ok, stop = _as_ssize(w_a1)
            if not ok or stop == -1:
                raise oefmt(exc.w_ValueError, STOP_MSG)
    else:
        w_a2 = args_w[2]
        if w_a1 is not space.w_None:
            ok, start = _as_ssize(w_a1)
        if w_a2 is not space.w_None:
            ok, stop = _as_ssize(w_a2)
            if not ok or stop == -1:
                raise oefmt(exc.w_ValueError, STOP_MSG)
    if start < 0 or stop < -1:
        raise oefmt(exc.w_ValueError, "Indices for islice() must be None or "
                    "an integer: 0 <= x <= sys.maxsize.")
    if n == 4:
        w_a3 = args_w[3]
        if w_a3 is not space.w_None:
            ok, step = _as_ssize(w_a3)
    if step < 1:
        raise oefmt(exc.w_ValueError,
                    "Step for islice() must be a positive integer or None.")
    w_it = space.get_iter(w_seq)
    w_res = new_instance(W_ISlice, w_cls, w_it, start, stop, step)
    refcount.discard(w_it)
    return w_res


# ---------------------------------------------------------------- pairwise

w_pairwise_type = register(new_iter_type('pairwise'))


class W_Pairwise(BuiltinIterator):
    _attrs_ = ['w_it', 'w_old']

    def __init__(self, w_it):
        self.w_it = w_it
        self.w_old = None
        refcount.incref(w_it)

    def gettype(self):
        return w_pairwise_type

    def referents(self):
        return [w for w in [self.w_it, self.w_old] if w is not None]

    def release_children(self):
        w_it, w_old = self.w_it, self.w_old
        self.w_it = self.w_old = None
        refcount.decref(w_it)
        refcount.decref(w_old)

    def sp_next(self):
        # The underlying iterator may call this pairwise again (re-entry):
        # every step re-reads the fields a nested call may have changed,
        # as CPython 3.11's pairwise_next does.
        w_it = self.w_it
        if w_it is None:
            return None
        w_old = self.w_old
        if w_old is None:
            try:
                w_old = space.next_w(w_it)
            except OperationError:
                self._set_old(None)
                self._clear_it()
                raise
            self._set_old(w_old)
            if w_old is None:
                self._clear_it()
                return None
            if self.w_it is None:           # exhausted by a nested call
                self._set_old(None)
                return None
            w_it = self.w_it
        refcount.incref(w_old)              # ours while next() runs
        try:
            w_new = space.next_w(w_it)
        except OperationError:
            self._clear_it()
            self._set_old(None)
            refcount.decref(w_old)
            raise
        if w_new is None:
            self._clear_it()
            self._set_old(None)
            refcount.decref(w_old)
            return None
        w_result = W_TupleObject([w_old, w_new])
        self._set_old(w_new)
        refcount.decref(w_old)
        return w_result

    def _set_old(self, w_new):
        """Store w_new (counted) in place of the old value."""
        w_prev = self.w_old
        refcount.incref(w_new)
        self.w_old = w_new
        refcount.decref(w_prev)

    def _clear_it(self):
        w_it = self.w_it
        self.w_it = None
        refcount.decref(w_it)

W_UserPairwise = subclassable(W_Pairwise)


@itertools_constructor(w_pairwise_type,
                       'pairwise(*args)', positional_only=True)
def pairwise_new(w_cls, args_w):
    check_positional('pairwise', len(args_w), 1, 1)
    w_it = space.get_iter(args_w[0])
    w_res = new_instance(W_Pairwise, w_cls, w_it)
    refcount.discard(w_it)
    return w_res


# ---------------------------------------------------------------- repeat

w_repeat_type = register(new_iter_type('repeat'))
publish(w_repeat_type, ['__repr__'])


class W_Repeat(BuiltinIterator):
    _attrs_ = ['w_element', 'cnt']
    _immutable_fields_ = ['w_element']

    def __init__(self, w_element, cnt):
        self.w_element = w_element
        self.cnt = cnt
        refcount.incref(w_element)

    def gettype(self):
        return w_repeat_type

    def referents(self):
        return [self.w_element]

    def release_children(self):
        refcount.decref(self.w_element)

    def sp_next(self):
        cnt = self.cnt
        if cnt == 0:
            return None
        if cnt > 0:
            self.cnt = cnt - 1
        return self.w_element

    def sp_repr(self):
        name = self.gettype().name.decode('utf-8')
        if self.cnt == -1:
            return name + u'(' + space.repr_u(self.w_element) + u')'
        return (name + u'(' + space.repr_u(self.w_element) + u', ' +
                str(self.cnt).decode('ascii') + u')')

W_UserRepeat = subclassable(W_Repeat)


@itertools_constructor(w_repeat_type, 'repeat(*args, **kwargs)')
def repeat_new(w_cls, args_w, kw_names, kw_values_w):
    w_object, w_times = parse_args('repeat', ['object', 'times'], 1, 2,
                                   args_w, kw_names, kw_values_w)
    cnt = -1
    if w_times is not None:
        cnt = space.int_w(w_times)
        if cnt < 0:
            cnt = 0
    w_res = new_instance(W_Repeat, w_cls, w_object, cnt)
    return w_res


@method(w_repeat_type, '__length_hint__(self, /)', W_Repeat)
def repeat_length_hint(w_self):
    if w_self.cnt == -1:
        raise oefmt(exc.w_TypeError, "len() of unsized object")
    return newint(w_self.cnt)


# ---------------------------------------------------------------- zip_longest

w_zip_longest_type = register(new_iter_type('zip_longest'))


class W_ZipLongest(BuiltinIterator):
    _attrs_ = ['iterators_w', 'numactive', 'w_fillvalue']

    def __init__(self, iterators_w, w_fillvalue):
        self.iterators_w = iterators_w
        self.numactive = len(iterators_w)
        self.w_fillvalue = w_fillvalue
        for w_it in iterators_w:
            refcount.incref(w_it)
        refcount.incref(w_fillvalue)

    def gettype(self):
        return w_zip_longest_type

    def set_fillvalue(self, w_value):
        w_old = self.w_fillvalue
        refcount.incref(w_value)
        self.w_fillvalue = w_value
        refcount.decref(w_old)

    def referents(self):
        result = [w for w in self.iterators_w if w is not None]
        result.append(self.w_fillvalue)
        return result

    def release_children(self):
        iterators_w = self.iterators_w
        self.iterators_w = []
        for w_it in iterators_w:
            refcount.decref(w_it)
        refcount.decref(self.w_fillvalue)

    @jit.unroll_safe
    def sp_next(self):
        n = len(self.iterators_w)
        if n == 0 or self.numactive == 0:
            return None
        items_w = [None] * n
        for i in range(n):
            w_it = self.iterators_w[i]
            if w_it is None:
                w_item = self.w_fillvalue
            else:
                try:
                    w_item = next_held(w_it)
                except OperationError:
                    self.numactive = 0
                    _drop_held(items_w, i)
                    raise
                if w_item is None:
                    self.numactive -= 1
                    if self.numactive == 0:
                        _drop_held(items_w, i)
                        return None
                    w_item = self.w_fillvalue
                    self.iterators_w[i] = None
                    refcount.decref(w_it)
                else:
                    refcount.disown(w_item)
            refcount.incref(w_item)
            items_w[i] = w_item
        w_result = W_TupleObject(items_w)
        for w_item in items_w:
            refcount.decref(w_item)
        return w_result


def _drop_held(items_w, n):
    for k in range(n):
        refcount.decref(items_w[k])

W_UserZipLongest = subclassable(W_ZipLongest)


@itertools_constructor(w_zip_longest_type, 'zip_longest(*args, **kwargs)')
def zip_longest_new(w_cls, args_w, kw_names, kw_values_w):
    w_fill = space.w_None
    if kw_names is not None and len(kw_names) > 0:
        if len(kw_names) != 1 or kw_names[0] != 'fillvalue':
            raise oefmt(exc.w_TypeError,
                        "zip_longest() got an unexpected keyword argument")
        w_fill = kw_values_w[0]
    from fastpy.objspace.itertypes import _get_iters
    iterators_w = _get_iters(args_w)
    w_res = new_instance(W_ZipLongest, w_cls, iterators_w[:], w_fill)
    for w_it in iterators_w:
        refcount.discard(w_it)
    return w_res


# ---------------------------------------------------------------- module

from fastpy.modules import itertoolscomb, itertoolsgroup  # noqa: E402

for _w_type in itertoolscomb.ALL_TYPES + itertoolsgroup.ALL_TYPES:
    register(_w_type)
module.add_function(itertoolsgroup.itertools_tee.w_func)


@module.initializer
def init_itertools(w_dict):
    for w_type in ALL_TYPES:
        w_dict.setitem_str(w_type.name, w_type)
