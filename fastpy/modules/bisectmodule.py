"""The `_bisect` module: bisection on sorted sequences, CPython 3.11's
algorithm (Modules/_bisectmodule.c): the same probes in the same order,
items read with the sequence protocol, optional `key`, `hi=None` (or -1)
meaning len(a), insort through `a.insert` for anything but an exact
list."""

from rpython.rlib.rarithmetic import intmask, r_uint

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import call_holding
from fastpy.objspace import exceptions as exc
from fastpy.objspace import protocol
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.space import CMP_LT, compare_w

module = ModuleDef('_bisect', 'Bisection algorithms.\n\nThis module provides '
                   'support for maintaining a list in sorted order without\n'
                   'having to sort the list after each insertion. For long '
                   'lists of items with\nexpensive comparison operations, '
                   'this can be an improvement over the more\ncommon '
                   'approach.\n')


def bisectfunc(spec):
    def decorate(impl):
        w_func = interp2app(spec, impl)
        w_func.module_name = '_bisect'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


def _hi_arg(w_hi):
    """hi: None (or -1) means len(a); otherwise an index-like int."""
    if w_hi is space.w_None:
        return -1
    if not (space.is_int(w_hi) or
            (w_hi.is_user and protocol.lookup(w_hi, '__index__') is not None)):
        raise oefmt(exc.w_TypeError, "argument should be integer or None, "
                    "not '%s'" % space.type_name(w_hi))
    w_index = w_hi
    if not space.is_int(w_hi):
        w_index = protocol.index(w_hi)
        assert w_index is not None
    if not isinstance(w_index, W_IntObject):
        raise oefmt(exc.w_OverflowError,
                    "cannot fit 'int' into an index-sized integer")
    return w_index.intval


def _seq_len(w_a):
    if isinstance(w_a, W_DictObject) and not w_a.is_user:
        raise oefmt(exc.w_TypeError, "%s is not a sequence" %
                    space.type_name(w_a))
    return space.len_w(w_a)


def _seq_item(w_a, i):
    """a[i] held by the caller (counted; drop it with decref)."""
    if isinstance(w_a, W_ListObject) and not w_a.is_user:
        if i >= w_a.length():
            raise oefmt(exc.w_IndexError, "list index out of range")
        w_item = w_a.getitem(i)
    else:
        w_item = space.getitem(w_a, newint(i))
    refcount.incref(w_item)
    return w_item


def _keyed(w_item, w_key):
    """key(item) for a held item: the result is held instead."""
    if w_key is space.w_None:
        return w_item
    try:
        w_new = call_holding(w_key, [w_item])
    except OperationError:
        refcount.decref(w_item)
        raise
    refcount.incref(w_new)      # before the item goes: it may be the key
    refcount.decref(w_item)
    return w_new


def _bisect(w_a, w_x, lo, hi, w_key, right):
    if lo < 0:
        raise oefmt(exc.w_ValueError, "lo must be non-negative")
    if hi == -1:
        hi = _seq_len(w_a)
    while lo < hi:
        mid = intmask((r_uint(lo) + r_uint(hi)) >> 1)
        w_item = _keyed(_seq_item(w_a, mid), w_key)
        try:
            if right:
                flag = compare_w(CMP_LT, w_x, w_item)
            else:
                flag = compare_w(CMP_LT, w_item, w_x)
        finally:
            refcount.decref(w_item)
        if flag == right:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _insort(w_a, w_x, lo, hi, w_key, right):
    if w_key is space.w_None:
        index = _bisect(w_a, w_x, lo, hi, w_key, right)
    else:
        w_kx = call_holding(w_key, [w_x])
        refcount.incref(w_kx)
        try:
            index = _bisect(w_a, w_kx, lo, hi, w_key, right)
        finally:
            refcount.decref(w_kx)
    if isinstance(w_a, W_ListObject) and not w_a.is_user:
        n = w_a.length()
        if index > n:
            index = n
        w_a.insert(index, w_x)
    else:
        _call_method(w_a, 'insert', [newint(index), w_x])
    return space.w_None


def _call_method(w_obj, name, args_w):
    w_meth = space.getattr_w(w_obj, name)
    refcount.incref(w_meth)
    try:
        w_res = call_holding(w_meth, args_w)
    finally:
        refcount.decref(w_meth)
    refcount.discard(w_res)


@bisectfunc('bisect_right(a, x, lo: int = 0, hi=None, *, key=None)')
def bisect_right(w_a, w_x, lo, w_hi, w_key):
    """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e <= x, and all e in
a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
insert just after the rightmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    return newint(_bisect(w_a, w_x, lo, _hi_arg(w_hi), w_key, True))


@bisectfunc('insort_right(a, x, lo: int = 0, hi=None, *, key=None)')
def insort_right(w_a, w_x, lo, w_hi, w_key):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the right of the rightmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    return _insort(w_a, w_x, lo, _hi_arg(w_hi), w_key, True)


@bisectfunc('bisect_left(a, x, lo: int = 0, hi=None, *, key=None)')
def bisect_left(w_a, w_x, lo, w_hi, w_key):
    """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e < x, and all e in
a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
insert just before the leftmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    return newint(_bisect(w_a, w_x, lo, _hi_arg(w_hi), w_key, False))


@bisectfunc('insort_left(a, x, lo: int = 0, hi=None, *, key=None)')
def insort_left(w_a, w_x, lo, w_hi, w_key):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the left of the leftmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    return _insort(w_a, w_x, lo, _hi_arg(w_hi), w_key, False)
