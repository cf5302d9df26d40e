"""The atexit module: functions run when the interpreter exits.

The registered calls (function, positional and keyword arguments, all
counted) are kept in `state.callbacks`; `run_exitfuncs()` calls them
last registered first and then forgets them all.  main.py calls it at
the end of a run: after the main program, after the traceback of an
uncaught exception or the message of sys.exit, as CPython's
Py_FinalizeEx does.  An exception in a callback is printed as
"Exception ignored in atexit callback: <func>" with its traceback and
does not change the exit status.
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import Arguments
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space

module = ModuleDef('atexit', 'allow programmer to define multiple exit '
                   'functions to be executed\nupon normal program '
                   'termination.\n\nTwo public functions, register and '
                   'unregister, are defined.\n')


class Callback(object):
    def __init__(self, w_func, args_w, kw_names, kw_values_w):
        self.w_func = w_func
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def hold(self):
        refcount.incref(self.w_func)
        for w_arg in self.args_w:
            refcount.incref(w_arg)
        for w_value in self.kw_values_w:
            refcount.incref(w_value)

    def drop(self):
        refcount.decref(self.w_func)
        for w_arg in self.args_w:
            refcount.decref(w_arg)
        for w_value in self.kw_values_w:
            refcount.decref(w_value)


class AtexitState(object):
    def __init__(self):
        # Callback or None (unregistered), in registration order.
        self.callbacks = []

state = AtexitState()


def _callable(w_obj):
    from fastpy.modules.builtinfuncs import callable_w
    return callable_w(w_obj)


@module.function('register(func, /, *args, **kwargs)')
def atexit_register(w_func, args_w, kw_names, kw_values_w):
    if not _callable(w_func):
        raise oefmt(exc.w_TypeError, "the first argument must be callable")
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    cb = Callback(w_func, list(args_w), list(kw_names), list(kw_values_w))
    cb.hold()
    state.callbacks.append(cb)
    return w_func


@module.function('unregister(func, /)')
def atexit_unregister(w_func):
    callbacks = state.callbacks
    for i in range(len(callbacks)):
        cb = callbacks[i]
        if cb is None:
            continue
        if space.eq_w(cb.w_func, w_func):
            # The entry may have gone while __eq__ ran.
            if i < len(callbacks) and callbacks[i] is cb:
                callbacks[i] = None
                cb.drop()
    return space.w_None


@module.function('_run_exitfuncs()')
def atexit_run_exitfuncs():
    run_exitfuncs()
    return space.w_None


@module.function('_clear()')
def atexit_clear():
    clear()
    return space.w_None


@module.function('_ncallbacks()')
def atexit_ncallbacks():
    return space.newint(len(state.callbacks))


def clear():
    callbacks = state.callbacks
    state.callbacks = []
    for cb in callbacks:
        if cb is not None:
            cb.drop()


def run_exitfuncs():
    """Call the registered functions, last first; then forget them."""
    from fastpy.interpreter.eval import call_function
    from fastpy.modules.weakrefmodule import write_unraisable
    callbacks = state.callbacks
    i = len(callbacks) - 1
    while i >= 0:
        if i < len(state.callbacks) and state.callbacks is callbacks:
            cb = callbacks[i]
        else:
            cb = None
        i -= 1
        if cb is None:
            continue
        cb.hold()       # the call may unregister it
        try:
            try:
                w_res = call_function(cb.w_func, Arguments(
                    cb.args_w, cb.kw_names, cb.kw_values_w))
            except OperationError as e:
                write_unraisable(e, cb.w_func,
                                 'Exception ignored in atexit callback: ')
                refcount.discard(e.w_exc)
            else:
                refcount.discard(w_res)
        finally:
            cb.drop()
    clear()


@module.initializer
def init_atexit(w_dict):
    # A new run (untranslated tests run many in one process).
    state.callbacks = []
