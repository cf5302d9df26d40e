"""itertools: groupby (and its _grouper objects) and tee (the _tee
objects sharing _tee_dataobject chunks of 57 items), as in CPython 3.11.

A groupby's `currgrouper` is a borrowed reference, as in CPython: it is
only compared by identity (the grouper made last is the live one), so it
is neither counted nor a referent."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import function, method
from fastpy.interpreter.typecall import constructor
from fastpy.modules.modtypes import (module_type, itertools_constructor,
                                     check_new, check_positional,
                                     BuiltinIterator, call_holding,
                                     parse_args)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.subtypealloc import subclassable, new_instance
from fastpy.objspace.slots import publish

ALL_TYPES = []


def _new_type(name, iterator=True):
    w_type = module_type(name, 'itertools')
    if iterator:
        publish(w_type, ['__iter__', '__next__'])
    ALL_TYPES.append(w_type)
    return w_type


def same_key(w_a, w_b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity first."""
    if w_a is w_b:
        return True
    return space.eq_w(w_a, w_b)


# ---------------------------------------------------------------- groupby

w_groupby_type = _new_type('groupby')
w_grouper_type = _new_type('_grouper')


class W_GroupBy(BuiltinIterator):
    _attrs_ = ['w_it', 'w_keyfunc', 'w_tgtkey', 'w_currkey', 'w_currvalue',
               'currgrouper']
    _immutable_fields_ = ['w_it', 'w_keyfunc']

    def __init__(self, w_it, w_keyfunc):
        self.w_it = w_it
        self.w_keyfunc = w_keyfunc
        self.w_tgtkey = None
        self.w_currkey = None
        self.w_currvalue = None
        self.currgrouper = None
        refcount.incref(w_it)
        refcount.incref(w_keyfunc)

    def gettype(self):
        return w_groupby_type

    def referents(self):
        return [w for w in [self.w_it, self.w_keyfunc, self.w_tgtkey,
                            self.w_currkey, self.w_currvalue]
                if w is not None]

    def release_children(self):
        w_it, w_keyfunc = self.w_it, self.w_keyfunc
        w_tgtkey, w_currkey, w_currvalue = (self.w_tgtkey, self.w_currkey,
                                            self.w_currvalue)
        self.w_tgtkey = self.w_currkey = self.w_currvalue = None
        refcount.decref(w_it)
        refcount.decref(w_keyfunc)
        refcount.decref(w_tgtkey)
        refcount.decref(w_currkey)
        refcount.decref(w_currvalue)

    def set_state(self, w_currkey, w_currvalue, w_tgtkey):
        refcount.incref(w_currkey)
        refcount.incref(w_currvalue)
        refcount.incref(w_tgtkey)
        w_old_key, w_old_value, w_old_tgt = (self.w_currkey,
                                             self.w_currvalue, self.w_tgtkey)
        self.w_currkey = w_currkey
        self.w_currvalue = w_currvalue
        self.w_tgtkey = w_tgtkey
        refcount.decref(w_old_key)
        refcount.decref(w_old_value)
        refcount.decref(w_old_tgt)

    def step(self):
        """groupby_step: advance currvalue/currkey; False at the end."""
        w_newvalue = space.next_w(self.w_it)
        if w_newvalue is None:
            return False
        refcount.incref(w_newvalue)
        if self.w_keyfunc is None:
            w_newkey = w_newvalue
        else:
            try:
                w_newkey = call_holding(self.w_keyfunc, [w_newvalue])
            except OperationError:
                refcount.decref(w_newvalue)
                raise
        refcount.incref(w_newkey)
        w_oldvalue = self.w_currvalue
        self.w_currvalue = w_newvalue
        w_oldkey = self.w_currkey
        self.w_currkey = w_newkey
        refcount.decref(w_oldvalue)
        refcount.decref(w_oldkey)
        return True

    def sp_next(self):
        self.currgrouper = None
        while True:
            w_currkey = self.w_currkey
            if w_currkey is None:
                pass
            elif self.w_tgtkey is None:
                break
            elif not same_key(self.w_tgtkey, w_currkey):
                break
            if not self.step():
                return None
        w_currkey = self.w_currkey
        refcount.incref(w_currkey)
        w_old = self.w_tgtkey
        self.w_tgtkey = w_currkey
        refcount.decref(w_old)
        w_grouper = W_Grouper(self, w_currkey)
        self.currgrouper = w_grouper
        return W_TupleObject([w_currkey, w_grouper])

W_UserGroupBy = subclassable(W_GroupBy)


@itertools_constructor(w_groupby_type, 'groupby(*args, **kwargs)')
def groupby_new(w_cls, args_w, kw_names, kw_values_w):
    w_iterable, w_key = parse_args('groupby', ['iterable', 'key'], 1, 2,
                                   args_w, kw_names, kw_values_w)
    w_it = space.get_iter(w_iterable)
    w_keyfunc = w_key
    if w_key is space.w_None:
        w_keyfunc = None
    w_res = new_instance(W_GroupBy, w_cls, w_it, w_keyfunc)
    refcount.discard(w_it)
    return w_res


class W_Grouper(BuiltinIterator):
    _attrs_ = ['w_parent', 'w_tgtkey']
    _immutable_fields_ = ['w_parent', 'w_tgtkey']

    def __init__(self, w_parent, w_tgtkey):
        self.w_parent = w_parent
        self.w_tgtkey = w_tgtkey
        refcount.incref(w_parent)
        refcount.incref(w_tgtkey)

    def gettype(self):
        return w_grouper_type

    def referents(self):
        return [self.w_parent, self.w_tgtkey]

    def release_children(self):
        refcount.decref(self.w_parent)
        refcount.decref(self.w_tgtkey)

    def sp_next(self):
        gbo = self.w_parent
        assert isinstance(gbo, W_GroupBy)
        if gbo.currgrouper is not self:
            return None
        if gbo.w_currvalue is None:
            if not gbo.step():
                return None
        if not same_key(self.w_tgtkey, gbo.w_currkey):
            return None
        w_value = gbo.w_currvalue
        gbo.w_currvalue = None
        w_key = gbo.w_currkey
        gbo.w_currkey = None
        refcount.disown(w_value)
        refcount.decref(w_key)
        return w_value


# ---------------------------------------------------------------- tee

LINKCELLS = 57

w_tee_type = _new_type('_tee')
w_tee_dataobject_type = _new_type('_tee_dataobject', iterator=False)


class W_TeeData(W_Counted):
    """Up to LINKCELLS items read from the shared iterator, and the link
    to the next chunk."""
    _attrs_ = ['w_it', 'values_w', 'w_nextlink', 'running']

    def __init__(self, w_it):
        self.w_it = w_it
        self.values_w = []
        self.w_nextlink = None
        self.running = False
        refcount.incref(w_it)

    def gettype(self):
        return w_tee_dataobject_type

    def sp_repr(self):
        from fastpy.objspace import protocol
        return protocol.default_repr(self)

    def referents(self):
        result = []
        if self.w_it is not None:
            result.append(self.w_it)
        for w_v in self.values_w:
            result.append(w_v)
        if self.w_nextlink is not None:
            result.append(self.w_nextlink)
        return result

    def release_children(self):
        w_it = self.w_it
        values_w = self.values_w
        w_next = self.w_nextlink
        self.w_it = None
        self.values_w = []
        self.w_nextlink = None
        refcount.decref(w_it)
        for w_v in values_w:
            refcount.decref(w_v)
        refcount.decref(w_next)

    def jumplink(self):
        w_next = self.w_nextlink
        if w_next is None:
            w_next = W_TeeData(self.w_it)
            refcount.incref(w_next)
            self.w_nextlink = w_next
        return w_next

    def getitem(self, i):
        if i < len(self.values_w):
            return self.values_w[i]
        if self.running:
            raise oefmt(exc.w_RuntimeError,
                        "cannot re-enter the tee iterator")
        self.running = True
        try:
            w_value = space.next_w(self.w_it)
        finally:
            self.running = False
        if w_value is None:
            return None
        refcount.incref(w_value)
        self.values_w.append(w_value)
        return w_value


class W_Tee(BuiltinIterator):
    _attrs_ = ['w_data', 'index']

    def __init__(self, w_data, index):
        self.w_data = w_data
        self.index = index
        refcount.incref(w_data)

    def gettype(self):
        return w_tee_type

    def referents(self):
        if self.w_data is None:
            return []
        return [self.w_data]

    def release_children(self):
        w_data = self.w_data
        self.w_data = None
        refcount.decref(w_data)

    def sp_next(self):
        w_data = self.w_data
        assert isinstance(w_data, W_TeeData)
        if self.index >= LINKCELLS:
            w_link = w_data.jumplink()
            refcount.incref(w_link)
            self.w_data = w_link
            self.index = 0
            refcount.decref(w_data)
            w_data = w_link
        w_value = w_data.getitem(self.index)
        if w_value is None:
            return None
        self.index += 1
        return w_value

    def copy(self):
        return W_Tee(self.w_data, self.index)

    def set_data(self, w_data, index):
        w_old = self.w_data
        refcount.incref(w_data)
        self.w_data = w_data
        self.index = index
        refcount.decref(w_old)


def tee_fromiterable(w_iterable):
    w_it = space.get_iter(w_iterable)
    if isinstance(w_it, W_Tee):
        w_res = w_it.copy()
    else:
        w_data = W_TeeData(w_it)
        w_res = W_Tee(w_data, 0)
    refcount.discard(w_it)
    return w_res


@constructor(w_tee_type, '_tee(iterable, /)')
def tee_new(w_cls, w_iterable):
    return tee_fromiterable(w_iterable)


@method(w_tee_type, '__copy__(self, /)', W_Tee)
def tee_copy(w_self):
    return w_self.copy()


@function('tee(*args, **kwargs)')
def itertools_tee(args_w, kw_names, kw_values_w):
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError,
                    "itertools.tee() takes no keyword arguments")
    check_positional('tee', len(args_w), 1, 2)
    n = 2
    if len(args_w) == 2:
        n = space.int_w(args_w[1])
    if n < 0:
        raise oefmt(exc.w_ValueError, "n must be >= 0")
    if n == 0:
        return W_TupleObject([])
    w_it = space.get_iter(args_w[0])
    refcount.incref(w_it)
    result_w = []
    try:
        if isinstance(w_it, W_Tee):
            w_first = w_it
        elif w_it.gettype().lookup('__copy__') is not None:
            return _tee_generic(w_it, n)
        else:
            w_first = W_Tee(W_TeeData(w_it), 0)
        assert isinstance(w_first, W_Tee)
        result_w.append(w_first)
        for i in range(1, n):
            result_w.append(w_first.copy())
    finally:
        refcount.decref(w_it)
    return W_TupleObject(result_w[:])


def _tee_generic(w_it, n):
    """tee of an iterator with its own __copy__: it, then n-1 copies."""
    w_copy = space.getattr_w(w_it, '__copy__')
    refcount.incref(w_copy)
    result_w = [w_it]
    refcount.incref(w_it)
    try:
        for i in range(1, n):
            w_c = call_holding(w_copy, [])
            refcount.incref(w_c)
            result_w.append(w_c)
        w_res = W_TupleObject(result_w[:])
    finally:
        for w_c in result_w:
            refcount.decref(w_c)
        refcount.decref(w_copy)
    return w_res
