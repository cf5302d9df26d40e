"""The sys module, made at start-up by `make_sys_module` (main.py).

Values are CPython 3.11's on x86-64 Linux where fastpy has no reason to
differ (float_info, int_info, hash_info, maxunicode, ...).  fastpy's own
answers: implementation.name 'fastpy' with cache_tag None (no .pyc is
looked for or written), flags.dont_write_bytecode 1, flags.no_site 1
(site is not imported), flags.hash_randomization 0 (str hashes do not
vary between runs).  `stdin`/`stdout`/`stderr` are installed by `_io`.

Trace and profile functions are called as CPython calls them
(interpreter/tracing.py).  `_getframe(0)` is the caller's frame; deeper
frames are not kept (ValueError, which the stdlib's callers expect when
the stack is not deep enough).  State that holds Python objects (trace
and profile functions, audit hooks) lives in a W_SysHooks held by the
module object, so the heap checker sees it.
"""

import os

from rpython.rlib.rarithmetic import LONG_BIT
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import make_builtin, getset
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.frameaccess import frame_builtin, take_caller, \
    frame_locals
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.dictobject import newdict
from fastpy.objspace.listobject import newlist, W_ListObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.floatobject import newfloat
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.strobject import W_StrObject, newstr, str_to_utf8
from fastpy.objspace.tupleobject import newtuple, W_TupleObject
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.structseq import make_structseq_type, new_structseq
from fastpy.objspace.namespaceobject import new_namespace
from fastpy import config
from fastpy.objspace import intstrlimit
from fastpy import version


def sys_exit(args):
    args_w = list(args.args_w)
    raise OperationError(exc.W_BaseException(exc.w_SystemExit, args_w))


def sys_exc_info(args):
    """(type, value, traceback) of the exception being handled, or three
    Nones (interpreter/excrt.py)."""
    from fastpy.interpreter.excrt import current_handled
    w_exc = current_handled()
    if w_exc is None:
        return newtuple([space.w_None, space.w_None, space.w_None])
    assert isinstance(w_exc, exc.W_BaseException)
    w_tb = w_exc.w_traceback
    if w_tb is None:
        w_tb = space.w_None
    return newtuple([w_exc.gettype(), w_exc, w_tb])


def sys_exception(args):
    """The exception being handled, or None."""
    from fastpy.interpreter.excrt import current_handled
    w_exc = current_handled()
    if w_exc is None:
        return space.w_None
    return w_exc


# Builtin function objects are prebuilt: RPython creates no closures at
# run time.
w_exc_info = make_builtin('exc_info', sys_exc_info, 0, 0)
w_exception = make_builtin('exception', sys_exception, 0, 0)
w_exit = make_builtin('exit', sys_exit, 0, 1)
for _w in [w_exc_info, w_exception, w_exit]:
    _w.module_name = 'sys'

# The functions below are declared on a ModuleDef (for their __module__);
# sys is not in the registry: make_sys_module puts them in its dict.
sysdef = ModuleDef('sys')


# ---------------------------------------------------------------- state

class SysState(object):
    """What main.py knows of the command line (set_command_line)."""
    def __init__(self):
        self.argv0 = ''            # the interpreter as it was invoked
        self.orig_argv = None      # the whole command line, or None
        self.w_hooks = None        # W_SysHooks of the current sys module

state = SysState()


def set_command_line(argv):
    """main.py: the process's argv (for sys.executable, sys.orig_argv)."""
    if len(argv) > 0:
        state.argv0 = argv[0]
    state.orig_argv = list(argv)


w_syshooks_type = W_TypeObject('sys_hooks', w_object_type)


class W_SysHooks(W_Counted):
    """Python objects sys keeps out of its dict: trace and profile
    functions, audit hooks.  Held by the sys module object."""
    _attrs_ = ['w_trace', 'w_profile', 'hooks_w']

    def __init__(self):
        self.w_trace = None
        self.w_profile = None
        self.hooks_w = []

    def gettype(self):
        return w_syshooks_type

    def referents(self):
        result = []
        if self.w_trace is not None:
            result.append(self.w_trace)
        if self.w_profile is not None:
            result.append(self.w_profile)
        for w_hook in self.hooks_w:
            result.append(w_hook)
        return result

    def release_children(self):
        w_trace, w_profile = self.w_trace, self.w_profile
        hooks_w = self.hooks_w
        self.w_trace = self.w_profile = None
        self.hooks_w = []
        from fastpy.interpreter import tracing
        if tracing.state.active:
            tracing.state.active = False
        refcount.decref(w_trace)
        refcount.decref(w_profile)
        for w_hook in hooks_w:
            refcount.decref(w_hook)


class W_SysModule(W_Module):
    """The sys module: a module that also holds its W_SysHooks."""
    _attrs_ = ['w_hooks']

    def __init__(self, w_dict, w_hooks):
        W_Module.__init__(self, 'sys', w_dict)
        self.w_hooks = w_hooks
        refcount.incref(w_hooks)

    def referents(self):
        return [self.w_dict, self.w_hooks]


def current_hooks():
    """The trace and profile functions (tracing.py reads them)."""
    return _hooks()


def _hooks():
    w_hooks = state.w_hooks
    if w_hooks is None:
        w_hooks = W_SysHooks()
        refcount.incref(w_hooks)
        state.w_hooks = w_hooks
    return w_hooks


# ---------------------------------------------------------------- recursion

@sysdef.function('getrecursionlimit()')
def sys_getrecursionlimit():
    """Return the current value of the recursion limit."""
    from fastpy.interpreter.eval import ec
    return newint(ec.recursion_limit)


@sysdef.function('setrecursionlimit(limit, /)')
def sys_setrecursionlimit(w_limit):
    """Set the maximum depth of the Python interpreter stack to n."""
    from fastpy.interpreter.eval import ec
    from fastpy.objspace.floatobject import W_FloatObject
    if isinstance(w_limit, W_FloatObject):
        raise oefmt(exc.w_TypeError,
                    "'float' object cannot be interpreted as an integer")
    limit = _c_int(w_limit)
    if limit < 1:
        raise oefmt(exc.w_ValueError,
                    "recursion limit must be greater or equal than 1")
    # CPython counts this builtin's own call in the depth.
    depth = ec.depth + 1
    if limit <= depth:
        raise oefmt(exc.w_RecursionError,
                    "cannot set the recursion limit to %d at the recursion "
                    "depth %d: the limit is too low" % (limit, depth))
    ec.recursion_limit = limit
    return space.w_None


def _c_int(w_value):
    """A C int argument (index protocol), with CPython's OverflowError."""
    from fastpy.objspace.longobject import W_LongObject
    if isinstance(w_value, W_LongObject):
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    value = space.int_w(w_value)
    if value > 2147483647 or value < -2147483648:
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    return value


# ---------------------------------------------------------------- objects

IMMORTAL_COUNT = 1 << 30


@frame_builtin('getrefcount(object, /)')
def sys_getrefcount(w_obj):
    """Return the reference count of object."""
    from fastpy.interpreter.eval import ec
    frame = ec.caller_frame
    ec.caller_frame = None
    if not w_obj.counted:
        return newint(IMMORTAL_COUNT)
    # CPython counts the argument's stack entry.  A stack entry pushed
    # from a local is borrowed here (frame.py): add it.
    if isinstance(w_obj, W_Counted):
        count = w_obj.refcount
    else:
        count = w_obj.get_refcount()    # user subclasses of int, str...
    if frame is None:
        count += 1
    else:
        top = frame.stackdepth - 1
        if top >= 0 and frame.locals_stack_w[top] is w_obj and \
                frame.borrowed[top]:
            count += 1
    return newint(count)

sys_getrefcount.w_func.module_name = 'sys'
sysdef.add_function(sys_getrefcount.w_func)


_interned = {}      # unicode -> W_StrObject


@sysdef.function('intern(string, /)')
def sys_intern(w_string):
    """``Intern'' the given string."""
    if not isinstance(w_string, W_StrObject):
        raise oefmt(exc.w_TypeError, "intern() argument must be str, not %s"
                    % space.type_name(w_string))
    if w_string.is_user:
        raise oefmt(exc.w_TypeError, "can't intern %s" %
                    space.type_name(w_string))
    w_known = _interned.get(w_string.value, None)
    if w_known is not None:
        return w_known
    _interned[w_string.value] = w_string
    return w_string


@sysdef.function('getsizeof(object, default=NULL)')
def sys_getsizeof(w_obj, w_default):
    """getsizeof(object [, default]) -> int"""
    size = builtin_sizeof(w_obj)
    if size >= 0:
        return newint(size)
    from fastpy.objspace import protocol
    try:
        w_res = protocol.call_special(w_obj, '__sizeof__', [])
    except OperationError as e:
        if w_default is not None and e.match(exc.w_TypeError):
            refcount.discard(e.w_exc)
            return w_default
        raise
    if w_res is None:
        if w_default is not None:
            return w_default
        raise oefmt(exc.w_TypeError, "Type %s doesn't define __sizeof__" %
                    space.type_name(w_obj))
    if not space.is_int(w_res):
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError,
                    "an integer is required")
    size = space.int_w(w_res)
    if size < 0:
        raise oefmt(exc.w_ValueError, "__sizeof__() should return >= 0")
    if w_obj.counted:
        size += 16          # the GC header of container objects
    from fastpy.objspace.mapdict import W_ObjectInstance, get_terminator
    if isinstance(w_obj, W_ObjectInstance):
        w_type = w_obj.gettype()
        if w_type.is_heaptype and get_terminator(w_type).has_dict:
            size += 16      # the managed dict's pre-header
    return newint(size)


def builtin_sizeof(w_obj):
    """CPython 3.11's size of the common builtin objects, or -1."""
    from fastpy.objspace.intobject import W_IntObject
    from fastpy.objspace.longobject import W_LongObject
    from fastpy.objspace.floatobject import W_FloatObject
    from fastpy.objspace.complexobject import W_ComplexObject
    from fastpy.objspace.bytesobject import W_BytesObject
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.objspace.noneobject import W_NoneObject
    from fastpy.objspace.setobject import W_SetObject, W_FrozenSetObject
    from fastpy.objspace.mapdict import W_ObjectInstance, get_terminator
    if w_obj.is_user and not isinstance(w_obj, W_ObjectInstance):
        return -1
    if isinstance(w_obj, W_IntObject):
        v = w_obj.intval
        ndigits = 0
        while v != 0:
            ndigits += 1
            v = v // (1 << 30) if v > 0 else -((-v) // (1 << 30))
        return 24 + 4 * max(ndigits, 1)
    if isinstance(w_obj, W_LongObject):
        bits = w_obj.bigval.abs().bit_length()
        return 24 + 4 * max((bits + 29) // 30, 1)
    if isinstance(w_obj, W_FloatObject):
        return 24
    if isinstance(w_obj, W_ComplexObject):
        return 32
    if isinstance(w_obj, W_NoneObject):
        return 16
    if isinstance(w_obj, W_StrObject):
        u = w_obj.value
        maxchar = 0
        for c in u:
            if ord(c) > maxchar:
                maxchar = ord(c)
        n = len(u)
        if maxchar < 128:
            return 49 + n
        if maxchar < 256:
            return 73 + n
        if maxchar < 65536:
            return 74 + 2 * n
        return 76 + 4 * n
    if isinstance(w_obj, W_BytesObject):
        return 33 + len(w_obj.value)
    if isinstance(w_obj, W_TupleObject):
        return 40 + 8 * len(w_obj.items_w)
    if isinstance(w_obj, W_ListObject):
        return 56 + 8 * w_obj.length()
    if isinstance(w_obj, W_DictObject):
        return _dict_sizeof(w_obj)
    if isinstance(w_obj, W_SetObject) or isinstance(w_obj, W_FrozenSetObject):
        n = space.len_w(w_obj)
        table = 8
        while n * 5 >= table * 3:
            table *= 2
        if table == 8:
            return 216
        return 216 + 16 * table
    if isinstance(w_obj, W_ObjectInstance):
        w_type = w_obj.gettype()
        if w_type is w_object_type:
            return 16
        if w_type.lookup('__sizeof__') is not _object_sizeof():
            return -1
        term = get_terminator(w_type)
        size = 32 + 8 * term.nslots
        if term.has_dict:
            size += 24
        return size
    return -1


def _object_sizeof():
    from fastpy.objspace.typemethods import object_sizeof
    return object_sizeof.w_func


def _dict_sizeof(w_dict):
    n = w_dict.length()
    if n == 0:
        return 64
    all_str = True
    for w_key in w_dict.keys():
        if not isinstance(w_key, W_StrObject):
            all_str = False
            break
    # a dict presized for n items (CPython's _PyDict_FromItems)
    minsize = (n * 3 + 1) // 2
    size = 8
    while size < minsize:
        size *= 2
    usable = (size << 1) // 3
    if size <= 128:
        index_bytes = size
    elif size <= 1 << 16:
        index_bytes = 2 * size
    else:
        index_bytes = 4 * size
    entry = 16 if all_str else 24
    return 64 + 32 + index_bytes + usable * entry


# ---------------------------------------------------------------- encodings

@sysdef.function('getdefaultencoding()')
def sys_getdefaultencoding():
    """Return the current default encoding used by the Unicode implementation."""
    return newstr(u'utf-8')


@sysdef.function('getfilesystemencoding()')
def sys_getfilesystemencoding():
    """Return the encoding used to convert Unicode filenames to OS filenames."""
    return newstr(u'utf-8')


@sysdef.function('getfilesystemencodeerrors()')
def sys_getfilesystemencodeerrors():
    """Return the error mode used Unicode to OS filename conversion."""
    return newstr(u'surrogateescape')


@sysdef.function('get_int_max_str_digits()')
def sys_get_int_max_str_digits():
    """Return the maximum string digits limit for non-binary int<->str conversions."""
    return newint(intstrlimit.limit.max_digits)


@sysdef.function('set_int_max_str_digits(maxdigits)')
def sys_set_int_max_str_digits(w_maxdigits):
    """Set the maximum string digits limit for non-binary int<->str conversions."""
    maxdigits = _c_int(w_maxdigits)
    if not intstrlimit.valid(maxdigits):
        raise oefmt(exc.w_ValueError, "maxdigits must be 0 or larger than %d"
                    % intstrlimit.CHECK_THRESHOLD)
    intstrlimit.limit.max_digits = maxdigits
    return space.w_None


@sysdef.function('is_finalizing()')
def sys_is_finalizing():
    """Return True if Python is exiting."""
    return space.w_False


@sysdef.function('getswitchinterval()')
def sys_getswitchinterval():
    """Return the current thread switch interval; see sys.setswitchinterval()."""
    return newfloat(state_switch.interval)


class _SwitchInterval(object):
    interval = 0.005

state_switch = _SwitchInterval()


@sysdef.function('setswitchinterval(interval: float, /)')
def sys_setswitchinterval(interval):
    """Set the ideal thread switching delay inside the Python interpreter."""
    if interval <= 0.0:
        raise oefmt(exc.w_ValueError, "switch interval must be strictly "
                    "positive")
    state_switch.interval = interval
    return space.w_None


# ---------------------------------------------------------------- hooks

def _sys_attr(name):
    """sys.<name> from the sys module's dict, or None."""
    from fastpy.interpreter import importing
    w_sys = importing.state.w_sys
    if w_sys is None:
        return None
    return w_sys.w_dict.getitem_str(name)


def _write(stream_name, text):
    """Write to sys.<stream_name> when _io installed it, else to the
    process's own stream."""
    from fastpy.modules import outstream
    from fastpy.objspace.attribute import _call
    w_stream = _sys_attr(stream_name)
    if w_stream is None or w_stream is space.w_None:
        if stream_name == 'stdout':
            outstream.stdout.write(text)
        else:
            outstream.write_stderr(text)
        return
    w_write = space.getattr_w(w_stream, 'write')
    refcount.incref(w_write)
    try:
        refcount.discard(_call(w_write, [space.newtext(text)]))
    finally:
        refcount.decref(w_write)


@sysdef.function('displayhook(object, /)')
def sys_displayhook(w_obj):
    """Print an object to sys.stdout and also save it in builtins._"""
    from fastpy.interpreter.eval import ec
    if w_obj is space.w_None:
        return space.w_None
    w_builtins = ec.w_builtins
    w_builtins.setitem_str('_', space.w_None)
    text = str_to_utf8(space.repr_u(w_obj))
    _write('stdout', text + '\n')
    w_builtins.setitem_str('_', w_obj)
    return space.w_None


@sysdef.function('excepthook(exctype, value, traceback, /)')
def sys_excepthook(w_type, w_value, w_tb):
    """Handle an exception by displaying it with a traceback on sys.stderr."""
    from fastpy.interpreter import traceback
    if not isinstance(w_value, exc.W_BaseException):
        _write('stderr', "TypeError: print_exception(): Exception expected "
               "for value, %s found\n" % space.type_name(w_value))
        return space.w_None
    if w_value.w_traceback is None and isinstance(w_tb, exc.W_Traceback):
        # _PyErr_Display puts the traceback given on an exception that
        # has none, so that it is shown (bpo-18776)
        w_value.set_traceback(w_tb)
    _write('stderr', traceback.format_exception(OperationError(w_value)))
    return space.w_None


w_unraisablehookargs_type = make_structseq_type(
    'sys', 'UnraisableHookArgs',
    ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'],
    doc='UnraisableHookArgs\n\nType used to pass arguments to '
    'sys.unraisablehook.')


def unraisable_text(w_exc, err_msg, w_obj):
    """What the default unraisable hook prints: "<err_msg>: repr(obj)"
    (err_msg None: "Exception ignored in"), then the traceback."""
    from fastpy.interpreter import traceback
    text = ''
    if w_obj is not None and w_obj is not space.w_None:
        if err_msg is None:
            err_msg = 'Exception ignored in'
        try:
            what = str_to_utf8(space.repr_u(w_obj))
        except OperationError as e2:
            refcount.discard(e2.w_exc)
            what = '<object repr() failed>'
        text = '%s: %s\n' % (err_msg, what)
    elif err_msg is not None:
        text = '%s:\n' % err_msg
    if isinstance(w_exc, exc.W_BaseException):
        text += traceback.format_exception(OperationError(w_exc),
                                           suggest=False)
    return text


@sysdef.function('unraisablehook(unraisable, /)')
def sys_unraisablehook(w_args):
    """Handle an unraisable exception.

The unraisable argument has the following attributes:

* exc_type: Exception type.
* exc_value: Exception value, can be None.
* exc_traceback: Exception traceback, can be None.
* err_msg: Error message, can be None.
* object: Object causing the exception, can be None."""
    from fastpy.objspace.structseq import W_StructSeq
    if not (isinstance(w_args, W_StructSeq) and
            w_args.gettype() is w_unraisablehookargs_type):
        raise oefmt(exc.w_TypeError, "sys.unraisablehook argument type "
                    "must be UnraisableHookArgs")
    w_msg = w_args.items_w[3]
    err_msg = None
    if isinstance(w_msg, W_StrObject):
        err_msg = str_to_utf8(w_msg.value)
    _write('stderr', unraisable_text(w_args.items_w[1], err_msg,
                                     w_args.items_w[4]))
    return space.w_None


def call_unraisablehook(operr, w_obj, prefix):
    """An exception nothing can catch (in __del__, a weakref callback, a
    generator being finalized): when the program replaced
    sys.unraisablehook, call it and return True; the default hook is
    the caller's own printing.  `prefix` is the message before repr(obj),
    "Exception ignored in: " or a more specific one."""
    from fastpy.objspace.attribute import _call
    w_hook = _sys_attr('unraisablehook')
    if w_hook is None or w_hook is sys_unraisablehook.w_func:
        return False
    w_exc = operr.w_exc
    assert isinstance(w_exc, exc.W_BaseException)
    w_tb = w_exc.w_traceback
    if w_tb is None:
        w_tb = space.w_None
    w_msg = space.w_None
    if prefix != 'Exception ignored in: ' and prefix.endswith(': '):
        end = len(prefix) - 2
        assert end >= 0
        w_msg = space.newtext(prefix[:end])
    w_args = new_structseq(w_unraisablehookargs_type, [
        w_exc.gettype(), w_exc, w_tb, w_msg,
        space.w_None if w_obj is None else w_obj])
    refcount.incref(w_args)
    refcount.incref(w_hook)
    try:
        try:
            refcount.discard(_call(w_hook, [w_args]))
        except OperationError as e2:
            # The hook's own error is reported in place of the
            # original exception, as CPython does.
            from fastpy.modules import outstream
            outstream.write_stderr(unraisable_text(
                e2.w_exc, 'Exception ignored in sys.unraisablehook',
                w_hook))
            refcount.discard(e2.w_exc)
    finally:
        refcount.decref(w_hook)
        refcount.decref(w_args)
    return True


@sysdef.function('audit(event, /, *args)')
def sys_audit(w_event, args_w):
    """Passes the event to any audit hooks that are attached."""
    from fastpy.objspace.attribute import _call
    if not isinstance(w_event, W_StrObject):
        raise oefmt(exc.w_TypeError, "expected str for argument 'event', "
                    "not %s" % space.type_name(w_event))
    w_hooks = _hooks()
    if len(w_hooks.hooks_w) == 0:
        return space.w_None
    w_args = newtuple(args_w)
    refcount.incref(w_args)
    try:
        for w_hook in list(w_hooks.hooks_w):
            refcount.discard(_call(w_hook, [w_event, w_args]))
    finally:
        refcount.decref(w_args)
    return space.w_None


@sysdef.function('addaudithook(hook)')
def sys_addaudithook(w_hook):
    """Adds a new audit hook callback."""
    w_hooks = _hooks()
    refcount.incref(w_hook)
    w_hooks.hooks_w.append(w_hook)
    return space.w_None


@sysdef.function('call_tracing(func, args, /)')
def sys_call_tracing(w_func, w_args):
    """Call func(*args), while tracing is enabled."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    if not isinstance(w_args, W_TupleObject):
        raise oefmt(exc.w_TypeError, "call_tracing() argument 2 must be "
                    "tuple, not %s" % space.type_name(w_args))
    return call_function(w_func, Arguments(list(w_args.items_w)))


@sysdef.function('settrace(function, /)')
def sys_settrace(w_func):
    """Set the global debug tracing function.  It will be called on each
    function call.  See the debugger chapter in the library manual."""
    from fastpy.interpreter import tracing
    w_hooks = _hooks()
    w_old = w_hooks.w_trace
    if w_func is space.w_None:
        w_hooks.w_trace = None
    else:
        refcount.incref(w_func)
        w_hooks.w_trace = w_func
    tracing.update()
    refcount.decref(w_old)
    return space.w_None


@sysdef.function('gettrace()')
def sys_gettrace():
    """Return the global debug tracing function set with sys.settrace."""
    w_trace = _hooks().w_trace
    if w_trace is None:
        return space.w_None
    return w_trace


@sysdef.function('setprofile(function, /)')
def sys_setprofile(w_func):
    """Set the profiling function.  It will be called on each function
    call and return.  See the profiler chapter in the library manual."""
    from fastpy.interpreter import tracing
    w_hooks = _hooks()
    w_old = w_hooks.w_profile
    if w_func is space.w_None:
        w_hooks.w_profile = None
    else:
        refcount.incref(w_func)
        w_hooks.w_profile = w_func
    tracing.update()
    refcount.decref(w_old)
    return space.w_None


@sysdef.function('getprofile()')
def sys_getprofile():
    """Return the profiling function set with sys.setprofile."""
    w_profile = _hooks().w_profile
    if w_profile is None:
        return space.w_None
    return w_profile


# ---------------------------------------------------------------- async gens

@sysdef.function('set_asyncgen_hooks(firstiter=NULL, finalizer=NULL)')
def sys_set_asyncgen_hooks(w_firstiter, w_finalizer):
    """Set a finalizer for async generators objects."""
    from fastpy.interpreter.asyncgenhooks import set_hook
    from fastpy.modules.builtinfuncs import callable_w
    for w_hook, what in [(w_finalizer, 'finalizer'),
                         (w_firstiter, 'firstiter')]:
        if w_hook is not None and w_hook is not space.w_None and \
                not callable_w(w_hook):
            raise oefmt(exc.w_TypeError, "callable %s expected, got %s" %
                        (what, space.type_name(w_hook)))
    for which, w_hook in [(1, w_finalizer), (0, w_firstiter)]:
        if w_hook is not None:
            set_hook(which, None if w_hook is space.w_None else w_hook)
    return space.w_None


@sysdef.function('get_asyncgen_hooks()')
def sys_get_asyncgen_hooks():
    """Return the installed asynchronous generators hooks."""
    from fastpy.interpreter.asyncgenhooks import state as hooks
    w_first = hooks.w_firstiter
    w_fin = hooks.w_finalizer
    return new_structseq(w_asyncgen_hooks_type, [
        space.w_None if w_first is None else w_first,
        space.w_None if w_fin is None else w_fin])


# ---------------------------------------------------------------- frames

@sysdef.function('_getframe(depth: int = 0, /)')
def sys_getframe(depth):
    """Return a frame object from the call stack."""
    from fastpy.interpreter.eval import ec
    from fastpy.interpreter.frameobject import get_frame_object
    frame = ec.getframe(depth)
    if frame is None:
        raise oefmt(exc.w_ValueError, "call stack is not deep enough")
    return get_frame_object(frame)


# ---------------------------------------------------------------- struct seqs

w_version_info_type = make_structseq_type(
    'sys', 'version_info',
    ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    doc='sys.version_info\n\nVersion information as a named tuple.',
    instantiable=False)

w_float_info_type = make_structseq_type(
    'sys', 'float_info',
    ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
     'mant_dig', 'epsilon', 'radix', 'rounds'],
    doc='sys.float_info\n\nA named tuple holding information about the '
    'float type. It contains low level\ninformation about the precision '
    'and internal representation. Please study\nyour system\'s :file:'
    '`float.h` for more information.', instantiable=True)

w_int_info_type = make_structseq_type(
    'sys', 'int_info',
    ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
     'str_digits_check_threshold'],
    doc="sys.int_info\n\nA named tuple that holds information about "
    "Python's\ninternal representation of integers.  The attributes are "
    "read only.", instantiable=True)

w_hash_info_type = make_structseq_type(
    'sys', 'hash_info',
    ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
     'seed_bits', 'cutoff'],
    doc='hash_info\n\nA named tuple providing parameters used for '
    'computing\nhashes. The attributes are read only.', instantiable=True)

FLAG_NAMES = ['debug', 'inspect', 'interactive', 'optimize',
              'dont_write_bytecode', 'no_user_site', 'no_site',
              'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
              'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
              'warn_default_encoding', 'safe_path', 'int_max_str_digits']

w_flags_type = make_structseq_type(
    'sys', 'flags', FLAG_NAMES,
    doc='sys.flags\n\nFlags provided through command line arguments or '
    'environment vars.', instantiable=False)

w_thread_info_type = make_structseq_type(
    'sys', 'thread_info', ['name', 'lock', 'version'],
    doc='sys.thread_info\n\nA named tuple holding information about the '
    'thread implementation.', instantiable=True)

w_asyncgen_hooks_type = make_structseq_type(
    'builtins', 'asyncgen_hooks', ['firstiter', 'finalizer'],
    doc='asyncgen_hooks\n\nA named tuple providing information about '
    'asynchronous\ngenerators hooks.  The attributes are read only.',
    instantiable=False)

HEXVERSION = ((version.PYTHON_MAJOR << 24) | (version.PYTHON_MINOR << 16) |
              (version.PYTHON_MICRO << 8) | (0xF << 4))
API_VERSION = 1013
MULTIARCH = 'x86_64-linux-gnu'


def new_version_info():
    return new_structseq(w_version_info_type, [
        newint(version.PYTHON_MAJOR), newint(version.PYTHON_MINOR),
        newint(version.PYTHON_MICRO), newstr(u'final'), newint(0)])


def _float_info():
    return new_structseq(w_float_info_type, [
        newfloat(1.7976931348623157e+308), newint(1024), newint(308),
        newfloat(2.2250738585072014e-308), newint(-1021), newint(-307),
        newint(15), newint(53), newfloat(2.220446049250313e-16), newint(2),
        newint(1)])


def _int_info():
    return new_structseq(w_int_info_type, [
        newint(30), newint(4), newint(config.INT_MAX_STR_DIGITS),
        newint(640)])


def _hash_info():
    return new_structseq(w_hash_info_type, [
        newint(64), newint((1 << 61) - 1), newint(314159), newint(0),
        newint(1000003), newstr(u'siphash13'), newint(64), newint(128),
        newint(0)])


def _flags():
    values = {'dont_write_bytecode': 1, 'no_site': 1}
    items_w = []
    for name in FLAG_NAMES:
        if name == 'dev_mode' or name == 'safe_path':
            items_w.append(space.w_False)
        elif name == 'int_max_str_digits':
            items_w.append(newint(intstrlimit.limit.from_command_line))
        else:
            items_w.append(newint(values.get(name, 0)))
    return new_structseq(w_flags_type, items_w)


def _thread_info():
    return new_structseq(w_thread_info_type, [
        newstr(u'pthread'), newstr(u'semaphore'), space.w_None])


def _implementation():
    w_ns = new_namespace()
    w_ns.store_attr('name', newstr(u'fastpy'))
    w_ns.store_attr('cache_tag', space.w_None)
    w_ns.store_attr('version', new_version_info())
    w_ns.store_attr('hexversion', newint(HEXVERSION))
    w_ns.store_attr('_multiarch', newstr(MULTIARCH.decode('utf-8')))
    return w_ns


# ---------------------------------------------------------------- paths

def find_executable(argv0):
    """The absolute path of the running program from argv[0] (searched
    on $PATH when it has no '/'), as CPython's getpath does; when argv[0]
    says nothing, the link /proc/self/exe."""
    from fastpy.interpreter.stdlibpath import normalize
    from fastpy.interpreter.importing import path_join, is_file
    if argv0:
        if '/' in argv0:
            return normalize(argv0)
        path = os.environ.get('PATH')
        if path is not None:
            for directory in path.split(':'):
                candidate = path_join(directory, argv0)
                if is_file(candidate) and _executable(candidate):
                    return normalize(candidate)
    try:
        return os.readlink('/proc/self/exe')
    except OSError:
        return ''


def _executable(path):
    try:
        return os.access(path, os.X_OK)
    except OSError:
        return False


def stdlib_prefix(stdlib_dir):
    """<prefix>/lib/python3.11 -> <prefix> ('' without a library)."""
    from fastpy.interpreter.importing import dirname
    if not stdlib_dir:
        return ''
    return dirname(dirname(stdlib_dir))


COPYRIGHT = (
    "Copyright (c) 2001-2023 Python Software Foundation.\n"
    "All Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\n"
    "All Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research "
    "Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
    "All Rights Reserved.")


def _text_list(items):
    return newlist([space.newtext(s) for s in items])


def make_sys_module(argv, path, stdlib_dir):
    """The sys module: `path` is the initial sys.path (main.py),
    `stdlib_dir` the CPython Lib directory in use ('' when none)."""
    from fastpy.modules import registry
    from fastpy.modules.stdlibnames import STDLIB_MODULE_NAMES
    from fastpy.objspace.dictobject import new_module_dict
    from fastpy.objspace.setobject import newfrozenset
    from fastpy.interpreter.eval import ec
    ec.recursion_limit = config.RECURSION_LIMIT
    w_hooks = W_SysHooks()
    w_dict = new_module_dict()
    w_dict.setitem_str('__name__', space.newtext('sys'))
    w_dict.setitem_str('__doc__', space.w_None)
    w_dict.setitem_str('path', newlist([space.newtext(p) for p in path]))
    w_dict.setitem_str('modules', newdict())
    w_dict.setitem_str('meta_path', newlist([]))
    w_dict.setitem_str('path_hooks', newlist([]))
    w_dict.setitem_str('path_importer_cache', newdict())
    w_dict.setitem_str('builtin_module_names', newtuple(
        [space.newtext(n) for n in registry.builtin_module_names()]))
    w_dict.setitem_str('stdlib_module_names', newfrozenset(
        [space.newtext(n) for n in STDLIB_MODULE_NAMES]))
    w_dict.setitem_str('dont_write_bytecode', space.w_True)
    w_dict.setitem_str('pycache_prefix', space.w_None)
    w_dict.setitem_str('_stdlib_dir', space.newtext(stdlib_dir)
                       if stdlib_dir else space.w_None)
    w_dict.setitem_str('argv', newlist([space.newtext(a) for a in argv]))
    executable = find_executable(state.argv0)
    orig_argv = state.orig_argv
    if orig_argv is None:
        orig_argv = [state.argv0 or executable] + argv
    w_dict.setitem_str('orig_argv', _text_list(orig_argv))
    w_dict.setitem_str('executable', space.newtext(executable))
    w_dict.setitem_str('_base_executable', space.newtext(executable))
    prefix = stdlib_prefix(stdlib_dir)
    for name in ['prefix', 'exec_prefix', 'base_prefix',
                 'base_exec_prefix']:
        w_dict.setitem_str(name, space.newtext(prefix))
    w_dict.setitem_str('platlibdir', space.newtext('lib'))
    w_dict.setitem_str('exit', w_exit)
    w_dict.setitem_str('exc_info', w_exc_info)
    w_dict.setitem_str('exception', w_exception)
    for w_func in sysdef.functions_w:
        w_dict.setitem_str(w_func.name, w_func)
    w_dict.setitem_str('__displayhook__', sys_displayhook.w_func)
    w_dict.setitem_str('__excepthook__', sys_excepthook.w_func)
    w_dict.setitem_str('__unraisablehook__', sys_unraisablehook.w_func)
    w_dict.setitem_str('maxsize', newint((1 << (LONG_BIT - 1)) - 1))
    w_dict.setitem_str('maxunicode', newint(0x10ffff))
    w_dict.setitem_str('byteorder', space.newtext('little'))
    w_dict.setitem_str('platform', space.newtext('linux'))
    w_dict.setitem_str('abiflags', space.newtext(''))
    w_dict.setitem_str('float_repr_style', space.newtext('short'))
    w_dict.setitem_str('copyright', space.newtext(COPYRIGHT))
    w_dict.setitem_str('version', space.newtext(version.VERSION_STRING))
    w_dict.setitem_str('implementation_name', space.newtext('fastpy'))
    w_dict.setitem_str('version_info', new_version_info())
    w_dict.setitem_str('hexversion', newint(HEXVERSION))
    w_dict.setitem_str('api_version', newint(API_VERSION))
    w_dict.setitem_str('implementation', _implementation())
    w_dict.setitem_str('float_info', _float_info())
    w_dict.setitem_str('int_info', _int_info())
    w_dict.setitem_str('hash_info', _hash_info())
    w_dict.setitem_str('flags', _flags())
    w_dict.setitem_str('thread_info', _thread_info())
    w_dict.setitem_str('warnoptions', newlist([]))
    w_dict.setitem_str('_xoptions', newdict())
    from fastpy.modules.iomodule import install_std_streams
    install_std_streams(w_dict)     # sys.stdin/stdout/stderr (_io)
    w_module = W_SysModule(w_dict, w_hooks)
    state.w_hooks = w_hooks
    return w_module
