"""The iterator types of the builtins: enumerate, zip, map, filter,
reversed (and list_reverseiterator, dict_reversekeyiterator, ...) and
callable_iterator (iter(f, sentinel)).

Each is a counted object holding counted references to what it iterates.
`sp_next` has no loop (zip's loop over its iterators is unrolled for the
constant number of them), so `for i, x in enumerate(lst)` and
`for a, b in zip(x, y)` trace to reads of the underlying sequences with
the tuples left virtual.
"""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import ovfcheck

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.typecall import subtype_constructor
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import newint
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.subtypealloc import subclassable, new_instance

w_enumerate_type = W_TypeObject('enumerate', w_object_type)
w_zip_type = W_TypeObject('zip', w_object_type)
w_map_type = W_TypeObject('map', w_object_type)
w_filter_type = W_TypeObject('filter', w_object_type)
w_reversed_type = W_TypeObject('reversed', w_object_type)
w_list_reverseiterator_type = W_TypeObject('list_reverseiterator',
                                           w_object_type)
w_dict_reversekeyiterator_type = W_TypeObject('dict_reversekeyiterator',
                                              w_object_type)
w_dict_reversevalueiterator_type = W_TypeObject(
    'dict_reversevalueiterator', w_object_type)
w_dict_reverseitemiterator_type = W_TypeObject('dict_reverseitemiterator',
                                               w_object_type)
w_callable_iterator_type = W_TypeObject('callable_iterator', w_object_type)
from fastpy.objspace import space


def _call(w_func, args_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    return call_function(w_func, Arguments(args_w))


def call_holding(w_func, args_w):
    """Call w_func with arguments that may be temporaries: they are held
    (counted) for the duration of the call, then handed back as they
    were (a temporary stays a temporary)."""
    for w_arg in args_w:
        refcount.incref(w_arg)
    try:
        w_result = _call(w_func, args_w)
    finally:
        for w_arg in args_w:
            refcount.disown(w_arg)
    return w_result


class W_BuiltinIterator(W_Counted):
    """Common parts: an iterator is its own iterator."""
    _attrs_ = []

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True


# ---------------------------------------------------------------- enumerate

class W_Enumerate(W_BuiltinIterator):
    _attrs_ = ['w_iter', 'index', 'w_index']

    def __init__(self, w_iter, index, w_index):
        self.w_iter = w_iter
        self.index = index
        self.w_index = w_index      # the count once it left the word
        refcount.incref(w_iter)

    def gettype(self):
        return w_enumerate_type

    def referents(self):
        return [self.w_iter]

    def release_children(self):
        w_iter = self.w_iter
        self.w_iter = None
        refcount.decref(w_iter)

    def sp_next(self):
        w_item = space.next_w(self.w_iter)
        if w_item is None:
            return None
        if self.w_index is None:
            i = self.index
            try:
                self.index = ovfcheck(i + 1)
            except OverflowError:
                self.w_index = space.binary_op(
                    space.OP_ADD, newint(i), newint(1))
            w_count = newint(i)
        else:
            w_count = self.w_index
            self.w_index = space.binary_op(space.OP_ADD, w_count,
                                              newint(1))
        return W_TupleObject([w_count, w_item])


W_UserEnumerate = subclassable(W_Enumerate)


@subtype_constructor(w_enumerate_type, 'enumerate(iterable=NULL, start=0)')
def enumerate_new(w_cls, w_iterable, w_start):
    if w_iterable is None:
        # (the exact type's fast call path words it without the position)
        raise oefmt(exc.w_TypeError,
                    "enumerate() missing required argument 'iterable'%s" %
                    ("" if w_cls is w_enumerate_type else " (pos 1)"))
    from fastpy.objspace.intobject import W_IntObject
    w_start = _index_value(w_start)
    w_iter = space.get_iter(w_iterable)
    if isinstance(w_start, W_IntObject):
        w_result = new_instance(W_Enumerate, w_cls, w_iter, w_start.intval,
                                None)
    else:
        w_result = new_instance(W_Enumerate, w_cls, w_iter, 0, w_start)
    refcount.discard(w_iter)
    return w_result


def _index_value(w_obj):
    """An int object from an int or an object with __index__."""
    if space.is_int(w_obj):
        return w_obj
    return newint(space.int_w(w_obj))


# ---------------------------------------------------------------- zip

class W_Zip(W_BuiltinIterator):
    _attrs_ = ['iterators_w', 'strict', 'done']
    _immutable_fields_ = ['iterators_w[*]']

    def __init__(self, iterators_w, strict):
        self.iterators_w = iterators_w
        self.strict = strict
        self.done = False
        for w_it in iterators_w:
            refcount.incref(w_it)

    def gettype(self):
        return w_zip_type

    def referents(self):
        return list(self.iterators_w)

    def release_children(self):
        for w_it in self.iterators_w:
            refcount.decref(w_it)

    @jit.unroll_safe
    def sp_next(self):
        n = len(self.iterators_w)
        if n == 0 or self.done:
            return None
        items_w = [None] * n
        for i in range(n):
            w_item = space.next_w(self.iterators_w[i])
            if w_item is None:
                for k in range(i):
                    refcount.discard(items_w[k])
                self.done = True
                if self.strict:
                    self._check_strict(i)
                return None
            items_w[i] = w_item
        return W_TupleObject(items_w)

    def _check_strict(self, i):
        if i > 0:
            plural = " " if i == 1 else "s 1-"
            raise oefmt(exc.w_ValueError,
                        "zip() argument %d is shorter than argument%s%d" %
                        (i + 1, plural, i))
        for k in range(1, len(self.iterators_w)):
            w_item = space.next_w(self.iterators_w[k])
            if w_item is not None:
                refcount.discard(w_item)
                plural = " " if k == 1 else "s 1-"
                raise oefmt(exc.w_ValueError,
                            "zip() argument %d is longer than argument%s%d"
                            % (k + 1, plural, k))


W_UserZip = subclassable(W_Zip)


@subtype_constructor(w_zip_type, 'zip(*iterables, strict: bool = False)')
def zip_new(w_cls, strict, iterables_w):
    iterators_w = _get_iters(iterables_w)
    w_zip = new_instance(W_Zip, w_cls, iterators_w[:], strict)
    for w_it in iterators_w:
        refcount.discard(w_it)
    return w_zip


def _get_iters(iterables_w):
    iterators_w = []
    try:
        for w_x in iterables_w:
            iterators_w.append(space.get_iter(w_x))
    except OperationError:
        for w_it in iterators_w:
            refcount.discard(w_it)
        raise
    return iterators_w


# ---------------------------------------------------------------- map

class W_Map(W_BuiltinIterator):
    _attrs_ = ['w_func', 'iterators_w']
    _immutable_fields_ = ['w_func', 'iterators_w[*]']

    def __init__(self, w_func, iterators_w):
        self.w_func = w_func
        self.iterators_w = iterators_w
        refcount.incref(w_func)
        for w_it in iterators_w:
            refcount.incref(w_it)

    def gettype(self):
        return w_map_type

    def referents(self):
        return [self.w_func] + list(self.iterators_w)

    def release_children(self):
        refcount.decref(self.w_func)
        for w_it in self.iterators_w:
            refcount.decref(w_it)

    @jit.unroll_safe
    def sp_next(self):
        n = len(self.iterators_w)
        args_w = [None] * n
        for i in range(n):
            w_item = space.next_w(self.iterators_w[i])
            if w_item is None:
                for k in range(i):
                    refcount.discard(args_w[k])
                return None
            args_w[i] = w_item
        try:
            w_result = call_holding(self.w_func, args_w)
        except OperationError:
            for w_arg in args_w:
                refcount.discard(w_arg)
            raise
        # Held while the arguments go: the result may be one of them.
        refcount.incref(w_result)
        for w_arg in args_w:
            refcount.discard(w_arg)
        refcount.disown(w_result)
        return w_result


W_UserMap = subclassable(W_Map)


@subtype_constructor(w_map_type, 'map(*args)', positional_only=True)
def map_new(w_cls, args_w):
    if len(args_w) < 2:
        raise oefmt(exc.w_TypeError, "map() must have at least two "
                    "arguments.")
    iterators_w = _get_iters(args_w[1:])
    w_map = new_instance(W_Map, w_cls, args_w[0], iterators_w[:])
    for w_it in iterators_w:
        refcount.discard(w_it)
    return w_map


# ---------------------------------------------------------------- filter

class W_Filter(W_BuiltinIterator):
    _attrs_ = ['w_func', 'w_iter']
    _immutable_fields_ = ['w_func']

    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter
        refcount.incref(w_func)
        refcount.incref(w_iter)

    def gettype(self):
        return w_filter_type

    def referents(self):
        return [self.w_func, self.w_iter]

    def release_children(self):
        refcount.decref(self.w_func)
        refcount.decref(self.w_iter)

    def sp_next(self):
        while True:
            w_item = space.next_w(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is space.w_None:
                ok = space.is_true(w_item)
            else:
                # Held until the result is dropped: the result may be
                # the item itself (filter(lambda x: x, ...)).
                refcount.incref(w_item)
                try:
                    w_res = _call(self.w_func, [w_item])
                    try:
                        ok = space.is_true(w_res)
                    finally:
                        refcount.discard(w_res)
                except OperationError:
                    refcount.decref(w_item)
                    raise
                refcount.disown(w_item)
            if ok:
                return w_item
            refcount.discard(w_item)


W_UserFilter = subclassable(W_Filter)


@subtype_constructor(w_filter_type, 'filter(function, iterable, /)',
                     positional_only=True)
def filter_new(w_cls, w_func, w_iterable):
    w_iter = space.get_iter(w_iterable)
    w_filter = new_instance(W_Filter, w_cls, w_func, w_iter)
    refcount.discard(w_iter)
    return w_filter


# ---------------------------------------------------------------- reversed

class W_ReversedSeq(W_BuiltinIterator):
    """Walks a sequence backwards by index (list, tuple, str, bytes,
    any object with __len__ and __getitem__)."""
    _attrs_ = ['w_seq', 'index', 'over_list']
    _immutable_fields_ = ['over_list']

    def __init__(self, w_seq, index):
        from fastpy.objspace.listobject import W_ListObject
        self.w_seq = w_seq
        self.index = index
        # (a list's reverse iterator keeps its type once exhausted)
        self.over_list = isinstance(w_seq, W_ListObject)
        refcount.incref(w_seq)

    def gettype(self):
        if self.over_list:
            return w_list_reverseiterator_type
        return w_reversed_type

    def referents(self):
        if self.w_seq is None:
            return []
        return [self.w_seq]

    def release_children(self):
        w_seq = self.w_seq
        self.w_seq = None
        refcount.decref(w_seq)

    def items_left(self):
        if self.w_seq is None:
            return 0
        return self.index + 1

    def sp_next(self):
        from fastpy.objspace.listobject import W_ListObject
        w_seq = self.w_seq
        if w_seq is None:
            return None
        i = self.index
        if isinstance(w_seq, W_ListObject):
            if 0 <= i < w_seq.length():
                self.index = i - 1
                return w_seq.getitem(i)
        elif i >= 0:
            self.index = i - 1
            try:
                return space.getitem(w_seq, newint(i))
            except OperationError as e:
                if not (e.match(exc.w_IndexError) or
                        e.match(exc.w_StopIteration)):
                    raise
                refcount.discard(e.w_exc)
        self.index = -1
        self.w_seq = None
        refcount.decref(w_seq)
        return None


class W_DictReverseIterator(W_BuiltinIterator):
    _attrs_ = ['w_dict', 'kind', 'index', 'size']
    _immutable_fields_ = ['kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind
        self.index = len(w_dict.order) - 1
        self.size = w_dict.length()
        refcount.incref(w_dict)

    def gettype(self):
        if self.kind == 0:
            return w_dict_reversekeyiterator_type
        if self.kind == 1:
            return w_dict_reversevalueiterator_type
        return w_dict_reverseitemiterator_type

    def referents(self):
        if self.w_dict is None:
            return []
        return [self.w_dict]

    def release_children(self):
        w_dict = self.w_dict
        self.w_dict = None
        refcount.decref(w_dict)

    def sp_next(self):
        w_dict = self.w_dict
        if w_dict is None:
            return None
        if w_dict.length() != self.size:
            self.size = -1
            raise oefmt(exc.w_RuntimeError,
                        "dictionary changed size during iteration")
        order = w_dict.order
        i = self.index
        while i >= 0:
            if i < len(order):
                entry = order[i]
                if entry is not None:
                    self.index = i - 1
                    if self.kind == 0:
                        return entry.w_key
                    if self.kind == 1:
                        return entry.w_value
                    return W_TupleObject([entry.w_key, entry.w_value])
            i -= 1
        self.index = -1
        self.w_dict = None
        refcount.decref(w_dict)
        return None


W_UserReversedSeq = subclassable(W_ReversedSeq)


@subtype_constructor(w_reversed_type, 'reversed(*args)',
                     positional_only=True)
def reversed_new(w_cls, args_w):
    from fastpy.modules.modtypes import check_positional
    check_positional('reversed', len(args_w), 1, 1)
    w_seq = args_w[0]
    if w_cls is w_reversed_type:
        return reversed_w(w_seq)
    return _reversed_for_subclass(w_cls, w_seq)


def _reversed_for_subclass(w_cls, w_seq):
    """reversed.__new__ of a heap subclass, as CPython's reversed_new:
    a sequence's own __reversed__ answers (its result is no instance of
    w_cls); otherwise a sequence is walked by index."""
    from fastpy.objspace import protocol
    w_type = w_seq.gettype()
    if w_type.lookup('__reversed__') is not None:
        w_res = protocol.call_special(w_seq, '__reversed__', [])
        if w_res is not None:
            return w_res
    if (w_type.lookup('__getitem__') is not None and
            w_type.lookup('__len__') is not None and
            not w_type.is_subtype(_dict_type())):
        return new_instance(W_ReversedSeq, w_cls, w_seq,
                            space.len_w(w_seq) - 1)
    raise oefmt(exc.w_TypeError, "'%s' object is not reversible" %
                space.type_name(w_seq))


def _dict_type():
    from fastpy.objspace.dictobject import w_dict_type
    return w_dict_type


def reversed_w(w_seq):
    from fastpy.objspace.listobject import W_ListObject
    from fastpy.objspace.tupleobject import W_TupleObject as W_Tuple
    from fastpy.objspace.strobject import W_StrObject
    from fastpy.objspace.bytesobject import W_BytesObject
    from fastpy.objspace.rangeobject import W_RangeObject, W_RangeIterator
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.objspace.dictview import W_DictView
    if isinstance(w_seq, W_ListObject):
        return W_ReversedSeq(w_seq, w_seq.length() - 1)
    if isinstance(w_seq, W_RangeObject) and w_seq.reverses_on_machine_ints():
        n = w_seq.length
        return W_RangeIterator(w_seq.start + (n - 1) * w_seq.step, n,
                               -w_seq.step)
    from fastpy.objspace.bigrange import W_BigRangeObject, range_reversed
    if isinstance(w_seq, W_BigRangeObject) or \
            isinstance(w_seq, W_RangeObject):
        return range_reversed(w_seq)
    if isinstance(w_seq, W_DictObject):
        return W_DictReverseIterator(w_seq, 0)
    if isinstance(w_seq, W_DictView):
        return W_DictReverseIterator(w_seq.w_dict, w_seq.kind)
    if (isinstance(w_seq, W_Tuple) or isinstance(w_seq, W_StrObject) or
            isinstance(w_seq, W_BytesObject)):
        return W_ReversedSeq(w_seq, space.len_w(w_seq) - 1)
    # User classes, and builtin types that define __reversed__ (deque).
    if w_seq.is_user or w_seq.gettype().lookup('__reversed__') is not None:
        from fastpy.objspace import protocol
        w_res = protocol.call_special(w_seq, '__reversed__', [])
        if w_res is not None:
            return w_res
        if (w_seq.gettype().lookup('__getitem__') is not None and
                w_seq.gettype().lookup('__len__') is not None):
            return W_ReversedSeq(w_seq, space.len_w(w_seq) - 1)
    # Builtin sequence types without __reversed__ (array.array): the
    # sequence protocol, as CPython's PySequence_Check (not mappings).
    elif (w_seq.gettype().lookup('__getitem__') is not None and
            w_seq.gettype().lookup('__len__') is not None and
            w_seq.gettype().lookup('keys') is None):
        return W_ReversedSeq(w_seq, space.len_w(w_seq) - 1)
    raise oefmt(exc.w_TypeError, "'%s' object is not reversible" %
                space.type_name(w_seq))


# ---------------------------------------------------------------- iter(f, s)

class W_CallableIterator(W_BuiltinIterator):
    _attrs_ = ['w_func', 'w_sentinel']

    def __init__(self, w_func, w_sentinel):
        self.w_func = w_func
        self.w_sentinel = w_sentinel
        refcount.incref(w_func)
        refcount.incref(w_sentinel)

    def gettype(self):
        return w_callable_iterator_type

    def referents(self):
        return [self.w_func, self.w_sentinel]

    def release_children(self):
        w_func, w_sentinel = self.w_func, self.w_sentinel
        self.w_func = self.w_sentinel = None
        refcount.decref(w_func)
        refcount.decref(w_sentinel)

    def sp_next(self):
        w_func = self.w_func
        if w_func is None:
            return None
        try:
            w_res = _call(w_func, [])
        except OperationError as e:
            if e.match(exc.w_StopIteration):
                refcount.discard(e.w_exc)
                self.release_children()
                return None
            raise
        w_sentinel = self.w_sentinel
        if w_sentinel is None:
            # the call exhausted this iterator itself (gh-101892)
            refcount.discard(w_res)
            return None
        if space.eq_w(w_res, w_sentinel):
            refcount.discard(w_res)
            self.release_children()
            return None
        return w_res
