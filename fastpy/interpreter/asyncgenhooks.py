"""The async generator hooks of PEP 525 (sys.set_asyncgen_hooks):
`firstiter` is called with an async generator the first time it is
iterated (`__anext__`, `asend`, `athrow`, `aclose`); `finalizer`, as set
at that moment, is remembered by the generator and called instead of
closing it when the generator is released unfinished.  asyncio uses them
to track its async generators and to close them in a task
(`loop.shutdown_asyncgens`).  The functions of the sys module are in
modules/sysmodule.py."""

from fastpy.objspace import refcount


class HooksState(object):
    def __init__(self):
        self.w_firstiter = None      # counted slots; None when unset
        self.w_finalizer = None

state = HooksState()


def set_hook(which, w_hook):
    """which: 0 firstiter, 1 finalizer; w_hook None to unset."""
    refcount.incref(w_hook)
    if which == 0:
        w_old = state.w_firstiter
        state.w_firstiter = w_hook
    else:
        w_old = state.w_finalizer
        state.w_finalizer = w_hook
    refcount.decref(w_old)


def init_hooks(w_agen):
    """async_gen_init_hooks: once per async generator, at its first
    iteration."""
    from fastpy.objspace.itertypes import call_holding
    if w_agen.hooks_inited:
        return
    w_agen.hooks_inited = True
    w_finalizer = state.w_finalizer
    if w_finalizer is not None:
        refcount.incref(w_finalizer)
        w_agen.w_finalizer_hook = w_finalizer
    w_firstiter = state.w_firstiter
    if w_firstiter is not None:
        refcount.incref(w_firstiter)     # the hook may unset itself
        try:
            refcount.discard(call_holding(w_firstiter, [w_agen]))
        finally:
            refcount.decref(w_firstiter)


def run_finalizer_hook(w_agen):
    """w_agen (count DEAD, unfinished) has a finalizer hook: call it with
    the generator alive again.  True if the hook kept it (resurrected;
    asyncio schedules its aclose()), in which case its release stops."""
    from fastpy.interpreter.error import OperationError
    from fastpy.modules.weakrefmodule import write_unraisable
    from fastpy.objspace.itertypes import call_holding
    w_hook = w_agen.w_finalizer_hook
    w_agen.w_finalizer_hook = None           # called once
    refcount.set_count(w_agen, 1)
    try:
        refcount.discard(call_holding(w_hook, [w_agen]))
    except OperationError as e:
        write_unraisable(e, w_hook, 'Exception ignored in: ')
        refcount.discard(e.w_exc)
    refcount.decref(w_hook)
    count = refcount.get_count(w_agen) - 1
    if count > 0:
        refcount.set_count(w_agen, count)
        return True
    refcount.set_count(w_agen, refcount.DEAD)
    return False
