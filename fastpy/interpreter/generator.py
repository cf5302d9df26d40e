"""Generators, coroutines and async generators: objects that own a
suspended frame.

Calling a function whose code has CO_GENERATOR, CO_COROUTINE or
CO_ASYNC_GENERATOR (code.py) does not run it: `eval.execute_frame` hands
the new frame to `new_generator`.  The frame keeps its locals and value
stack while suspended; `resume` re-enters `eval.dispatch` at the saved
position (`Frame.resume_pc`), after pushing the value sent in (the result
of the `yield` expression).  A frame suspends in two ways, recorded in
`Frame.suspend_kind`:

  SUSPEND_YIELD     YIELD_VALUE: the frame's own `yield v`; resumes after it.
  SUSPEND_DELEGATE  YIELD_FROM / ASYNC_FOR_SEND (`yield from`, `await`):
                    a delegate yielded; the instruction runs again on resume,
                    sending the new value to the delegate.
  0                 the frame returned (its slots are released).

An async generator needs the difference: its own `yield` completes the
awaitable that `__anext__()` returned, a delegate's value passes through
to the event loop (CPython wraps the first kind, _PyAsyncGenWrappedValue).

Objects that YIELD_FROM can drive (`W_Sendable`) implement
`send_ex(w_arg, operr)`: send a value (or throw operr), return what was
yielded, or the return value when `finished()` is true afterwards.

Reference counts: the generator owns its frame; the frame owns its
locals (the arguments become owned when the generator is made:
Frame.own_locals) and its stack entries as usual.  Yielded and returned
values leave the frame disowned: the receiver gets a temporary.  When the
generator is released while suspended, it is closed first (GeneratorExit
thrown at the yield, like CPython's _PyGen_Finalize), which releases the
frame's slots in CPython's order: locals in index order, then the stack.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin
from rpython.rlib.rstackovf import StackOverflow
from fastpy.objspace.weaklist import WeaklistMixin, clear_weakrefs

from fastpy import config
from fastpy.compiler import opcodes as op
from fastpy.compiler.code import (CO_GENERATOR, CO_COROUTINE,
                                  CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE)
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space

SUSPEND_YIELD = 1
SUSPEND_DELEGATE = 2

w_generator_type = W_TypeObject('generator', w_object_type)
w_coroutine_type = W_TypeObject('coroutine', w_object_type)
w_async_generator_type = W_TypeObject('async_generator', w_object_type)
w_coroutine_wrapper_type = W_TypeObject('coroutine_wrapper', w_object_type)
w_asend_type = W_TypeObject('async_generator_asend', w_object_type)
w_athrow_type = W_TypeObject('async_generator_athrow', w_object_type)


def new_generator(frame):
    """The object a call of generator-like code returns (a temporary)."""
    flags = frame.code.co_flags
    if flags & CO_COROUTINE:
        return W_Coroutine(frame)
    if flags & CO_ASYNC_GENERATOR:
        return W_AsyncGenerator(frame)
    return W_Generator(frame)


class W_Sendable(W_Counted):
    """Something YIELD_FROM can delegate to."""
    _attrs_ = []

    def send_ex(self, w_arg, operr):
        raise NotImplementedError

    def finished(self):
        raise NotImplementedError

    def close(self):
        pass

    def is_awaitable(self):
        """Can `await` drive it directly (anext()'s awaitable)?"""
        return False


# ---------------------------------------------------------------- generators

class W_GeneratorBase(W_Sendable):
    _attrs_ = ['frame', 'code', 'w_globals', 'running', 'started',
               'w_exc_state', 'weaklist', 'gen_name', 'gen_qualname',
               'w_name', 'w_qualname', 'exc_caller', 'exc_outer']
    import_from_mixin(WeaklistMixin)
    weaklist = None
    kind = 'generator'
    attr_prefix = 'gi_'

    def __init__(self, frame):
        frame.own_locals()
        self.frame = frame
        self.code = frame.code
        self.w_globals = frame.w_globals
        refcount.incref(self.w_globals)
        self.running = False
        self.started = False
        self.w_exc_state = None
        self.exc_caller = None
        self.exc_outer = None
        # __name__ / __qualname__ (settable, as in CPython)
        name = frame.gen_name
        qualname = frame.gen_qualname
        if name is None:
            name = self.code.co_name
        if qualname is None:
            qualname = self.code.co_qualname
        self.gen_name = name
        self.gen_qualname = qualname
        # the str objects __name__ / __qualname__ give (the same object
        # on every read; exact str, so not counted), made on first read
        self.w_name = None
        self.w_qualname = None

    def referents(self):
        result = [self.w_globals, self.w_exc_state]
        frame = self.frame
        if frame is not None:
            for i in range(frame.stackdepth):
                w_obj = frame.locals_stack_w[i]
                if w_obj is not None and not frame.borrowed[i]:
                    result.append(w_obj)
        return result

    @jit.dont_look_inside
    def release_children(self):
        if self.weaklist is not None:     # gen_dealloc: before finalizing
            clear_weakrefs(self)
        if self.frame is not None:
            if self.started:
                if self.finalize():
                    return      # resurrected: it lives on
            else:
                self.warn_never_started()
            frame = self.frame
            if frame is not None:
                self.frame = None
                frame.end()     # a live gi_frame object keeps the locals
        w_globals = self.w_globals
        self.w_globals = None
        refcount.decref(w_globals)
        w_exc_state = self.w_exc_state
        self.w_exc_state = None
        refcount.decref(w_exc_state)

    def warn_never_started(self):
        pass

    def finalize(self):
        """Close a suspended generator that is being released (count
        DEAD); errors are reported as unraisable, as CPython's
        _PyGen_Finalize does.  It is alive again meanwhile (count 1, as
        an object in __del__): sys.unraisablehook gets it as `object`
        and may keep it.  Returns True if something did (resurrected:
        the release stops)."""
        refcount.set_count(self, 1)
        try:
            self.close()
        except OperationError as e:
            write_unraisable(e, self)
            swallow(e)
        count = refcount.get_count(self) - 1
        if count > 0:
            refcount.set_count(self, count)
            return True
        refcount.set_count(self, refcount.DEAD)
        return False

    # -- running the frame

    def check_resumable(self):
        if self.running:
            raise oefmt(exc.w_ValueError, "%s already executing" % self.kind)

    def resume(self, w_arg, operr):
        """Run the frame until it suspends or ends.  w_arg is pushed as
        the result of the pending yield (not on the first start, nor when
        None); operr is raised at the yield instead.  Returns the yielded
        value, or the return value when the frame ended (then self.frame
        is None).  A temporary either way."""
        from fastpy.interpreter.eval import dispatch, ec
        frame = self.frame
        assert frame is not None
        self.check_resumable()
        pc = frame.resume_pc
        # The stack's depth at a resumption point is fixed by the code, and
        # pc is a constant in traces: promoted, the depth makes every
        # stack slot a constant index, so the JIT's heap cache forwards
        # the frame's stack reads and writes (this frame is in the heap,
        # not the loop's virtualizable).
        jit.promote(frame.stackdepth)
        if not self.started:
            self.started = True
        elif operr is None and w_arg is not None:
            frame.push(w_arg)
        elif operr is not None and frame.suspend_kind == SUSPEND_YIELD:
            pc -= 2     # raised at the YIELD_VALUE itself
        frame.suspend_kind = 0
        if ec.depth >= ec.recursion_limit:
            operr = oefmt(exc.w_RecursionError,
                          "maximum recursion depth exceeded")
        self.running = True
        ec.depth += 1
        w_caller_exc = self.enter_exc_state()
        if operr is not None:
            self.chain_own_exception(operr)
        ec.enter(frame)
        try:
            try:
                w_result = dispatch(frame, pc, operr)
            except StackOverflow:
                frame.release()
                raise oefmt(exc.w_RecursionError,
                            "maximum recursion depth exceeded")
        except OperationError as e:
            ec.leave(frame)
            frame.f_backref = jit.vref_None
            ec.depth -= 1
            self.running = False
            self.frame = None
            self.leave_exc_state(w_caller_exc, False)
            raise self.convert_stop_iteration(e)
        ec.leave(frame)
        frame.f_backref = jit.vref_None     # a suspended frame has no f_back
        ec.depth -= 1
        self.running = False
        suspended = frame.suspend_kind != 0
        if not suspended:
            self.frame = None
        self.leave_exc_state(w_caller_exc, suspended)
        return w_result

    def enter_exc_state(self):
        """The generator's own handled exception (sys.exception()) goes
        into the interpreter's slot while it runs (CPython's
        gi_exc_state); returns the caller's, whose reference moves to the
        RPython caller until leave_exc_state puts it back.  A caller's
        exception that is not None stays visible through
        excstate.gen_top while the generator's own is None
        (excrt.current_handled); a None one needs no link in that chain,
        which current_handled would pass over anyway.  In the usual case
        (nothing handled on either side) entering and leaving store
        nothing: in a trace each store is a write to the heap."""
        from fastpy.interpreter.excrt import excstate
        w_caller_exc = excstate.w_handled
        w_own = self.w_exc_state
        if w_own is not None or w_caller_exc is not None:
            excstate.w_handled = w_own
            self.w_exc_state = None     # None while it runs
        if w_caller_exc is not None:
            self.exc_caller = w_caller_exc  # borrowed: the caller owns it
            self.exc_outer = excstate.gen_top
            excstate.gen_top = self
        return w_caller_exc

    def leave_exc_state(self, w_caller_exc, suspended):
        from fastpy.interpreter.excrt import excstate
        if w_caller_exc is not None:
            excstate.gen_top = self.exc_outer
            self.exc_outer = None
            self.exc_caller = None
        w_own = excstate.w_handled
        if w_own is not None or w_caller_exc is not None:
            excstate.w_handled = w_caller_exc
        if w_own is not None:
            if suspended:
                self.w_exc_state = w_own      # suspended inside a handler
            else:
                refcount.decref(w_own)

    def chain_own_exception(self, operr):
        """An exception thrown in (throw(), or a delegate's error coming
        back to the `yield from`) takes the generator's own handled
        exception as its __context__, if it has one, and no other: the
        resumer's handled exception does not chain into it (CPython's
        _PyErr_ChainStackItem at gen_send_ex)."""
        from fastpy.interpreter.excrt import excstate, attach_context
        w_own = excstate.w_handled
        if w_own is not None:
            attach_context(operr.w_exc, w_own)
        operr.context_done = True

    def convert_stop_iteration(self, e):
        """PEP 479: StopIteration leaving the frame becomes RuntimeError."""
        if e.match(exc.w_StopIteration):
            return chained_error(e, "%s raised StopIteration" % self.kind)
        return e

    def delegate(self):
        """The object a suspended `yield from`/`await` drives, or None."""
        frame = self.frame
        if frame is None or self.running or \
                frame.suspend_kind != SUSPEND_DELEGATE:
            return None
        return frame.peek(0)

    # -- the protocol

    def exhausted_result(self):
        """send() on a generator that has ended: its 'return value'."""
        return space.w_None

    def send_ex(self, w_arg, operr):
        if operr is not None:
            return self.throw(operr)
        if self.frame is None:
            return self.exhausted_result()
        if not self.started and w_arg is not None and \
                w_arg is not space.w_None:
            raise oefmt(exc.w_TypeError,
                        "can't send non-None value to a just-started %s" %
                        self.kind)
        if self.passes_delegates_through and \
                self.frame.suspend_kind == SUSPEND_DELEGATE:
            w_sub = self.frame.peek(0)
            if isinstance(w_sub, W_GeneratorBase):
                return self.send_to_delegate(w_sub, w_arg)
        return self.resume(w_arg, None)

    # Generators and coroutines: what a delegate yields passes through
    # unchanged (an async generator wraps its own values, asend does).
    passes_delegates_through = False

    def send_to_delegate(self, w_sub, w_arg):
        """The frame is suspended in `yield from`/`await` of generator
        w_sub: do what its YIELD_FROM would do on resume without running
        the frame.  The value goes to the delegate; what the delegate
        yields passes through and the frame stays suspended at the same
        instruction; when the delegate returns or raises, the frame
        resumes with that, as after YIELD_FROM.  A chain of n delegating
        generators (a recursive `yield from` walk, an `await` chain) then
        costs n plain calls per item instead of n frame resumptions.  The
        frame still joins the frame chain meanwhile, so the delegate's
        f_back and the recursion depth are what they would be."""
        from fastpy.interpreter.eval import ec
        frame = self.frame
        self.check_resumable()
        if ec.depth >= ec.recursion_limit:
            return self.resume(w_arg, None)     # raises RecursionError
        self.running = True
        ec.depth += 1
        # As if the frame ran: its handled exception is the delegate's
        # resumer's one.
        w_caller_exc = self.enter_exc_state()
        ec.enter(frame)
        try:
            w_result = w_sub.send_ex(w_arg, None)
        except OperationError as e:
            self._leave_delegation(frame)
            self.leave_exc_state(w_caller_exc, True)
            return self.resume(None, e)     # raised by the YIELD_FROM
        self._leave_delegation(frame)
        self.leave_exc_state(w_caller_exc, True)
        if not w_sub.finished():
            return w_result
        return self.delegate_returned(w_result)

    def _enter_delegation(self, frame):
        from fastpy.interpreter.eval import ec
        self.running = True
        ec.depth += 1
        ec.enter(frame)

    def _leave_delegation(self, frame):
        from fastpy.interpreter.eval import ec
        ec.leave(frame)
        frame.f_backref = jit.vref_None     # a suspended frame has no f_back
        ec.depth -= 1
        self.running = False

    def finished(self):
        return self.frame is None

    def next_or_none(self):
        """For FOR_ITER and builtins: the next value, None when done."""
        if self.frame is None:
            return None
        w_result = self.send_ex(space.w_None, None)
        if self.frame is None:
            refcount.discard(w_result)
            return None
        return w_result

    def throw(self, operr):
        frame = self.frame
        if frame is None:
            raise operr
        self.check_resumable()
        w_sub = self.delegate()
        if w_sub is not None:
            if operr.match(exc.w_GeneratorExit):
                # Close the delegate first, then raise here.
                self.running = True
                try:
                    close_delegate(w_sub)
                except OperationError as e:
                    swallow(operr)
                    operr = e
                self.running = False
            elif isinstance(w_sub, W_GeneratorBase):
                # The frame joins the frame chain while the exception
                # goes into the delegate, so its traceback and f_back
                # show the `yield from` (its handled exception stays
                # out, as in CPython).
                self._enter_delegation(frame)
                try:
                    w_result = w_sub.send_ex(None, operr)
                except OperationError as e:
                    self._leave_delegation(frame)
                    return self.resume(None, e)
                self._leave_delegation(frame)
                if not w_sub.finished():
                    return w_result
                return self.delegate_returned(w_result)
            elif isinstance(w_sub, W_Sendable):
                self.running = True
                try:
                    w_result = w_sub.send_ex(None, operr)
                except OperationError as e:
                    self.running = False
                    return self.resume(None, e)
                self.running = False
                if not w_sub.finished():
                    return w_result
                # The delegate returned: that is the value of the
                # `yield from`; go on after it.
                return self.delegate_returned(w_result)
            elif w_sub.is_user and has_method(w_sub, 'throw'):
                self.running = True
                try:
                    w_result = call_method_stop(w_sub, 'throw',
                                                [operr.w_exc])
                except OperationError as e:
                    self.running = False
                    return self.resume(None, e)
                self.running = False
                if not stop_state.done:
                    return w_result
                return self.delegate_returned(w_result)
        return self.resume(None, operr)

    def delegate_returned(self, w_result):
        """The delegate of the suspended `yield from` returned w_result:
        that is the value of the `yield from`; go on after it."""
        frame = self.frame
        frame.replace_top(0 + 1, w_result)
        frame.resume_pc += 2
        frame.suspend_kind = SUSPEND_YIELD
        return self.resume(None, None)

    def close(self):
        frame = self.frame
        if frame is None:
            return
        if not self.started:
            self.frame = None
            frame.end()
            return
        try:
            w_result = self.throw(new_operr(exc.w_GeneratorExit, []))
        except OperationError as e:
            if e.match(exc.w_GeneratorExit) or e.match(exc.w_StopIteration):
                swallow(e)
                return
            raise
        if self.frame is not None:
            refcount.discard(w_result)
            raise oefmt(exc.w_RuntimeError, "%s ignored GeneratorExit" %
                        self.kind)
        refcount.discard(w_result)

    # -- attributes

    def sp_repr(self):
        """<generator object f at 0x...> (coroutine, async_generator)."""
        from fastpy.objspace.protocol import _hex_addr
        from rpython.rlib.objectmodel import compute_unique_id
        return (u'<%s object %s at 0x%s>' % (
            self.gettype().name.decode('utf-8'),
            self.gen_qualname.decode('utf-8'),
            _hex_addr(compute_unique_id(self)).decode('ascii')))

    def is_suspended(self):
        return self.frame is not None and self.started and not self.running

    def is_running(self):
        return self.running


class W_Generator(W_GeneratorBase):
    _attrs_ = []
    kind = 'generator'
    attr_prefix = 'gi_'
    passes_delegates_through = True

    def gettype(self):
        return w_generator_type

    def is_awaitable(self):
        # A generator of a types.coroutine function: `await` drives it.
        return bool(self.code.co_flags & CO_ITERABLE_COROUTINE)

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        return self.next_or_none()


class W_Coroutine(W_GeneratorBase):
    _attrs_ = []
    kind = 'coroutine'
    attr_prefix = 'cr_'
    passes_delegates_through = True

    def gettype(self):
        return w_coroutine_type

    def exhausted_result(self):
        raise oefmt(exc.w_RuntimeError,
                    "cannot reuse already awaited coroutine")

    def warn_never_started(self):
        # _PyErr_WarnUnawaitedCoroutine; no frame location is tracked,
        # so the warning is placed as CPython does with no Python frame.
        from fastpy.modules import outstream
        outstream.write_stderr(
            "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n"
            "RuntimeWarning: Enable tracemalloc to get the object "
            "allocation traceback\n" % self.gen_qualname)



class W_AsyncGenerator(W_GeneratorBase):
    _attrs_ = ['running_async', 'closed', 'hooks_inited',
               'w_finalizer_hook']
    kind = 'async generator'
    attr_prefix = 'ag_'

    def __init__(self, frame):
        W_GeneratorBase.__init__(self, frame)
        self.running_async = False
        self.closed = False
        # sys.set_asyncgen_hooks (asyncgenhooks.py): set at the first
        # iteration; the finalizer hook is a counted slot.
        self.hooks_inited = False
        self.w_finalizer_hook = None

    def gettype(self):
        return w_async_generator_type

    def referents(self):
        result = W_GeneratorBase.referents(self)
        if self.w_finalizer_hook is not None:
            result.append(self.w_finalizer_hook)
        return result

    @jit.dont_look_inside
    def release_children(self):
        if self.w_finalizer_hook is not None:
            if self.frame is not None and not self.closed:
                # _PyGen_Finalize: the hook, not a close, finishes it.
                from fastpy.interpreter.asyncgenhooks import \
                    run_finalizer_hook
                if self.weaklist is not None:
                    clear_weakrefs(self)
                if run_finalizer_hook(self):
                    return
            else:
                w_hook = self.w_finalizer_hook
                self.w_finalizer_hook = None
                refcount.decref(w_hook)
        W_GeneratorBase.release_children(self)

    def convert_stop_iteration(self, e):
        if e.match(exc.w_StopIteration):
            return chained_error(e, "async generator raised StopIteration")
        if e.match(exc.w_StopAsyncIteration):
            return chained_error(e, "async generator raised "
                                 "StopAsyncIteration")
        return e

    def is_running(self):
        # ag_running: between an awaitable's first step and its end.
        return self.running_async


def chained_error(e, msg):
    """RuntimeError(msg) from e (its __cause__ and __context__)."""
    from fastpy.objspace.exceptions import W_BaseException
    operr = oefmt(exc.w_RuntimeError, msg)
    w_new = operr.w_exc
    w_old = e.w_exc
    assert isinstance(w_new, W_BaseException)
    w_new.set_cause(w_old)
    w_new.set_context(w_old)
    operr.context_done = True
    refcount.discard(w_old)
    return operr


def swallow(e):
    """RPython code drops a caught OperationError (excrt.py's rule)."""
    refcount.discard(e.w_exc)


def new_operr(w_type, args_w):
    from fastpy.objspace.exceptions import W_BaseException
    return OperationError(W_BaseException(w_type, args_w))


def stop_iteration(w_value):
    """StopIteration carrying a return value (w_value is a temporary)."""
    if w_value is None or w_value is space.w_None:
        return new_operr(exc.w_StopIteration, [])
    operr = new_operr(exc.w_StopIteration, [w_value])
    return operr


def close_delegate(w_sub):
    """gen_close_iter: close what a `yield from` drives, if it can be."""
    if isinstance(w_sub, W_Sendable):
        w_sub.close()
    elif w_sub.is_user:
        from fastpy.objspace import protocol
        w_result = protocol.call_special(w_sub, 'close', [])
        refcount.discard(w_result)


def write_unraisable(e, w_obj):
    from fastpy.modules import weakrefmodule
    weakrefmodule.write_unraisable(e, w_obj, 'Exception ignored in: ')


# ---------------------------------------------------------------- await

class W_CoroWrapper(W_Sendable):
    """coro.__await__(): an iterator driving the coroutine."""
    _attrs_ = ['w_coro']

    def __init__(self, w_coro):
        self.w_coro = w_coro
        refcount.incref(w_coro)

    def gettype(self):
        return w_coroutine_wrapper_type

    def referents(self):
        return [self.w_coro]

    def release_children(self):
        w_coro = self.w_coro
        self.w_coro = None
        refcount.decref(w_coro)

    def send_ex(self, w_arg, operr):
        return self.w_coro.send_ex(w_arg, operr)

    def sp_iter(self):
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        return next_or_none(self)

    def finished(self):
        return self.w_coro.finished()

    def close(self):
        self.w_coro.close()


AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED = 0, 1, 2


class W_AsyncGenASend(W_Sendable):
    """agen.__anext__() / agen.asend(v): the awaitable that runs the async
    generator to its next `yield` (async_gen_asend in CPython)."""
    _attrs_ = ['w_agen', 'w_sendval', 'state', 'done']

    def __init__(self, w_agen, w_sendval):
        self.w_agen = w_agen
        self.w_sendval = w_sendval
        self.state = AWAITABLE_INIT
        self.done = False
        refcount.incref(w_agen)
        refcount.incref(w_sendval)

    def gettype(self):
        return w_asend_type

    def referents(self):
        return [self.w_agen, self.w_sendval]

    def release_children(self):
        w_agen = self.w_agen
        w_sendval = self.w_sendval
        self.w_agen = None
        self.w_sendval = None
        refcount.decref(w_agen)
        refcount.decref(w_sendval)

    def finished(self):
        return self.done

    def send_ex(self, w_arg, operr):
        self.done = False
        if self.state == AWAITABLE_CLOSED:
            raise oefmt(exc.w_RuntimeError,
                        "cannot reuse already awaited __anext__()/asend()")
        agen = self.w_agen
        assert isinstance(agen, W_AsyncGenerator)
        if self.state == AWAITABLE_INIT:
            if agen.running_async:
                raise oefmt(exc.w_RuntimeError,
                            "anext(): asynchronous generator is already "
                            "running")
            if w_arg is None or w_arg is space.w_None:
                w_arg = self.w_sendval
            self.state = AWAITABLE_ITER
        agen.running_async = True
        try:
            if agen.frame is None:
                raise new_operr(exc.w_StopAsyncIteration, [])
            if operr is not None:
                w_result = agen.throw(operr)
            else:
                w_result = agen.send_ex(w_arg, None)
        except OperationError:
            self.state = AWAITABLE_CLOSED
            agen.running_async = False
            raise
        return self.unwrap(agen, w_result)

    def unwrap(self, agen, w_result):
        if agen.frame is None:
            # The async generator returned.
            refcount.discard(w_result)
            self.state = AWAITABLE_CLOSED
            agen.running_async = False
            raise new_operr(exc.w_StopAsyncIteration, [])
        if agen.frame.suspend_kind == SUSPEND_YIELD:
            # Its own `yield`: this awaitable is complete with the value.
            self.state = AWAITABLE_CLOSED
            agen.running_async = False
            self.done = True
        return w_result

    def close(self):
        self.state = AWAITABLE_CLOSED


class W_AsyncGenAThrow(W_Sendable):
    """agen.athrow(...) / agen.aclose() (async_gen_athrow in CPython).
    w_exc (the exception to throw, a counted slot) is None for aclose()."""
    _attrs_ = ['w_agen', 'w_exc', 'state', 'done']

    def __init__(self, w_agen, w_exc):
        self.w_agen = w_agen
        self.w_exc = w_exc
        self.state = AWAITABLE_INIT
        self.done = False
        refcount.incref(w_agen)
        refcount.incref(w_exc)

    def gettype(self):
        return w_athrow_type

    def referents(self):
        return [self.w_agen, self.w_exc]

    def release_children(self):
        w_agen = self.w_agen
        w_exc = self.w_exc
        self.w_agen = None
        self.w_exc = None
        refcount.decref(w_agen)
        refcount.decref(w_exc)

    def finished(self):
        return self.done

    def send_ex(self, w_arg, operr):
        self.done = False
        agen = self.w_agen
        assert isinstance(agen, W_AsyncGenerator)
        is_close = self.w_exc is None
        if self.state == AWAITABLE_CLOSED:
            raise oefmt(exc.w_RuntimeError,
                        "cannot reuse already awaited aclose()/athrow()")
        if agen.frame is None:
            self.state = AWAITABLE_CLOSED
            self.done = True
            return space.w_None
        try:
            if self.state == AWAITABLE_INIT:
                if agen.running_async:
                    raise oefmt(exc.w_RuntimeError,
                                "%s(): asynchronous generator is already "
                                "running" % ("aclose" if is_close
                                             else "athrow"))
                if agen.closed:
                    self.state = AWAITABLE_CLOSED
                    raise new_operr(exc.w_StopAsyncIteration, [])
                if operr is None and w_arg is not None and \
                        w_arg is not space.w_None:
                    raise oefmt(exc.w_RuntimeError,
                                "can't send non-None value to a "
                                "just-started coroutine")
                self.state = AWAITABLE_ITER
                if is_close:
                    agen.closed = True
                    operr = new_operr(exc.w_GeneratorExit, [])
                elif operr is None:
                    operr = OperationError(self.w_exc)
                agen.running_async = True
                w_result = agen.throw(operr)
            elif operr is not None:
                w_result = agen.throw(operr)
            else:
                w_result = agen.send_ex(w_arg, None)
        except OperationError as e:
            agen.running_async = False
            if e.match(exc.w_StopAsyncIteration) or \
                    e.match(exc.w_GeneratorExit):
                self.state = AWAITABLE_CLOSED
                if is_close:
                    swallow(e)
                    self.done = True
                    return space.w_None
            raise
        if agen.frame is None:
            agen.running_async = False
            self.state = AWAITABLE_CLOSED
            if is_close:
                refcount.discard(w_result)
                self.done = True
                return space.w_None
            refcount.discard(w_result)
            raise new_operr(exc.w_StopAsyncIteration, [])
        if agen.frame.suspend_kind == SUSPEND_YIELD:
            agen.running_async = False
            if is_close:
                refcount.discard(w_result)
                self.state = AWAITABLE_CLOSED
                raise oefmt(exc.w_RuntimeError,
                            "async generator ignored GeneratorExit")
            self.state = AWAITABLE_CLOSED
            self.done = True
        return w_result

    def close(self):
        self.state = AWAITABLE_CLOSED


# ---------------------------------------------------------------- opcodes

def suspend(frame, resume_pc, kind):
    """YIELD_VALUE, or a delegate's value on TOS: leave dispatch with it."""
    w_value = frame.pop_owned()
    frame.own_borrowed_stack()
    frame.resume_pc = resume_pc
    frame.suspend_kind = kind
    refcount.disown(w_value)
    return w_value


def raise_at_resume(frame, code, pc, operr):
    """throw(): the exception appears at the suspended instruction and
    goes the way an exception raised by that instruction goes: the same
    handler lookup as dispatch's (excrt.handle_exception).  Returns the
    handler's position, or raises when the frame has none."""
    from fastpy.interpreter import excrt
    handler = excrt.handle_exception(frame, code, pc, operr)
    if handler < 0:
        raise operr
    return handler


def YIELD_FROM(frame, pc, opcode, arg):
    """Stack: delegate, value.  Send value to the delegate.  It yields:
    replace value by what it yielded and return -1 (dispatch suspends,
    this instruction runs again on resume with the next value sent).  It
    returns: replace both by its return value and go on."""
    w_sub = frame.peek(1)
    w_value = frame.peek(0)
    try:
        if isinstance(w_sub, W_Sendable):
            w_result = w_sub.send_ex(w_value, None)
            done = w_sub.finished()
        elif w_value is space.w_None:
            w_result = space.next_w(w_sub)
            done = w_result is None
            if done:
                w_result = space.w_None
        else:
            w_result = call_method_stop(w_sub, 'send', [w_value])
            done = stop_state.done
    except OperationError as e:
        if opcode == op.ASYNC_FOR_SEND and \
                e.match(exc.w_StopAsyncIteration):
            swallow(e)
            frame.popn(3)      # value, awaitable, async iterator
            return arg
        raise
    if done:
        refcount.incref(w_result)
        frame.popn(2)
        frame.push_owned(w_result)
        return pc + 2
    frame.replace_top(1, w_result)
    return -1


def has_method(w_obj, name):
    from fastpy.objspace import protocol
    return protocol.lookup(w_obj, name) is not None


class StopState(object):
    """call_method_stop's second result."""
    def __init__(self):
        self.done = False

stop_state = StopState()


def call_method_stop(w_obj, name, args_w):
    """w_obj.name(*args_w) for a delegate that is not a generator:
    returns its result; a StopIteration it raises ends the delegation
    (stop_state.done) and its value is returned."""
    from fastpy.objspace import protocol
    from fastpy.objspace.exceptions import W_BaseException
    stop_state.done = False
    if protocol.lookup(w_obj, name) is None:
        raise oefmt(exc.w_AttributeError,
                    "'%s' object has no attribute '%s'" %
                    (space.type_name(w_obj), name))
    try:
        return protocol.call_special(w_obj, name, args_w)
    except OperationError as e:
        if not e.match(exc.w_StopIteration):
            raise
        stop_state.done = True
        w_exc = e.w_exc
        assert isinstance(w_exc, W_BaseException)
        w_value = space.w_None
        if len(w_exc.args_w) > 0:
            w_value = w_exc.args_w[0]
        refcount.incref(w_value)      # survives the exception's release
        swallow(e)
        refcount.disown(w_value)
        return w_value


def get_yield_from_iter(code, w_obj):
    if isinstance(w_obj, W_Coroutine):
        if not (code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)):
            raise oefmt(exc.w_TypeError,
                        "cannot 'yield from' a coroutine object in a "
                        "non-coroutine generator")
        return w_obj
    if isinstance(w_obj, W_Generator):
        return w_obj
    return space.get_iter(w_obj)


def get_awaitable(w_obj, where):
    """GET_AWAITABLE: the iterator `await w_obj` drives.  where: 0 await,
    1 after __aenter__, 2 after __aexit__ (for the messages)."""
    if isinstance(w_obj, W_Coroutine):
        if w_obj.delegate() is not None:
            raise oefmt(exc.w_RuntimeError,
                        "coroutine is being awaited already")
        return w_obj
    if isinstance(w_obj, W_AsyncGenASend) or \
            isinstance(w_obj, W_AsyncGenAThrow) or \
            isinstance(w_obj, W_StoredError) or \
            isinstance(w_obj, W_Sendable) and w_obj.is_awaitable():
        return w_obj
    if w_obj.is_user:
        w_iter = user_await(w_obj)
        if w_iter is not None:
            return w_iter
    name = space.type_name(w_obj)
    if where == 1:
        raise oefmt(exc.w_TypeError,
                    "'async with' received an object from __aenter__ that "
                    "does not implement __await__: %s" % name)
    if where == 2:
        raise oefmt(exc.w_TypeError,
                    "'async with' received an object from __aexit__ that "
                    "does not implement __await__: %s" % name)
    raise oefmt(exc.w_TypeError,
                "object %s can't be used in 'await' expression" % name)


def user_await(w_obj):
    """type(w_obj).__await__(w_obj), checked to be an iterator; None if
    the type has no __await__."""
    from fastpy.objspace import protocol
    w_iter = protocol.call_special(w_obj, '__await__', [])
    if w_iter is None:
        return None
    if isinstance(w_iter, W_Coroutine):
        refcount.discard(w_iter)
        raise oefmt(exc.w_TypeError, "__await__() returned a coroutine")
    if not (isinstance(w_iter, W_Sendable) or
            space.is_builtin_iterator(w_iter) or
            (w_iter.is_user and
             protocol.lookup(w_iter, '__next__') is not None)):
        name = space.type_name(w_iter)
        refcount.discard(w_iter)
        raise oefmt(exc.w_TypeError,
                    "__await__() returned non-iterator of type '%s'" % name)
    return w_iter


class W_StoredError(W_Sendable):
    """What GET_ANEXT leaves when __anext__() itself raised
    StopAsyncIteration: awaiting it raises that again (so ASYNC_FOR_SEND
    ends the loop, as CPython's handler around GET_ANEXT does)."""
    _attrs_ = ['w_exc']

    def __init__(self, w_exc):
        self.w_exc = w_exc
        refcount.incref(w_exc)

    def gettype(self):
        return w_object_type

    def referents(self):
        return [self.w_exc]

    def release_children(self):
        w_exc = self.w_exc
        self.w_exc = None
        refcount.decref(w_exc)

    def send_ex(self, w_arg, operr):
        return raise_stored(self.w_exc)

    def finished(self):
        return True


def raise_stored(w_exc):
    raise OperationError(w_exc)


def BEFORE_ASYNC_WITH(frame):
    """[mgr] -> [mgr.__aexit__, mgr.__aenter__()] (excrt.BEFORE_WITH)."""
    from fastpy.interpreter.excrt import lookup_special
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    w_mgr = frame.peek(0)
    w_enter = lookup_special(w_mgr, '__aenter__')
    if w_enter is None:
        raise oefmt(exc.w_TypeError,
                    "'%s' object does not support the asynchronous context "
                    "manager protocol" % space.type_name(w_mgr))
    refcount.incref(w_enter)
    try:
        w_exit = lookup_special(w_mgr, '__aexit__')
    except OperationError:
        refcount.decref(w_enter)
        raise
    if w_exit is None:
        refcount.decref(w_enter)
        raise oefmt(exc.w_TypeError,
                    "'%s' object does not support the asynchronous context "
                    "manager protocol (missed __aexit__ method)" %
                    space.type_name(w_mgr))
    frame.set_top(0, w_exit)
    try:
        w_result = call_function(w_enter, Arguments([]))
    finally:
        refcount.decref(w_enter)
    frame.push(w_result)
    refcount.discard(w_result)


def get_aiter(w_obj):
    if isinstance(w_obj, W_AsyncGenerator):
        return w_obj
    if w_obj.is_user:
        from fastpy.objspace import protocol
        w_aiter = protocol.call_special(w_obj, '__aiter__', [])
        if w_aiter is not None:
            if not isinstance(w_aiter, W_AsyncGenerator) and \
                    protocol.lookup(w_aiter, '__anext__') is None:
                name = space.type_name(w_aiter)
                refcount.discard(w_aiter)
                raise oefmt(exc.w_TypeError,
                            "'async for' received an object from __aiter__ "
                            "that does not implement __anext__: %s" % name)
            return w_aiter
    raise oefmt(exc.w_TypeError,
                "'async for' requires an object with __aiter__ method, "
                "got %s" % space.type_name(w_obj))


def get_anext_awaitable_error(w_obj):
    return oefmt(exc.w_TypeError,
                 "'async for' received an invalid object from __anext__: %s"
                 % space.type_name(w_obj))


def get_awaitable_anext(w_next):
    try:
        return get_awaitable(w_next, 0)
    except OperationError as e:
        if e.match(exc.w_TypeError):
            swallow(e)
            raise get_anext_awaitable_error(w_next)
        raise


def get_anext(w_aiter):
    if isinstance(w_aiter, W_AsyncGenerator):
        from fastpy.interpreter.asyncgenhooks import init_hooks
        init_hooks(w_aiter)
        return W_AsyncGenASend(w_aiter, space.w_None)
    if w_aiter.is_user:
        from fastpy.objspace import protocol
        try:
            w_next = protocol.call_special(w_aiter, '__anext__', [])
        except OperationError as e:
            if not e.match(exc.w_StopAsyncIteration):
                raise
            w_stored = W_StoredError(e.w_exc)
            return w_stored
        if w_next is not None:
            # w_next is a temporary: hold it while __await__ runs.
            refcount.incref(w_next)
            try:
                w_awaitable = get_awaitable_anext(w_next)
            except OperationError:
                refcount.decref(w_next)
                raise
            refcount.incref(w_awaitable)
            refcount.decref(w_next)
            refcount.disown(w_awaitable)
            return w_awaitable
    raise oefmt(exc.w_TypeError,
                "'async for' requires an iterator with __anext__ method, "
                "got %s" % space.type_name(w_aiter))


# ---------------------------------------------------------------- iteration

def is_generator_iterator(w_obj):
    return isinstance(w_obj, W_Generator) or \
        isinstance(w_obj, W_CoroWrapper)


def next_or_none(w_obj):
    """space.next_w for generators and coroutine wrappers."""
    if isinstance(w_obj, W_Generator):
        return w_obj.next_or_none()
    assert isinstance(w_obj, W_CoroWrapper)
    w_result = w_obj.send_ex(space.w_None, None)
    if w_obj.finished():
        refcount.discard(w_result)
        return None
    return w_result
