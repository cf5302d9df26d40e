"""Calling a class with positional arguments (CALL on a type object).

`C(a, b)` where C's instances come from object.__new__ and C.__init__
is a Python function: the instance is allocated and __init__'s frame is
filled straight from the caller's stack, with no Arguments bundle and
no argument list.  Whether a class qualifies is decided per (class,
version, metaclass, version) by an elidable function, so in a trace the
whole decision folds away.  Every other class call, and every call whose
arguments do not fit __init__ (for CPython's error), takes
typemethods.type_call.

As in CPython, type.__call__ does not steal its arguments (a call of a
Python function does): the caller keeps them on its stack until the
call returns.  __init__'s parameters borrow them (frame.py), and the
caller drops them after __init__'s frame has released its locals, so
`C(Foo())` finalizes the Foo after __init__'s own temporaries.
"""

from rpython.rlib import jit

from fastpy.compiler.code import CO_VARARGS, CO_VARKEYWORDS, \
    CO_GENERATOR_KINDS
from fastpy.interpreter import argmatch
from fastpy.interpreter.error import OperationError
from fastpy.interpreter.function import W_Function
from fastpy.objspace import refcount, typemethods


def plain_init(w_type):
    """The Python function C.__init__ when calling the class w_type is
    object.__new__ followed by that function; None otherwise."""
    w_type = jit.promote(w_type)
    w_meta = jit.promote(w_type.gettype())
    return _plain_init(w_type, jit.promote(w_type.version), w_meta,
                       jit.promote(w_meta.version))


@jit.elidable
def _plain_init(w_type, version, w_meta, meta_version):
    if not w_type.is_heaptype:
        return None
    if w_meta is not typemethods.w_type_type:
        w_call = w_meta._lookup('__call__')
        if w_call is not None and \
                w_call is not typemethods.type_call_method.w_func:
            return None
    if typemethods._find_new(w_type, version) is not \
            typemethods.object_new.w_func:
        return None
    w_init = w_type._lookup('__init__')
    if not isinstance(w_init, W_Function):
        return None
    return w_init


def call_class(frame, w_type, nargs):
    """CALL of the class w_type with the top nargs stack entries as
    positional arguments.  False (nothing done) when the class or the
    arguments do not fit; the caller then takes the general path."""
    w_init = plain_init(w_type)
    if w_init is None:
        return False
    code = jit.promote(w_init.code)
    if code.co_flags & CO_GENERATOR_KINDS:
        return False
    if code.co_argcount == 0:
        # `def __init__(*args)`: self is an item of args (or the call is
        # an error), not slot 0
        return False
    # object.__new__ comes first: an abstract class is refused before
    # __init__'s arguments are looked at.
    typemethods.check_not_abstract(w_type)
    new_frame = argmatch.new_frame(w_init, code)
    if (nargs + 1 == code.co_argcount and code.co_kwonlyargcount == 0 and
            not code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)):
        new_frame.borrow_arguments(frame, nargs, 1)
    elif not _fill_with_plan(new_frame, w_init, code, frame, nargs):
        return False
    w_obj = typemethods.allocate_instance(w_type)
    # The new object is a temporary: held here while __init__ runs,
    # and lent to its `self`.
    refcount.incref(w_obj)
    new_frame.lend_local(0, w_obj)
    from fastpy.interpreter.eval import execute_frame
    try:
        w_res = execute_frame(new_frame)
        typemethods.check_init_result(w_res)
    except OperationError:
        refcount.decref(w_obj)
        raise
    refcount.disown(w_obj)
    frame.replace_top(nargs + 1, w_obj)
    return True


def _fill_with_plan(new_frame, w_init, code, frame, nargs):
    """__init__'s parameters other than self from the caller's nargs
    arguments, through the argument plan (defaults, *args); False, with
    the frame released, when the call is wrong."""
    plan = argmatch.get_plan(code, nargs + 1, None)
    ok = False
    if plan is not None:
        try:
            ok = argmatch.fill_from_plan(new_frame, w_init, code, plan,
                                         frame, nargs, 0, self_first=True)
        except OperationError:
            new_frame.release()
            raise
    if not ok:
        new_frame.release()
    return ok
