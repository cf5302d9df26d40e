"""The _signal module, and the delivery of signals to Python handlers.

The C-level handler (RPython's rsignal) only records the signal and
makes `pypysig_counter` negative.  The interpreter looks at that counter
at every backward jump (`check_at_loop`: in a trace, one raw read and a
guard per iteration, as PyPy's), when a blocking read is interrupted,
and right after `raise_signal`; `run_handlers` then calls the Python
handler of each pending signal in the main thread.  The default SIGINT
handler is `default_int_handler`, which raises KeyboardInterrupt.

At start-up (`install_defaults`) SIGINT gets that handler, unless the
parent process left it ignored (then it stays ignored, and so does any
other signal inherited as ignored), and SIGPIPE and SIGXFSZ are ignored,
as CPython does, so writing to a closed pipe
raises BrokenPipeError instead of killing the process.  A program that
ends with an uncaught KeyboardInterrupt exits by SIGINT (main.py).
"""

import os

from rpython.rlib import jit, rsignal
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import Arguments
from fastpy.modules.builtinfuncs import callable_w
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.posixutil import oserror, wrap_oserror
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.intobject import W_IntObject
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

NSIG = rsignal.NSIG
SIG_DFL = rsignal.SIG_DFL
SIG_IGN = rsignal.SIG_IGN
SIGINT = rsignal.SIGINT
IGNORED_AT_START = [getattr(rsignal, _name) for _name in ['SIGPIPE', 'SIGXFSZ']
                    if hasattr(rsignal, _name)]

module = ModuleDef('_signal', 'This module provides mechanisms to use '
                   'signal handlers in Python.\n\nFunctions:\n\n'
                   'alarm() -- cause SIGALRM after a specified time '
                   '[Unix only]\n'
                   'setitimer() -- cause a signal (described below) after '
                   'a specified\n               float time and the timer '
                   'may restart then [Unix only]\n'
                   'getitimer() -- get current value of timer [Unix only]\n'
                   'signal() -- set the action for a given signal\n'
                   'getsignal() -- get the signal action for a given '
                   'signal\npause() -- wait until a signal arrives [Unix '
                   'only]\ndefault_int_handler() -- default SIGINT handler'
                   '\n\nsignal constants:\nSIG_DFL -- used to refer to the '
                   'system default handler\nSIG_IGN -- used to ignore the '
                   'signal\nNSIG -- number of defined signals\nSIGINT, '
                   'SIGTERM, etc. -- signal numbers\n\nitimer constants:\n'
                   'ITIMER_REAL -- decrements in real time, and delivers '
                   'SIGALRM upon\n               expiration\nITIMER_VIRTUAL '
                   '-- decrements only when the process is executing,\n'
                   '               and delivers SIGVTALRM upon expiration\n'
                   'ITIMER_PROF -- decrements both when the process is '
                   'executing and\n               when the system is '
                   'executing on behalf of the process.\n               '
                   'Coupled with ITIMER_VIRTUAL, this timer is usually\n'
                   '               used to profile the time spent by the '
                   'application\n               in user and kernel space. '
                   'SIGPROF is delivered upon\n               expiration.\n'
                   '\n\n*** IMPORTANT NOTICE ***\nA signal handler function '
                   'is called with two arguments:\nthe first is the signal '
                   'number, the second is the interrupted stack frame.')

w_handlers_type = W_TypeObject('signal_handlers', w_object_type)


class W_Handlers(W_Counted):
    """The Python handler of each signal (None: not set from Python, the
    C default).  Held by the interpreter for the whole run."""
    _attrs_ = ['handlers_w']

    def __init__(self):
        self.handlers_w = [None] * NSIG

    def gettype(self):
        return w_handlers_type

    def referents(self):
        return [w for w in self.handlers_w if w is not None]

    def release_children(self):
        for i in range(NSIG):
            w_old = self.handlers_w[i]
            self.handlers_w[i] = None
            refcount.decref(w_old)

    def set(self, signum, w_handler):
        w_old = self.handlers_w[signum]
        refcount.incref(w_handler)
        self.handlers_w[signum] = w_handler
        return w_old        # the caller owns it now


class SignalState(object):
    def __init__(self):
        self.w_handlers = None
        self.running = False

state = SignalState()


def handlers():
    w_handlers = state.w_handlers
    if w_handlers is None:
        w_handlers = W_Handlers()
        refcount.incref(w_handlers)
        state.w_handlers = w_handlers
    return w_handlers


# Whether a signal's current disposition is SIG_IGN (sigaction query).
_eci = ExternalCompilationInfo(
    includes=['signal.h'],
    post_include_bits=['RPY_EXTERN int fastpy_signal_is_ignored(int);'],
    separate_module_sources=["""
#include <signal.h>
RPY_EXTERN int fastpy_signal_is_ignored(int signum) {
    struct sigaction current;
    if (sigaction(signum, NULL, &current) != 0)
        return 0;
    return current.sa_handler == SIG_IGN;
}
"""])
_signal_is_ignored = rffi.llexternal('fastpy_signal_is_ignored', [rffi.INT],
                                     rffi.INT, compilation_info=_eci,
                                     releasegil=False, _nowrapper=True)


def install_defaults():
    """At start-up, as CPython: signals that the parent process left
    ignored stay ignored (getsignal() says SIG_IGN); SIGINT, unless
    ignored, raises KeyboardInterrupt; SIGPIPE and SIGXFSZ are ignored."""
    w_handlers = handlers()
    sigint_ignored = False
    if we_are_translated():
        # (untranslated, the dispositions would be the host process's)
        for signum in range(1, NSIG):
            if intmask(_signal_is_ignored(rffi.cast(rffi.INT, signum))):
                refcount.decref(w_handlers.set(signum,
                                               space.newint(SIG_IGN)))
                if signum == SIGINT:
                    sigint_ignored = True
    if not sigint_ignored:
        refcount.decref(w_handlers.set(SIGINT, default_int_handler.w_func))
    for signum in IGNORED_AT_START:
        refcount.decref(w_handlers.set(signum, space.newint(SIG_IGN)))
    if we_are_translated():
        if not sigint_ignored:
            rsignal.pypysig_setflag(SIGINT)
        for signum in IGNORED_AT_START:
            rsignal.pypysig_ignore(signum)


def exit_by_sigint():
    """The program ended with an uncaught KeyboardInterrupt: die of
    SIGINT, as CPython does, so the parent sees the signal."""
    if we_are_translated():
        rsignal.pypysig_default(SIGINT)
        os.kill(os.getpid(), SIGINT)


def check_at_loop():
    """At a backward jump: run the handlers if a signal arrived."""
    if not we_are_translated():
        return      # (untranslated: only raise_signal delivers)
    if rsignal.pypysig_getaddr_occurred().c_value < 0:
        run_handlers()


def check_pending():
    """Before a blocking read: run the handlers of signals that came
    while no system call could be interrupted."""
    check_at_loop()


@jit.dont_look_inside
def run_handlers():
    """Call the Python handler of each pending signal.  An exception a
    handler raises propagates from the instruction that noticed it."""
    rsignal.pypysig_getaddr_occurred().c_value = 0
    if state.running:
        return
    state.running = True
    try:
        while True:
            signum = intmask(rsignal.pypysig_poll())
            if signum < 0:
                break
            _call_handler(signum)
    finally:
        state.running = False


def _call_handler(signum):
    from fastpy.interpreter.eval import call_function
    w_handler = handlers().handlers_w[signum]
    if w_handler is None or not callable_w(w_handler):
        return
    refcount.incref(w_handler)
    try:
        w_res = call_function(w_handler, Arguments([space.newint(signum),
                                                    space.w_None]))
        refcount.discard(w_res)
    finally:
        refcount.decref(w_handler)


def _check_signum(signum):
    if signum < 1 or signum >= NSIG:
        raise oefmt(exc.w_ValueError, "signal number out of range")


@module.function('default_int_handler(signalnum, frame, /)')
def default_int_handler(w_signum, w_frame):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise OperationError(exc.W_BaseException(exc.w_KeyboardInterrupt, []))


@module.function('signal(signalnum: int, handler, /)')
def signal_signal(signum, w_handler):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return
values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
    _check_signum(signum)
    action = -1
    if isinstance(w_handler, W_IntObject):
        value = w_handler.intval
        if value == SIG_IGN or value == SIG_DFL:
            action = value
    if action < 0 and not callable_w(w_handler):
        raise oefmt(exc.w_TypeError, "signal handler must be signal.SIG_IGN, "
                    "signal.SIG_DFL, or a callable object")
    if signum == rsignal.SIGKILL or signum == rsignal.SIGSTOP:
        raise oserror(22)
    if action == SIG_IGN:
        rsignal.pypysig_ignore(signum)
    elif action == SIG_DFL:
        rsignal.pypysig_default(signum)
    else:
        rsignal.pypysig_setflag(signum)
    w_old = handlers().set(signum, w_handler)
    if w_old is None:
        return space.newint(SIG_DFL)
    refcount.disown(w_old)
    return w_old


@module.function('getsignal(signalnum: int, /)')
def signal_getsignal(signum):
    """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
    _check_signum(signum)
    w_handler = handlers().handlers_w[signum]
    if w_handler is None:
        return space.newint(SIG_DFL)
    return w_handler


@module.function('raise_signal(signalnum: int, /)')
def signal_raise_signal(signum):
    """Send a signal to the executing process."""
    _check_signum(signum)
    if we_are_translated():
        os.kill(os.getpid(), signum)
    else:
        rsignal.pypysig_pushback(signum)    # not the host's handlers
    run_handlers()
    return space.w_None


@module.function('strsignal(signalnum: int, /)')
def signal_strsignal(signum):
    """Return the system description of the given signal.

Returns the description of signal *signalnum*, such as "Interrupt"
for :const:`SIGINT`. Returns :const:`None` if *signalnum* has no
description. Raises :exc:`ValueError` if *signalnum* is invalid."""
    _check_signum(signum)
    description = _DESCRIPTIONS.get(signum, None)
    if description is None:
        return space.w_None
    return space.newtext(description)


@module.function('valid_signals()')
def signal_valid_signals():
    """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""
    from fastpy.objspace.setobject import newset
    return newset([space.newint(i) for i in range(1, NSIG)
                   if i != 32 and i != 33])


@module.function('alarm(seconds: int, /)')
def signal_alarm(seconds):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    return space.newint(intmask(rsignal.c_alarm(seconds)))


@module.function('pause()')
def signal_pause():
    """Wait until a signal arrives."""
    rsignal.c_pause()
    run_handlers()
    return space.w_None


@module.function('siginterrupt(signalnum: int, flag: int, /)')
def signal_siginterrupt(signum, flag):
    """Change system call restart behaviour.

If flag is False, system calls will be restarted when interrupted by
signal sig, else system calls will be interrupted."""
    _check_signum(signum)
    rsignal.c_siginterrupt(signum, flag)
    return space.w_None


@module.function('set_wakeup_fd(fd: int, /, *, warn_on_full_buffer=True)')
def signal_set_wakeup_fd(fd, w_warn):
    """Sets the fd to be written to (with the signal number) when a signal
comes in.

A library can use this to wakeup select or poll.
The previous fd or -1 is returned.

The fd must be non-blocking."""
    if fd != -1:
        try:
            os.fstat(fd)
        except OSError as e:
            raise wrap_oserror(e)
    old = rsignal.pypysig_set_wakeup_fd(fd, True)
    return space.newint(intmask(old))


_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued',
    19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
    26: 'Virtual timer expired', 27: 'Profiling timer expired',
    28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}


# (name, value) of the constants, computed at import time
_CONSTANTS = ([(_name, getattr(rsignal, _name))
               for _name in rsignal.signal_names] +
              [(_name, getattr(rsignal, _name))
               for _name in ['SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK',
                             'ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF']
               if getattr(rsignal, _name, None) is not None])


@module.initializer
def init_signal(w_dict):
    w_dict.setitem_str('SIG_DFL', space.newint(SIG_DFL))
    w_dict.setitem_str('SIG_IGN', space.newint(SIG_IGN))
    w_dict.setitem_str('NSIG', space.newint(NSIG))
    for name, value in _CONSTANTS:
        w_dict.setitem_str(name, space.newint(value))
