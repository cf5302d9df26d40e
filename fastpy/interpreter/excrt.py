"""Run-time side of exceptions: finding a handler when an OperationError
reaches dispatch(), the handled exception (sys.exception()), and the
exception opcodes.

Reference counts.  An exception in flight (an OperationError) is a
temporary: no slot holds it for the OperationError.  A handler pushes it
on the value stack (a counted entry); RERAISE takes it off again
(`pop_owned` then `disown`).  When an exception leaves a frame, the frame
is released with the exception kept alive across the release (a local
`e` may hold its last reference).  RPython code that swallows an
OperationError should `refcount.discard(operr.w_exc)`.

The handled exception, `excstate.w_handled`, is a counted slot.
PUSH_EXC_INFO saves the previous one on the value stack (an owned entry,
None pushed for "no exception") and POP_EXCEPT moves it back.  A
running generator has its own exception in this slot (CPython's
gi_exc_state; generator.py enter_exc_state); when that is None, the
exception its resumer handles is the one seen (current_handled).
"""

from rpython.rlib import jit

from fastpy.compiler import exctable
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter import tracing
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.exceptions import (W_BaseException, W_ExceptionGroup,
                                        W_Traceback)
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.typeobject import W_TypeObject


class ExcState(object):
    """The exception being handled (sys.exception()), or None."""

    def __init__(self):
        self.w_handled = None
        # The innermost running generator (W_GeneratorBase) whose own
        # handled exception is in w_handled; its `exc_caller` is what
        # w_handled was when it was resumed, and `exc_outer` the running
        # generator before it (CPython's exc_info->previous_item chain).
        self.gen_top = None

    def set_handled(self, w_exc):
        """Store w_exc (a counted slot); w_exc may be None."""
        refcount.incref(w_exc)
        w_old = self.w_handled
        self.w_handled = w_exc
        refcount.decref(w_old)

excstate = ExcState()


def current_handled():
    """The exception being handled (sys.exception(), a bare `raise`, the
    __context__ of a new exception): the innermost one that is not None,
    looking through the generators being run to their resumers, as
    CPython's _PyErr_GetTopmostException.  Borrowed."""
    w_exc = excstate.w_handled
    if w_exc is not None or excstate.gen_top is None:
        return w_exc        # no residual call outside generators
    return _outer_handled()


@jit.dont_look_inside
def _outer_handled():
    gen = excstate.gen_top
    while gen is not None:
        w_exc = gen.exc_caller
        if w_exc is not None:
            return w_exc
        gen = gen.exc_outer
    return None


# ---------------------------------------------------------------- unwinding

def handle_exception(frame, code, pc, operr):
    """An OperationError reached dispatch() at pc.  Record the traceback
    entry and the context, then either jump to the handler covering pc
    (returns its position; the stack is cut to the handler's depth and
    the exception pushed), or release the frame and return -1: the
    caller re-raises operr."""
    w_exc = operr.w_exc
    assert isinstance(w_exc, W_BaseException)
    recorded = False
    if operr.skip_tb:
        operr.skip_tb = False        # the callers record their frames
    else:
        operr.record_frame(frame, code, pc)
        recorded = True
    if not operr.context_done:
        operr.context_done = True
        attach_context(w_exc, current_handled())
    if tracing.state.active and recorded:
        tracing.exception_event(frame, operr)
    i = exctable.find_handler(code, pc)
    if i < 0:
        if tracing.state.active:
            _trace_exit(frame)
        # The frame's locals may hold the last reference (`e = exc`).
        refcount.incref(w_exc)
        if recorded:
            # The traceback keeps the frame, and so its locals, alive
            # until the exception is dropped (frameobject.py).
            w_exc.w_traceback.frame_object()
        frame.end()
        refcount.disown(w_exc)
        return -1
    handler = code.co_exctable[i + 2]
    depth = code.co_nlocals + code.co_exctable[i + 3]
    # CPython's handler pushes lasti (frame.py, handler_lasti); after a
    # RERAISE n>0 it is the restored one, not the RERAISE's position.
    frame.handler_lasti = frame.last_pc
    # A stack entry being dropped may hold the only counted reference
    # (an iterator whose __next__ raised its own attribute): count the
    # exception before unwinding.
    refcount.incref(w_exc)
    unwind_stack(frame, depth)
    frame.push(w_exc)
    refcount.disown(w_exc)
    return handler


def _trace_exit(frame):
    """The 'return' event of a frame an exception leaves; an exception
    raised by the trace function replaces the one leaving."""
    try:
        tracing.return_event(frame, None)
    except OperationError:
        frame.end()
        raise


@jit.unroll_safe
def unwind_stack(frame, depth):
    while frame.stackdepth > depth:
        frame.pop()


def attach_context(w_exc, w_handled):
    """CPython's _PyErr_SetObject: the exception being handled becomes
    the new exception's __context__, breaking any cycle this would make
    in the context chain."""
    if w_handled is None or w_handled is w_exc:
        return
    assert isinstance(w_handled, W_BaseException)
    if w_handled.w_context is not None:
        _break_context_cycle(w_exc, w_handled)
    w_exc.set_context(w_handled)


def _break_context_cycle(w_exc, w_handled):
    """w_handled's context chain must not lead back to w_exc."""
    w_o = w_handled
    # The chain may already have a cycle (a program can set __context__):
    # a second cursor moving at half speed stops the walk when the first
    # catches up with it.
    w_slow = w_handled
    move_slow = False
    while True:
        w_ctx = w_o.w_context
        if w_ctx is None:
            break
        if w_ctx is w_exc:
            w_o.set_context(None)
            break
        assert isinstance(w_ctx, W_BaseException)
        w_o = w_ctx
        if w_o is w_slow:
            break
        if move_slow:
            w_next = w_slow.w_context
            assert isinstance(w_next, W_BaseException)
            w_slow = w_next
        move_slow = not move_slow


# ---------------------------------------------------------------- opcodes

def PUSH_EXC_INFO(frame):
    """[exc] -> [prev, exc]; exc becomes the handled exception."""
    w_exc = frame.pop_owned()
    w_prev = excstate.w_handled
    if w_prev is None:
        frame.push(space.w_None)
    else:
        frame.push_owned(w_prev)     # the slot's reference moves
    excstate.w_handled = None
    excstate.set_handled(w_exc)
    frame.push_owned(w_exc)


def POP_EXCEPT(frame):
    w_prev = frame.pop_owned()
    w_old = excstate.w_handled
    if w_prev is space.w_None:
        excstate.w_handled = None
    else:
        excstate.w_handled = w_prev  # the entry's reference moves
    refcount.decref(w_old)


def RERAISE(frame, n):
    if n > 0:
        # CPython's RERAISE n restores the frame's lasti that its handler
        # pushed: the frame's line is again the one that raised (f_lineno
        # of a frame the exception leaves, PEP 626).  The handler lookup
        # still starts at the RERAISE (dispatch's pc).
        frame.last_pc = frame.handler_lasti
    w_exc = frame.pop_owned()
    refcount.disown(w_exc)
    assert isinstance(w_exc, W_BaseException)
    operr = OperationError(w_exc)
    operr.skip_tb = True
    operr.context_done = True
    raise operr


def RAISE_VARARGS(frame, n):
    if n == 0:
        w_exc = current_handled()
        if w_exc is None:
            raise oefmt(exc.w_RuntimeError,
                        "No active exception to reraise")
        assert isinstance(w_exc, W_BaseException)
        operr = OperationError(w_exc)
        operr.skip_tb = True
        operr.context_done = True
        raise operr
    w_cause = None
    if n == 2:
        w_cause = frame.peek(0)
        w_value = frame.peek(1)
    else:
        w_value = frame.peek(0)
    w_exc = make_exception(w_value, False)
    refcount.incref(w_exc)      # survives the operands' release below
    if n == 2:
        set_cause(w_exc, w_cause)
    frame.popn(n)
    refcount.disown(w_exc)
    raise OperationError(w_exc)


def make_exception(w_value, for_cause):
    """`raise X`: an instance as it is, a class instantiated."""
    if isinstance(w_value, W_BaseException):
        return w_value
    if isinstance(w_value, W_TypeObject) and \
            w_value.is_subtype(exc.w_BaseException):
        from fastpy.interpreter.eval import call_function
        from fastpy.interpreter.function import Arguments
        w_inst = call_function(w_value, Arguments([]))
        if not isinstance(w_inst, W_BaseException):
            refcount.discard(w_inst)
            raise oefmt(exc.w_TypeError,
                        "calling %s should have returned an instance of "
                        "BaseException, not %s" %
                        (space.str_to_utf8(space.repr_u(w_value)),
                         space.str_to_utf8(space.repr_u(w_inst.gettype()))))
        return w_inst
    if for_cause:
        raise oefmt(exc.w_TypeError,
                    "exception causes must derive from BaseException")
    raise oefmt(exc.w_TypeError, "exceptions must derive from BaseException")


def set_cause(w_exc, w_cause):
    """`raise X from Y`: Y None, an exception, or a class."""
    assert isinstance(w_exc, W_BaseException)
    if w_cause is space.w_None:
        w_exc.set_cause(None)
    else:
        w_c = make_exception(w_cause, True)
        w_exc.set_cause(w_c)     # counts it (a fresh instance included)
    w_exc.suppress_context = True


def CHECK_EXC_MATCH(frame):
    w_type = frame.peek(0)
    w_exc = frame.peek(1)
    check_catchable(w_type)
    frame.replace_top(1, space.newbool(exception_matches(w_exc, w_type)))


# `except (A, B)` names a constant tuple in almost every program: the
# loops over it unroll in a trace, where each check folds.

def check_catchable(w_type):
    if isinstance(w_type, W_TupleObject):
        _check_all_catchable(w_type.items_w)
    else:
        _check_one_catchable(w_type)


@jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), 8))
def _check_all_catchable(items_w):
    for w_t in items_w:
        _check_one_catchable(w_t)


def _check_one_catchable(w_t):
    if not (isinstance(w_t, W_TypeObject) and
            w_t.is_subtype(exc.w_BaseException)):
        raise oefmt(exc.w_TypeError,
                    "catching classes that do not inherit from "
                    "BaseException is not allowed")


def exception_matches(w_exc, w_type):
    w_exc_type = w_exc.gettype()
    if isinstance(w_type, W_TupleObject):
        return _matches_any(w_exc_type, w_type.items_w)
    assert isinstance(w_type, W_TypeObject)
    return w_exc_type.is_subtype(w_type)


@jit.look_inside_iff(lambda w_exc_type, items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), 8))
def _matches_any(w_exc_type, items_w):
    for w_t in items_w:
        assert isinstance(w_t, W_TypeObject)
        if w_exc_type.is_subtype(w_t):
            return True
    return False


def LOAD_ASSERTION_ERROR(frame):
    frame.push(exc.w_AssertionError)


def COPY(frame, n):
    frame.push_copy(n - 1)


# ---------------------------------------------------------------- with

def lookup_special(w_obj, name):
    """type(w_obj).name bound to w_obj (CPython's special method lookup:
    the instance's own attributes are not consulted), or None."""
    from fastpy.objspace import protocol
    w_descr = protocol.lookup(w_obj, name)
    if w_descr is None:
        return None
    return protocol.bind(w_descr, w_obj)


def BEFORE_WITH(frame):
    """[mgr] -> [mgr.__exit__, mgr.__enter__()]."""
    w_mgr = frame.peek(0)
    w_enter = lookup_special(w_mgr, '__enter__')
    if w_enter is None:
        raise oefmt(exc.w_TypeError,
                    "'%s' object does not support the context manager "
                    "protocol" % space.type_name(w_mgr))
    refcount.incref(w_enter)
    try:
        w_exit = lookup_special(w_mgr, '__exit__')
    except OperationError:
        refcount.decref(w_enter)
        raise
    if w_exit is None:
        refcount.decref(w_enter)
        raise oefmt(exc.w_TypeError,
                    "'%s' object does not support the context manager "
                    "protocol (missed __exit__ method)" %
                    space.type_name(w_mgr))
    frame.set_top(0, w_exit)
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    try:
        w_result = call_function(w_enter, Arguments([]))
    finally:
        refcount.decref(w_enter)
    frame.push(w_result)
    refcount.discard(w_result)


def WITH_EXCEPT_START(frame):
    """[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    w_exc = frame.peek(0)
    w_exit = frame.peek(2)
    assert isinstance(w_exc, W_BaseException)
    w_tb = w_exc.w_traceback
    if w_tb is None:
        w_tb = space.w_None
    w_result = call_function(w_exit, Arguments([w_exc.gettype(), w_exc,
                                                w_tb]))
    frame.push(w_result)
    refcount.discard(w_result)


# ---------------------------------------------------------------- except*

def CHECK_EG_MATCH(frame):
    """[exc, type] -> [rest, match]: split exc by type; match None when
    nothing matches (then rest is exc).  A match becomes the handled
    exception, as in CPython."""
    w_type = frame.peek(0)
    w_exc = frame.peek(1)
    check_catchable(w_type)
    if _is_group_type(w_type):
        raise oefmt(exc.w_TypeError,
                    "catching ExceptionGroup with except* is not allowed. "
                    "Use except instead.")
    if w_exc is space.w_None:
        frame.set_top(0, space.w_None)
        return
    assert isinstance(w_exc, W_BaseException)
    if exception_matches(w_exc, w_type):
        w_rest = None
        if isinstance(w_exc, W_ExceptionGroup):
            w_match = w_exc
        else:
            # a naked exception is wrapped in a group
            from fastpy.objspace.excinstances import new_exception_group
            w_match = new_exception_group(
                exc.w_BaseExceptionGroup,
                [space.newtext(''), newtuple([w_exc])])
            w_match.set_traceback(w_exc.w_traceback)
    elif not isinstance(w_exc, W_ExceptionGroup):
        w_match = None
        w_rest = w_exc
    else:
        w_match, w_rest = split_group(w_exc, w_type)
    refcount.incref(w_match)
    refcount.incref(w_rest)
    frame.popn(2)
    frame.push_owned(_or_none(w_rest))
    frame.push_owned(_or_none(w_match))
    if w_match is not None:
        excstate.set_handled(w_match)


def _or_none(w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def _is_group_type(w_type):
    if isinstance(w_type, W_TupleObject):
        for w_t in w_type.items_w:
            if _is_group_type(w_t):
                return True
        return False
    assert isinstance(w_type, W_TypeObject)
    return w_type.is_subtype(exc.w_BaseExceptionGroup)


def split_group(w_group, w_cond, construct_rest=True):
    """(match, rest) of a group by a condition (either may be None), as
    BaseExceptionGroup.split(): a type or tuple of types, or a predicate
    (excgroups.py checks it); nested groups are split recursively and
    rebuilt with derive(), keeping the group's traceback, cause, context
    and notes.  `match` or `rest` may be w_group itself (borrowed) or a
    new group (a temporary)."""
    if condition_matches(w_group, w_cond):
        return w_group, None
    if not isinstance(w_group, W_ExceptionGroup):
        if construct_rest:
            return None, w_group
        return None, None
    w_excs = w_group.w_exceptions
    assert isinstance(w_excs, W_TupleObject)
    match_w = []
    rest_w = []
    for w_sub in w_excs.items_w:
        assert isinstance(w_sub, W_BaseException)
        w_m, w_r = split_group(w_sub, w_cond, construct_rest)
        if w_m is not None:
            match_w.append(w_m)
        if w_r is not None:
            rest_w.append(w_r)
    w_match = None
    w_rest = None
    if match_w:
        w_match = derive_group(w_group, match_w)
    if rest_w:
        w_rest = derive_group(w_group, rest_w)
    return w_match, w_rest


def condition_matches(w_exc, w_cond):
    """A type or tuple of types: isinstance; else a predicate's truth."""
    if isinstance(w_cond, W_TypeObject) or isinstance(w_cond, W_TupleObject):
        return exception_matches(w_exc, w_cond)
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    w_res = call_function(w_cond, Arguments([w_exc]))
    try:
        return space.is_true(w_res)
    finally:
        refcount.discard(w_res)


def derive_group(w_group, items_w):
    """w_group.derive(items) (a user class's override too), with the
    traceback, context, cause and a copy of the notes of w_group, as
    CPython's exceptiongroup_subset."""
    from fastpy.objspace.excinstances import new_exception_group
    from fastpy.objspace.listobject import newlist, W_ListObject
    from fastpy.interpreter.excgroups import group_derive
    w_derive = w_group.gettype().lookup('derive')
    if w_derive is None or w_derive is group_derive.w_func:
        w_new = new_exception_group(exc.w_BaseExceptionGroup,
                                    [w_group.w_message, newlist(items_w)])
    else:
        from fastpy.interpreter.eval import call_function
        from fastpy.interpreter.function import Arguments
        w_list = newlist(items_w)
        refcount.incref(w_list)
        try:
            w_res = call_function(w_derive, Arguments([w_group, w_list]))
        finally:
            refcount.decref(w_list)
        if not isinstance(w_res, W_ExceptionGroup):
            refcount.discard(w_res)
            raise oefmt(exc.w_TypeError, "derive must return an instance "
                        "of BaseExceptionGroup")
        w_new = w_res
    w_new.set_traceback(w_group.w_traceback)
    w_new.set_context(w_group.w_context)
    w_new.set_cause(w_group.w_cause)
    w_new.suppress_context = True        # PyException_SetCause does
    w_notes = w_group.w_notes
    if isinstance(w_notes, W_ListObject):
        w_new.set_notes(newlist(w_notes.getitems_copy()))
    else:
        w_new.set_notes(w_notes)
    return w_new


def PREP_RERAISE_STAR(frame):
    """[orig, list] -> [what to raise, or None]."""
    w_list = frame.peek(0)
    w_orig = frame.peek(1)
    assert isinstance(w_list, W_ListObject)
    items_w = []
    for w_item in w_list.getitems_fixedsize():
        if w_item is not space.w_None:
            items_w.append(w_item)
    w_result = prep_reraise_star(w_orig, items_w)
    frame.replace_top(2, _or_none(w_result))


def prep_reraise_star(w_orig, excs_w):
    if len(excs_w) == 0:
        return None
    if not isinstance(w_orig, W_ExceptionGroup):
        # a naked exception: at most one raised or reraised
        return excs_w[0]
    raised_w = []
    reraised_w = []
    for w_e in excs_w:
        if _is_same_exception_metadata(w_e, w_orig):
            reraised_w.append(w_e)
        else:
            raised_w.append(w_e)
    w_keep = None
    if reraised_w:
        reraised_leaves = []
        for w_e in reraised_w:
            _collect_leaves(w_e, reraised_leaves)
        w_keep = _project(w_orig, reraised_leaves)
    if not raised_w:
        return w_keep
    if w_keep is not None:
        raised_w.append(w_keep)
    if len(raised_w) == 1:
        return raised_w[0]
    from fastpy.objspace.excinstances import new_exception_group
    from fastpy.objspace.listobject import newlist
    return new_exception_group(exc.w_BaseExceptionGroup,
                               [space.newtext(''), newlist(raised_w)])


def _is_same_exception_metadata(w_a, w_b):
    assert isinstance(w_a, W_BaseException)
    assert isinstance(w_b, W_BaseException)
    return (w_a.w_notes is w_b.w_notes and
            w_a.w_traceback is w_b.w_traceback and
            w_a.w_cause is w_b.w_cause and w_a.w_context is w_b.w_context)


def _collect_leaves(w_e, leaves_w):
    if isinstance(w_e, W_ExceptionGroup):
        w_excs = w_e.w_exceptions
        assert isinstance(w_excs, W_TupleObject)
        for w_sub in w_excs.items_w:
            _collect_leaves(w_sub, leaves_w)
    else:
        leaves_w.append(w_e)


def _project(w_e, leaves_w):
    """The part of w_e whose leaves are in leaves_w (CPython's
    exception_group_projection), or None."""
    if not isinstance(w_e, W_ExceptionGroup):
        for w_other in leaves_w:
            if w_other is w_e:
                return w_e
        return None
    w_excs = w_e.w_exceptions
    assert isinstance(w_excs, W_TupleObject)
    kept_w = []
    changed = False
    for w_sub in w_excs.items_w:
        w_p = _project(w_sub, leaves_w)
        if w_p is not w_sub:
            changed = True
        if w_p is not None:
            kept_w.append(w_p)
    if not kept_w:
        return None
    if not changed:
        return w_e
    return derive_group(w_e, kept_w)
