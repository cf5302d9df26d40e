"""The _thread module for a single-threaded fastpy: CPython 3.11's API,
behaving as it does for a program that has only its main thread.

Locks, reentrant locks and thread-local objects work as in CPython.
`start_new_thread` checks its arguments, then raises
RuntimeError("can't start new thread"): fastpy runs one thread.  So no
other thread can ever release a lock: a blocking acquire of a held lock
with a timeout sleeps for the timeout and returns False (as CPython
would, nobody releasing it), and one without a timeout, which would
wait forever, raises RuntimeError instead of hanging.
"""

import os

from rpython.rlib import rtime
from rpython.rlib.objectmodel import compute_unique_id
from rpython.rlib.rfloat import isnan

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, staticmethod_, getset
from fastpy.interpreter.typecall import constructor
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.descriptor import W_StaticMethod
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.intobject import newint
from fastpy.objspace.mapdict import Terminator, W_ObjectInstance
from fastpy.objspace.root import W_Root
from fastpy.objspace.strobject import newstr
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.structseq import make_structseq_type

module = ModuleDef('_thread', (
    "This module provides primitive operations to write multi-threaded "
    "programs.\nThe 'threading' module provides a more convenient "
    "interface.\n\nfastpy runs a single thread: start_new_thread() raises "
    "RuntimeError(\"can't start new\nthread\"); locks, RLocks and _local "
    "objects work as for the main thread."))

TIMEOUT_MAX = 9223372036.0
# The largest timeout _PyTime can represent (nanoseconds in 64 bits).
PYTIME_MAX_SECONDS = 9223372036.854775807
SIGINT = 2
NSIG = 65


def get_ident_value():
    """The main thread's identifier: stable for the process."""
    return os.getpid()


def _hex_id(w_obj):
    from rpython.rlib.rarithmetic import r_uint
    digits = '0123456789abcdef'
    a = r_uint(compute_unique_id(w_obj))
    out = []
    while True:
        out.append(digits[a & 15])
        a >>= 4
        if a == 0:
            break
    out.reverse()
    return ''.join(out)


# ---------------------------------------------------------------- timeouts

UNSET = -1.0


def parse_timeout(blocking, w_timeout):
    """CPython's lock_acquire_parse_args: the timeout in seconds, 0.0
    for a non-blocking call, UNSET (-1.0) to wait without limit."""
    unset = True
    timeout = UNSET
    if w_timeout is not None:
        if isinstance(w_timeout, W_FloatObject):
            timeout = w_timeout.floatval
            if isnan(timeout):
                raise oefmt(exc.w_ValueError,
                            "Invalid value NaN (not a number)")
        elif space.is_int(w_timeout):
            from fastpy.objspace.longobject import W_LongObject
            if isinstance(w_timeout, W_LongObject):
                raise oefmt(exc.w_OverflowError,
                            "timestamp out of range for platform time_t")
            timeout = float(space.int_w(w_timeout))
        else:
            raise oefmt(exc.w_TypeError,
                        "'%s' object cannot be interpreted as an integer" %
                        space.type_name(w_timeout))
        if timeout > PYTIME_MAX_SECONDS or timeout < -PYTIME_MAX_SECONDS:
            raise oefmt(exc.w_OverflowError,
                        "timestamp out of range for platform time_t")
        unset = timeout == UNSET
    if not blocking and not unset:
        raise oefmt(exc.w_ValueError,
                    "can't specify a timeout for a non-blocking call")
    if timeout < 0 and not unset:
        raise oefmt(exc.w_ValueError, "timeout value must be positive")
    if not blocking:
        return 0.0
    if not unset and timeout > TIMEOUT_MAX:
        raise oefmt(exc.w_OverflowError, "timeout value is too large")
    return timeout


def wait_for_nobody(timeout):
    """Waiting for a lock that only this (the only) thread could
    release: nothing happens for `timeout` seconds, then False."""
    if timeout == 0.0:
        return False
    if timeout > 0.0:
        rtime.sleep(timeout)
        return False
    raise oefmt(exc.w_RuntimeError,
                "cannot acquire a lock held by the only thread: fastpy is "
                "single-threaded, so it would never be released")


# ---------------------------------------------------------------- lock

w_lock_type = module_type('lock', '_thread')
w_lock_type.dict_w['__doc__'] = newstr(
    u"A lock object is a synchronization primitive.  To create a lock,\n"
    u"call threading.Lock().  Methods are:\n\n"
    u"acquire() -- lock the lock, possibly blocking until it can be "
    u"obtained\nrelease() -- unlock of the lock\n"
    u"locked() -- test whether the lock is currently locked\n\n"
    u"A lock is not owned by the thread that locked it; another thread "
    u"may\nunlock it.  A thread attempting to lock a lock that it has "
    u"already locked\nwill block until another thread unlocks it.  "
    u"Deadlocks may ensue.")


class W_Lock(W_Root):
    """_thread.lock: holds no references (not counted)."""
    _attrs_ = ['locked']

    def __init__(self):
        self.locked = False

    def gettype(self):
        return w_lock_type

    def acquire(self, timeout):
        if not self.locked:
            self.locked = True
            return True
        return wait_for_nobody(timeout)

    def sp_repr(self):
        state = 'locked' if self.locked else 'unlocked'
        return (u'<%s _thread.lock object at 0x%s>' %
                (state.decode('ascii'), _hex_id(self).decode('ascii')))


def _lock_acquire(w_self, blocking, w_timeout):
    assert isinstance(w_self, W_Lock)
    return space.newbool(w_self.acquire(parse_timeout(blocking, w_timeout)))


def _lock_release(w_self):
    assert isinstance(w_self, W_Lock)
    if not w_self.locked:
        raise oefmt(exc.w_RuntimeError, "release unlocked lock")
    w_self.locked = False
    return space.w_None


ACQUIRE_DOC = ("Lock the lock.  Without argument, this blocks if the lock "
               "is already\nlocked (even by the same thread), waiting for "
               "another thread to release\nthe lock, and return True once "
               "the lock is acquired.\nWith an argument, this will only "
               "block if the argument is true,\nand the return value "
               "reflects whether the lock is acquired.\nThe blocking "
               "operation is interruptible.")


@method(w_lock_type, 'acquire(self, blocking: bool = True, timeout=NULL)',
        W_Lock, doc=ACQUIRE_DOC)
def lock_acquire(w_self, blocking, w_timeout):
    return _lock_acquire(w_self, blocking, w_timeout)


@method(w_lock_type, 'acquire_lock(self, blocking: bool = True, '
        'timeout=NULL)', W_Lock, doc=ACQUIRE_DOC)
def lock_acquire_lock(w_self, blocking, w_timeout):
    return _lock_acquire(w_self, blocking, w_timeout)


@method(w_lock_type, '__enter__(self, blocking: bool = True, timeout=NULL)',
        W_Lock, doc=ACQUIRE_DOC)
def lock_enter(w_self, blocking, w_timeout):
    return _lock_acquire(w_self, blocking, w_timeout)


@method(w_lock_type, 'release(self, /)', W_Lock)
def lock_release(w_self):
    """Release the lock, allowing another thread that is blocked waiting
for the lock to acquire the lock.  The lock must be in the locked state,
but it needn't be locked by the same thread that unlocks it."""
    return _lock_release(w_self)


@method(w_lock_type, 'release_lock(self, /)', W_Lock)
def lock_release_lock(w_self):
    """An obsolete synonym of release()."""
    return _lock_release(w_self)


@method(w_lock_type, '__exit__(self, *args)', W_Lock)
def lock_exit(w_self, args_w):
    """Release the lock."""
    return _lock_release(w_self)


@method(w_lock_type, 'locked(self, /)', W_Lock)
def lock_locked(w_self):
    """Return whether the lock is in the locked state."""
    assert isinstance(w_self, W_Lock)
    return space.newbool(w_self.locked)


@method(w_lock_type, 'locked_lock(self, /)', W_Lock)
def lock_locked_lock(w_self):
    """An obsolete synonym of locked()."""
    assert isinstance(w_self, W_Lock)
    return space.newbool(w_self.locked)


@method(w_lock_type, '_at_fork_reinit(self, /)', W_Lock)
def lock_at_fork_reinit(w_self):
    assert isinstance(w_self, W_Lock)
    w_self.locked = False
    return space.w_None


@staticmethod_(w_lock_type, '__new__(type, *args, **kwargs)')
def lock_new(w_cls, args_w, kw_names, kw_values_w):
    raise oefmt(exc.w_TypeError, "cannot create '_thread.lock' instances")



# ---------------------------------------------------------------- RLock

w_rlock_type = module_type('RLock', '_thread')


class W_RLock(W_Root):
    """_thread.RLock: an owner thread and a recursion count."""
    _attrs_ = ['owner', 'count']

    def __init__(self):
        self.owner = 0
        self.count = 0

    def gettype(self):
        return w_rlock_type

    def is_owned(self):
        return self.count > 0 and self.owner == get_ident_value()

    def sp_repr(self):
        state = 'locked' if self.count > 0 else 'unlocked'
        return (u'<%s _thread.RLock object owner=%d count=%d at 0x%s>' %
                (state.decode('ascii'), self.owner, self.count,
                 _hex_id(self).decode('ascii')))


@constructor(w_rlock_type, 'RLock(*args, **kwargs)')
def rlock_new(w_cls, args_w, kw_names, kw_values_w):
    return W_RLock()


def _rlock_acquire(w_self, blocking, w_timeout):
    assert isinstance(w_self, W_RLock)
    timeout = parse_timeout(blocking, w_timeout)
    me = get_ident_value()
    if w_self.count > 0 and w_self.owner == me:
        w_self.count += 1
        return space.w_True
    if w_self.count > 0:
        return space.newbool(wait_for_nobody(timeout))
    w_self.owner = me
    w_self.count = 1
    return space.w_True


def _rlock_release(w_self):
    assert isinstance(w_self, W_RLock)
    if not w_self.is_owned():
        raise oefmt(exc.w_RuntimeError, "cannot release un-acquired lock")
    w_self.count -= 1
    if w_self.count == 0:
        w_self.owner = 0
    return space.w_None


RLOCK_ACQUIRE_DOC = (
    "Lock the lock.  `blocking` indicates whether we should wait\nfor the "
    "lock to be available or not.  If `blocking` is False\nand another "
    "thread holds the lock, the method will return False\nimmediately.  "
    "If `blocking` is True and another thread holds\nthe lock, the method "
    "will wait for the lock to be released,\ntake it and then return True."
    "\n(note: the blocking operation is interruptible.)\n\nIn all other "
    "cases, the method will return True immediately.\nPrecisely, if the "
    "current thread already holds the lock, its\ninternal counter is "
    "simply incremented. If nobody holds the lock,\nthe lock is taken and "
    "its internal counter initialized to 1.")


@method(w_rlock_type, 'acquire(self, blocking: bool = True, timeout=NULL)',
        W_RLock, doc=RLOCK_ACQUIRE_DOC)
def rlock_acquire(w_self, blocking, w_timeout):
    return _rlock_acquire(w_self, blocking, w_timeout)


@method(w_rlock_type, '__enter__(self, blocking: bool = True, '
        'timeout=NULL)', W_RLock, doc=RLOCK_ACQUIRE_DOC)
def rlock_enter(w_self, blocking, w_timeout):
    return _rlock_acquire(w_self, blocking, w_timeout)


@method(w_rlock_type, 'release(self, /)', W_RLock)
def rlock_release(w_self):
    """Release the lock, allowing another thread that is blocked waiting
for the lock to acquire the lock."""
    return _rlock_release(w_self)


@method(w_rlock_type, '__exit__(self, *args)', W_RLock)
def rlock_exit(w_self, args_w):
    """Release the lock."""
    return _rlock_release(w_self)


@method(w_rlock_type, '_is_owned(self, /)', W_RLock)
def rlock_is_owned(w_self):
    """For internal use by `threading.Condition`."""
    assert isinstance(w_self, W_RLock)
    return space.newbool(w_self.is_owned())


@method(w_rlock_type, '_recursion_count(self, /)', W_RLock)
def rlock_recursion_count(w_self):
    """For internal use by reentrancy checks."""
    assert isinstance(w_self, W_RLock)
    if w_self.is_owned():
        return newint(w_self.count)
    return newint(0)


@method(w_rlock_type, '_release_save(self, /)', W_RLock)
def rlock_release_save(w_self):
    """For internal use by `threading.Condition`."""
    assert isinstance(w_self, W_RLock)
    if w_self.count == 0:
        raise oefmt(exc.w_RuntimeError, "cannot release un-acquired lock")
    count, owner = w_self.count, w_self.owner
    w_self.count = 0
    w_self.owner = 0
    return newtuple([newint(count), newint(owner)])


@method(w_rlock_type, '_acquire_restore(self, state, /)', W_RLock)
def rlock_acquire_restore(w_self, w_state):
    """For internal use by `threading.Condition`."""
    assert isinstance(w_self, W_RLock)
    if not isinstance(w_state, W_TupleObject) or \
            len(w_state.items_w) != 2:
        if isinstance(w_state, W_TupleObject):
            raise oefmt(exc.w_TypeError, "_acquire_restore() argument 1 "
                        "must be sequence of length 2, not %d" %
                        len(w_state.items_w))
        raise oefmt(exc.w_TypeError, "_acquire_restore() argument 1 must "
                    "be 2-item sequence, not %s" %
                    space.type_name(w_state))
    count = space.int_w(w_state.items_w[0])
    owner = space.int_w(w_state.items_w[1])
    if w_self.count > 0 and w_self.owner != get_ident_value():
        wait_for_nobody(UNSET)
    w_self.owner = owner
    w_self.count = count
    return space.w_None


@method(w_rlock_type, '_at_fork_reinit(self, /)', W_RLock)
def rlock_at_fork_reinit(w_self):
    assert isinstance(w_self, W_RLock)
    w_self.owner = 0
    w_self.count = 0
    return space.w_None


# ---------------------------------------------------------------- _local

w_local_type = module_type('_local', '_thread')
w_local_type.dict_w['__doc__'] = newstr(u'Thread-local data')
w_local_type.terminator = Terminator(w_local_type, 0, True)


@staticmethod_(w_local_type, '__new__(type, /, *args, **kwargs)')
def local_new(w_cls, args_w, kw_names, kw_values_w):
    from fastpy.objspace.typemethods import object_init
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError,
                    "_thread._local.__new__(X): X is not a type object (%s)"
                    % space.type_name(w_cls))
    if not w_cls.is_subtype(w_local_type):
        raise oefmt(exc.w_TypeError,
                    "_thread._local.__new__(%s): %s is not a subtype of "
                    "_thread._local" % (w_cls.name, w_cls.name))
    has_args = len(args_w) > 0 or (kw_names is not None and
                                   len(kw_names) > 0)
    if has_args and w_cls.lookup('__init__') is object_init.w_func:
        raise oefmt(exc.w_TypeError,
                    "Initialization arguments are not supported")
    return W_ObjectInstance(w_cls)

# A heap subclass must reach this __new__ through type.__call__.
w_local_type.dict_w['__new__'] = W_StaticMethod(
    w_local_type.dict_w['__new__'], immortal=True)


def _local_get_dict(w_obj):
    w_dict = w_obj.getdict()
    if w_dict is None:
        raise oefmt(exc.w_AttributeError,
                    "'%s' object has no attribute '__dict__'" %
                    space.type_name(w_obj))
    return w_dict

getset(w_local_type, '__dict__', _local_get_dict)


# ---------------------------------------------------------------- functions

@module.function('allocate_lock()')
def thread_allocate_lock():
    """Create a new lock object. See help(type(threading.Lock())) for
information about locks."""
    return W_Lock()


@module.function('allocate()')
def thread_allocate():
    """An obsolete synonym of allocate_lock()."""
    return W_Lock()


@module.function('_set_sentinel()')
def thread_set_sentinel():
    """Set a sentinel lock that will be released when the current thread
state is finalized (it is not released before the process ends)."""
    return W_Lock()


@module.function('get_ident()')
def thread_get_ident():
    """Return a non-zero integer that uniquely identifies the current thread
amongst other threads that exist simultaneously."""
    return newint(get_ident_value())


@module.function('get_native_id()')
def thread_get_native_id():
    """Return a non-negative integer identifying the thread as reported
by the OS (kernel)."""
    return newint(os.getpid())


@module.function('_count()')
def thread_count():
    """Return the number of currently running Python threads, excluding
the main thread (always 0 in fastpy)."""
    return newint(0)


class _StackSize(object):
    size = 0

stack_size_state = _StackSize()


@module.function('stack_size(size=0, /)')
def thread_stack_size(w_size):
    """Return the thread stack size used when creating new threads."""
    size = space.int_w(w_size)
    if size < 0:
        raise oefmt(exc.w_ValueError, "size must be 0 or a positive value")
    if size != 0 and size < 32768:
        raise oefmt(exc.w_ValueError, "size not valid: %d bytes" % size)
    old = stack_size_state.size
    stack_size_state.size = size
    return newint(old)


def _start_new_thread(w_func, w_args, w_kwargs):
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.modules.builtinfuncs import callable_w
    if not callable_w(w_func):
        raise oefmt(exc.w_TypeError, "first arg must be callable")
    if not isinstance(w_args, W_TupleObject):
        raise oefmt(exc.w_TypeError, "2nd arg must be a tuple")
    if w_kwargs is not None and not isinstance(w_kwargs, W_DictObject):
        raise oefmt(exc.w_TypeError, "optional 3rd arg must be a dictionary")
    raise oefmt(exc.w_RuntimeError, "can't start new thread")


START_DOC = ("Start a new thread and return its identifier (fastpy: "
             "raises RuntimeError,\nit runs a single thread).")


@module.function('start_new_thread(function, args, kwargs=NULL, /)',
                 doc=START_DOC)
def thread_start_new_thread(w_func, w_args, w_kwargs):
    return _start_new_thread(w_func, w_args, w_kwargs)


@module.function('start_new(function, args, kwargs=NULL, /)',
                 doc=START_DOC)
def thread_start_new(w_func, w_args, w_kwargs):
    return _start_new_thread(w_func, w_args, w_kwargs)


def _exit():
    raise OperationError(exc.W_BaseException(exc.w_SystemExit, []))


@module.function('exit()')
def thread_exit():
    """This is synonymous to ``raise SystemExit''."""
    _exit()
    return space.w_None


@module.function('exit_thread()')
def thread_exit_thread():
    """An obsolete synonym of exit()."""
    _exit()
    return space.w_None


@module.function('interrupt_main(signum=2, /)')
def thread_interrupt_main(w_signum):
    """Simulate the arrival of the given signal in the main thread.  A
subthread can use this function to interrupt the main thread."""
    signum = space.int_w(w_signum)
    if signum < 1 or signum >= NSIG:
        raise oefmt(exc.w_ValueError, "signal number out of range")
    if signum == SIGINT:
        # The default SIGINT handler: KeyboardInterrupt in the main
        # thread (which is the caller).
        raise OperationError(exc.W_BaseException(exc.w_KeyboardInterrupt,
                                                 []))
    return space.w_None


# ---------------------------------------------------------------- excepthook

w_excepthookargs_type = make_structseq_type(
    '_thread', '_ExceptHookArgs',
    ['exc_type', 'exc_value', 'exc_traceback', 'thread'],
    doc='ExceptHookArgs\n\nType used to pass arguments to '
    'threading.excepthook.')


def _call_method(w_obj, name, args_w):
    from fastpy.objspace import refcount
    from fastpy.objspace.attribute import _call
    w_meth = space.getattr_w(w_obj, name)
    refcount.incref(w_meth)
    try:
        refcount.discard(_call(w_meth, args_w))
    finally:
        refcount.decref(w_meth)


@module.function('_excepthook(exc_type, /)')
def thread_excepthook(w_args):
    """excepthook(exc_type, exc_value, exc_traceback, thread)

Handle uncaught Thread.run() exception."""
    from fastpy.interpreter import traceback
    from fastpy.interpreter import importing
    from fastpy.objspace.structseq import W_StructSeq
    if not (isinstance(w_args, W_StructSeq) and
            w_args.gettype() is w_excepthookargs_type):
        raise oefmt(exc.w_TypeError, "_thread.excepthook argument type "
                    "must be ExceptHookArgs")
    w_exc_type = w_args.items_w[0]
    if w_exc_type is exc.w_SystemExit:
        return space.w_None
    w_value = w_args.items_w[1]
    w_thread = w_args.items_w[3]
    w_file = None
    w_sys = importing.state.w_sys
    if w_sys is not None:
        w_file = w_sys.w_dict.getitem_str('stderr')
    if w_file is None or w_file is space.w_None:
        if w_thread is space.w_None:
            return space.w_None
        w_file = space.getattr_w(w_thread, '_stderr')
        if w_file is space.w_None:
            return space.w_None
    if w_thread is not space.w_None:
        w_name = space.getattr_w(w_thread, 'name')
        name = space.str_u(w_name)
    else:
        name = (u'%d' % get_ident_value())
    _call_method(w_file, 'write', [newstr(u'Exception in thread ')])
    _call_method(w_file, 'write', [newstr(name)])
    _call_method(w_file, 'write', [newstr(u':\n')])
    if isinstance(w_value, exc.W_BaseException):
        text = traceback.format_exception(
            OperationError(w_value)).decode('utf-8')
    else:
        text = u'%s\n' % space.str_u(w_value)
    _call_method(w_file, 'write', [newstr(text)])
    _call_method(w_file, 'flush', [])     # as _PyErr_Display does
    _call_method(w_file, 'flush', [])
    return space.w_None


@module.initializer
def init_thread(w_dict):
    w_dict.setitem_str('LockType', w_lock_type)
    w_dict.setitem_str('RLock', w_rlock_type)
    w_dict.setitem_str('_local', w_local_type)
    w_dict.setitem_str('error', exc.w_RuntimeError)
    w_dict.setitem_str('TIMEOUT_MAX', newfloat(TIMEOUT_MAX))
    w_dict.setitem_str('_ExceptHookArgs', w_excepthookargs_type)
