"""Opcodes of functions and scopes (cells, closures, MAKE_FUNCTION) and
of the unpacking forms (LIST_APPEND/EXTEND, MAP_ADD, DICT_UPDATE/MERGE,
LIST_TO_TUPLE, UNPACK_EX, the set builders).  Called from
eval.execute_instruction; calls themselves stay in eval.py.
Stack discipline as in eval.py: peek, compute, replace_top / pop."""

from rpython.rlib import jit

from fastpy.compiler import opcodes as op
from fastpy.compiler.code import W_Code
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import W_Function, W_Cell
from fastpy.interpreter import argmatch
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.excfields import name_error


# ---------------------------------------------------------------- cells

def MAKE_CELL(frame, code, slot):
    k = slot - code.co_nvarnames
    argi = code.co_cell2arg[k]
    w_value = None
    if argi >= 0:
        w_value = frame.load_local(argi)
    frame.store_local(slot, W_Cell(w_value))
    if argi >= 0:
        frame.store_local(argi, None)


def get_cell(frame, slot):
    w_cell = frame.load_local(slot)
    assert isinstance(w_cell, W_Cell)
    return w_cell


def raise_unbound_deref(code, slot):
    name = code.cellfree_name(slot)
    if slot < code.co_nvarnames + code.co_ncells:
        raise oefmt(exc.w_UnboundLocalError,
                    "cannot access local variable '%s' where it is not "
                    "associated with a value" % name)
    raise name_error("cannot access free variable '%s' where it is not "
                     "associated with a value in enclosing scope" % name,
                     name)


def LOAD_DEREF(frame, code, slot):
    w_cell = get_cell(frame, slot)
    w_value = w_cell.w_value
    if w_value is None:
        raise_unbound_deref(code, slot)
    if w_cell.borrowable:
        # the cell keeps the value alive (W_Cell); this frame keeps the
        # cell alive in its slot
        frame.push_borrowed(w_value)
    else:
        frame.push(w_value)


def STORE_DEREF(frame, slot):
    get_cell(frame, slot).set_owned(frame.pop_owned())


def DELETE_DEREF(frame, code, slot):
    w_cell = get_cell(frame, slot)
    if w_cell.w_value is None:
        raise_unbound_deref(code, slot)
    w_cell.set(None)


def LOAD_CLOSURE(frame, slot):
    frame.push(get_cell(frame, slot))


# ---------------------------------------------------------------- functions

@jit.unroll_safe
def MAKE_FUNCTION(frame, flags):
    w_code = frame.peek(0)
    assert isinstance(w_code, W_Code)
    i = 1
    closure_w = None
    if flags & op.MAKE_CLOSURE:
        w_closure = frame.peek(i)
        assert isinstance(w_closure, W_TupleObject)
        closure_w = list(w_closure.items_w)
        i += 1
    w_kwdefaults = None
    if flags & op.MAKE_KWDEFAULTS:
        w_kwdefaults = frame.peek(i)
        i += 1
    defaults_w = []
    if flags & op.MAKE_DEFAULTS:
        w_defaults = frame.peek(i)
        assert isinstance(w_defaults, W_TupleObject)
        defaults_w = list(w_defaults.items_w)
        i += 1
    frame.replace_top(i, W_Function(w_code, frame.w_globals, defaults_w,
                                    w_kwdefaults, closure_w))


# ---------------------------------------------------------------- builders

# An opcode function with a loop is a residual call in traces, and one
# that receives the frame then forces it out of the trace (the frame is
# the JIT's virtualizable): the loops below are either over a constant
# count (unroll_safe) or moved into helpers that never see the frame.

def LIST_APPEND(frame, arg):
    w_list = frame.peek(arg)
    assert isinstance(w_list, W_ListObject)
    # the stack's reference moves into the list (CPython counts it up
    # and down: nobody can see the difference)
    w_list.append_owned(frame.pop_owned())


def LIST_EXTEND(frame, arg):
    w_iterable = frame.peek(0)
    w_list = frame.peek(arg)
    assert isinstance(w_list, W_ListObject)
    try:
        items_w = space.iterate(w_iterable)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError,
                    "Value after * must be an iterable, not %s" %
                    space.type_name(w_iterable))
    _append_all(w_list, items_w)
    frame.pop()


def _append_all(w_list, items_w):
    for w_item in items_w:
        w_list.append(w_item)


def LIST_TO_TUPLE(frame):
    w_list = frame.peek(0)
    assert isinstance(w_list, W_ListObject)
    frame.set_top(0, newtuple(w_list.getitems_copy()))


def MAP_ADD(frame, arg):
    w_value = frame.peek(0)
    w_key = frame.peek(1)
    w_dict = frame.peek(arg + 1)
    assert isinstance(w_dict, W_DictObject)
    space.hash_w(w_key)
    w_dict.setitem(w_key, w_value)
    frame.popn(2)


def DICT_UPDATE(frame, arg):
    w_mapping = frame.peek(0)
    w_dict = frame.peek(arg)
    assert isinstance(w_dict, W_DictObject)
    if isinstance(w_mapping, W_DictObject):
        _update_dict(w_dict, w_mapping)
    else:
        # any object with keys() and __getitem__ (PyDict_Update)
        from fastpy.objspace.dictmethods import update_from_mapping
        try:
            update_from_mapping(w_dict, w_mapping)
        except OperationError as e:
            if not e.match(exc.w_AttributeError):
                raise
            refcount.discard(e.w_exc)
            raise oefmt(exc.w_TypeError, "'%s' object is not a mapping" %
                        space.type_name(w_mapping))
    frame.pop()


def _update_dict(w_dict, w_mapping):
    for w_key in w_mapping.keys():
        w_dict.setitem(w_key, w_mapping.getitem(w_key))


def DICT_MERGE(frame, arg):
    argmatch.dict_merge(frame.peek(arg + 2), frame.peek(arg), frame.peek(0))
    frame.pop()


@jit.unroll_safe
def BUILD_SET(frame, n):
    from fastpy.interpreter import sethooks
    items_w = [None] * n
    for i in range(n):
        items_w[i] = frame.peek(n - 1 - i)
    frame.replace_top(n, sethooks.build_set(items_w))


def SET_ADD(frame, arg):
    from fastpy.interpreter import sethooks
    sethooks.set_add(frame.peek(arg), frame.peek(0))
    frame.pop()


def SET_UPDATE(frame, arg):
    from fastpy.interpreter import sethooks
    sethooks.set_update(frame.peek(arg), frame.peek(0))
    frame.pop()


# ---------------------------------------------------------------- a, *b, c

@jit.unroll_safe
def UNPACK_EX(frame, arg):
    before = arg & 0xff
    after = arg >> 8
    w_seq = frame.peek(0)
    if isinstance(w_seq, W_TupleObject) and not w_seq.is_user:
        items_w = list(w_seq.items_w)
    elif isinstance(w_seq, W_ListObject) and not w_seq.is_user:
        items_w = w_seq.getitems_copy()
    else:
        items_w = space.iterate_or_type_error(
            w_seq, "cannot unpack non-iterable %s object")
    n = len(items_w)
    if n < before + after:
        raise oefmt(exc.w_ValueError,
                    "not enough values to unpack (expected at least %d, "
                    "got %d)" % (before + after, n))
    # Hold the items in a tuple while the sequence leaves the stack.
    w_hold = newtuple(items_w)
    refcount.incref(w_hold)
    frame.pop()
    i = n - 1
    while i >= n - after:
        frame.push(w_hold.items_w[i])
        i -= 1
    frame.push(newlist(_slice_items(w_hold.items_w, before, n - after)))
    i = before - 1
    while i >= 0:
        frame.push(w_hold.items_w[i])
        i -= 1
    refcount.decref(w_hold)


def _slice_items(items_w, start, stop):
    middle_w = []
    for j in range(start, stop):
        middle_w.append(items_w[j])
    return middle_w
