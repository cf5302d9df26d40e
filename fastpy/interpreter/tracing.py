"""sys.settrace and sys.setprofile: the events CPython 3.11 reports to
trace and profile functions.

Events, and who gets them (CPython's trace_trampoline and
profile_trampoline in sysmodule.c):

    call       a Python frame starts or a generator resumes: the global
               trace function, whose result (if not None) becomes the
               frame's local trace function (frame.f_trace)
    line       an instruction starts a new line, or jumps back to a line
               (a loop): the frame's local trace function
    return     the frame returns, yields (arg: the value) or is left by
               an exception (arg: None): the local trace function
    exception  an exception is raised in the frame (arg: the tuple
               (type, value, traceback)): the local trace function
    c_call, c_return, c_exception
               a call instruction calls a builtin function (arg: the
               function): profile functions only

The profile function gets call/return/c_* events; a local trace
function's result, if not None, replaces it.  Neither runs while one of
them is running (CPython's tstate->tracing).  A trace or profile
function that raises is removed, and the exception propagates.

Cost when nothing is set: `state.active` is quasi-immutable, so in a JIT
trace each test of it folds to a guard_not_invalidated (setting a
function invalidates the compiled loops), and the interpreter pays one
load and test per instruction.
"""

from rpython.rlib import jit

from fastpy.interpreter.error import OperationError
from fastpy.objspace import refcount
from fastpy.objspace import space


class TraceState(object):
    _immutable_fields_ = ['active?']

    def __init__(self):
        # a trace or a profile function is set
        self.active = False
        # > 0 while a trace or profile function runs: no events then
        self.tracing = 0


state = TraceState()


def _hooks():
    from fastpy.modules.sysmodule import current_hooks
    return current_hooks()


def update():
    """A trace or profile function was set or removed."""
    hooks = _hooks()
    active = hooks.w_trace is not None or hooks.w_profile is not None
    if active != state.active:
        state.active = active


# ---------------------------------------------------------------- calling

def _call_tracer(w_func, frame, event, w_arg):
    """Call a trace or profile function with (frame, event, arg); its
    result (a temporary)."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    from fastpy.interpreter.frameobject import get_frame_object
    w_fo = get_frame_object(frame)
    w_event = space.newtext(event)
    if w_arg is None:
        w_arg = space.w_None
    refcount.incref(w_fo)
    state.tracing += 1
    try:
        return call_function(w_func, Arguments([w_fo, w_event, w_arg]))
    finally:
        state.tracing -= 1
        refcount.decref(w_fo)


def _trace(w_func, frame, event, w_arg):
    """A trace function's event (trace_trampoline): a result other than
    None becomes the frame's local trace function."""
    try:
        w_result = _call_tracer(w_func, frame, event, w_arg)
    except OperationError:
        _remove_trace()
        frame.set_local_trace(None)
        raise
    if w_result is not space.w_None:
        frame.set_local_trace(w_result)
    refcount.discard(w_result)


def _profile(w_func, frame, event, w_arg):
    try:
        w_result = _call_tracer(w_func, frame, event, w_arg)
    except OperationError:
        _remove_profile()
        raise
    refcount.discard(w_result)


def _remove_trace():
    hooks = _hooks()
    w_old = hooks.w_trace
    hooks.w_trace = None
    update()
    refcount.decref(w_old)


def _remove_profile():
    hooks = _hooks()
    w_old = hooks.w_profile
    hooks.w_profile = None
    update()
    refcount.decref(w_old)


# ---------------------------------------------------------------- events

@jit.dont_look_inside
def call_event(frame, pc):
    """The frame starts (pc 0) or a generator's frame resumes at pc."""
    # The previous instruction, for the first line event: none at the
    # start; at a resumption the yield, whose line does not repeat.
    frame.trace_prev_pc = pc - 2 if pc > 0 else -1
    if state.tracing > 0:
        return
    frame.in_call_event = True
    try:
        hooks = _hooks()
        if hooks.w_profile is not None:
            _profile(hooks.w_profile, frame, 'call', None)
        hooks = _hooks()
        if hooks.w_trace is not None:
            _trace(hooks.w_trace, frame, 'call', None)
    finally:
        frame.in_call_event = False


@jit.dont_look_inside
def instruction(frame, code, pc):
    """Before the instruction at pc: a line event if it starts a line
    (CPython's maybe_call_line_trace)."""
    prev = frame.trace_prev_pc
    frame.trace_prev_pc = pc
    w_trace = frame.w_local_trace
    if w_trace is None or state.tracing > 0 or not frame.trace_lines:
        return
    if _hooks().w_trace is None:
        return          # local functions run only under a global one
    line = code.lineno_at(pc)
    if line < 0:
        return
    if prev < 0:
        lastline = -1
    else:
        lastline = code.lineno_at(prev)
    if line != lastline or (pc < prev and not _is_delegation(code, prev)):
        if not _is_loop_back_edge(code, pc, line):
            _trace(w_trace, frame, 'line', None)


def _is_delegation(code, pc):
    """`yield from`/`await` jumping back to itself: not a loop."""
    from fastpy.compiler import opcodes as op
    opcode = code.co_code[pc]
    return opcode == op.YIELD_FROM or opcode == op.ASYNC_FOR_SEND


def _is_loop_back_edge(code, pc, line):
    """The jump back of a `for` or `while` loop, on the loop's line: the
    loop's head reports that line once it is reached (CPython 3.11 gives
    this jump no line)."""
    from fastpy.compiler import opcodes as op
    if code.co_code[pc] != op.JUMP_BACKWARD:
        return False
    return code.lineno_at(code.co_code[pc + 1]) == line


@jit.dont_look_inside
def return_event(frame, w_value):
    """The frame returns or yields w_value, or is left by an exception
    (w_value None)."""
    if state.tracing > 0:
        return
    hooks = _hooks()
    if hooks.w_profile is not None:
        _profile(hooks.w_profile, frame, 'return', w_value)
    w_trace = frame.w_local_trace
    if w_trace is not None and _hooks().w_trace is not None:
        _trace(w_trace, frame, 'return', w_value)


@jit.dont_look_inside
def exception_event(frame, operr):
    """An exception was raised in the frame (its traceback entry is
    recorded): the local trace function sees (type, value, traceback)."""
    from fastpy.objspace.tupleobject import newtuple
    w_trace = frame.w_local_trace
    if w_trace is None or state.tracing > 0 or _hooks().w_trace is None:
        return
    w_exc = operr.w_exc
    w_tb = w_exc.w_traceback
    if w_tb is None:
        w_tb = space.w_None
    # the exception is a temporary of the handler search: held while
    # the tuple that shows it dies
    refcount.incref(w_exc)
    w_info = newtuple([w_exc.gettype(), w_exc, w_tb])
    refcount.incref(w_info)
    try:
        _trace(w_trace, frame, 'exception', w_info)
    finally:
        refcount.decref(w_info)
        refcount.disown(w_exc)


@jit.dont_look_inside
def call_builtin(w_func, args):
    """A call instruction calls the builtin function w_func while a
    profile function is set: c_call, then c_return or c_exception."""
    from fastpy.interpreter.eval import call_function, ec
    hooks = _hooks()
    w_profile = hooks.w_profile
    frame = ec.running_frame()
    if w_profile is None or state.tracing > 0 or frame is None:
        return call_function(w_func, args)
    _profile(w_profile, frame, 'c_call', w_func)
    try:
        w_result = call_function(w_func, args)
    except OperationError:
        w_profile = _hooks().w_profile
        if w_profile is not None:
            _profile(w_profile, frame, 'c_exception', w_func)
        raise
    w_profile = _hooks().w_profile
    if w_profile is not None:
        refcount.incref(w_result)
        try:
            _profile(w_profile, frame, 'c_return', w_func)
        finally:
            refcount.disown(w_result)
    return w_result
