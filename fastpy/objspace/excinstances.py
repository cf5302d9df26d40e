"""Behaviour of builtin exception instances: construction (entry
points; excfields.py has the families, their fields, __new__/__init__
and their str()), str(), the attributes CPython exposes (args,
__cause__, __context__, __traceback__, __notes__, the instance dict of
exceptions of builtin types), add_note() and with_traceback(), and the
attributes of traceback objects.

The attributes are served by `getattr_hook`, called by space.getattr_w
before the type lookup; the family fields (StopIteration.value,
OSError.errno, ...) are getset descriptors in the type dicts.
"""

import errno as _errno

from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.objspace import space, refcount
from fastpy.objspace import exceptions as exc
from fastpy.objspace.exceptions import (W_BaseException,
    W_ExceptionGroup, W_Traceback)
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.intobject import newint


# ---------------------------------------------------------------- creation

def _errno_map():
    pairs = [('EAGAIN', exc.w_BlockingIOError),
             ('EALREADY', exc.w_BlockingIOError),
             ('EWOULDBLOCK', exc.w_BlockingIOError),
             ('EINPROGRESS', exc.w_BlockingIOError),
             ('ECHILD', exc.w_ChildProcessError),
             ('EPIPE', exc.w_BrokenPipeError),
             ('ESHUTDOWN', exc.w_BrokenPipeError),
             ('ECONNABORTED', exc.w_ConnectionAbortedError),
             ('ECONNREFUSED', exc.w_ConnectionRefusedError),
             ('ECONNRESET', exc.w_ConnectionResetError),
             ('EEXIST', exc.w_FileExistsError),
             ('ENOENT', exc.w_FileNotFoundError),
             ('EISDIR', exc.w_IsADirectoryError),
             ('ENOTDIR', exc.w_NotADirectoryError),
             ('EINTR', exc.w_InterruptedError),
             ('EACCES', exc.w_PermissionError),
             ('EPERM', exc.w_PermissionError),
             ('ESRCH', exc.w_ProcessLookupError),
             ('ETIMEDOUT', exc.w_TimeoutError)]
    result = {}
    for name, w_type in pairs:
        if hasattr(_errno, name):
            result[getattr(_errno, name)] = w_type
    return result

ERRNO_MAP = _errno_map()


def new_instance(w_type, args_w):
    """w_type(*args_w) for a builtin exception type (excfields.py has
    the construction)."""
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace.excfields import construct
    return construct(w_type, Arguments(args_w))


def new_exception_group(w_type, args_w):
    name = w_type.name
    if len(args_w) != 2:
        raise oefmt(exc.w_TypeError,
                    "BaseExceptionGroup.__new__() takes exactly 2 arguments "
                    "(%d given)" % len(args_w))
    w_message = args_w[0]
    if not isinstance(w_message, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "BaseExceptionGroup.__new__() argument 1 must be str, "
                    "not %s" % space.type_name(w_message))
    w_seq = args_w[1]
    if isinstance(w_seq, W_TupleObject):
        items_w = list(w_seq.items_w)
    elif isinstance(w_seq, W_ListObject):
        items_w = list(w_seq.getitems_fixedsize())
    else:
        raise oefmt(exc.w_TypeError,
                    "second argument (exceptions) must be a sequence")
    if len(items_w) == 0:
        raise oefmt(exc.w_ValueError,
                    "second argument (exceptions) must be a non-empty "
                    "sequence")
    all_exceptions = True
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_BaseException):
            raise oefmt(exc.w_ValueError,
                        "Item %d of second argument (exceptions) is not an "
                        "exception" % i)
        if not w_item.gettype().is_subtype(exc.w_Exception):
            all_exceptions = False
    if w_type is exc.w_BaseExceptionGroup:
        if all_exceptions:
            w_type = exc.w_ExceptionGroup
    elif w_type is exc.w_ExceptionGroup:
        if not all_exceptions:
            raise oefmt(exc.w_TypeError,
                        "Cannot nest BaseExceptions in an ExceptionGroup")
    elif not all_exceptions and w_type.is_subtype(exc.w_Exception):
        raise oefmt(exc.w_TypeError,
                    "Cannot nest BaseExceptions in '%s'" % name)
    if w_type.is_heaptype:
        from fastpy.objspace.userobjects import W_UserExceptionGroup
        w_group = W_UserExceptionGroup(w_type, list(args_w), w_message,
                                       newtuple(items_w))
        w_group.init_map(w_type)
        return w_group
    return W_ExceptionGroup(w_type, list(args_w), w_message,
                            newtuple(items_w))


# ---------------------------------------------------------------- str()

def exception_str(w_exc):
    if isinstance(w_exc, W_ExceptionGroup):
        w_excs = w_exc.w_exceptions
        assert isinstance(w_excs, W_TupleObject)
        n = len(w_excs.items_w)
        suffix = ' (%d sub-exception%s)' % (n, 's' if n > 1 else '')
        return space.str_u(w_exc.w_message) + suffix.decode('ascii')
    from fastpy.objspace.excfields import family_str
    s = family_str(w_exc)
    if s is not None:
        return s
    args_w = w_exc.args_w
    if len(args_w) == 0:
        return u''
    if len(args_w) == 1:
        if w_exc.gettype().is_subtype(exc.w_KeyError):
            return space.repr_u(args_w[0])
        return space.str_u(args_w[0])
    return _args_repr(args_w)


def _args_repr(args_w):
    """repr(args) without keeping the temporary tuple."""
    w_args = newtuple(list(args_w))
    try:
        return space.repr_u(w_args)
    finally:
        refcount.discard(w_args)


def _hex_digits(c, width):
    """c in lowercase hex, zero-padded to width (RPython's % has no
    width)."""
    digits = '0123456789abcdef'
    out = ['0'] * width
    i = width - 1
    while i >= 0:
        out[i] = digits[c & 15]
        c >>= 4
        i -= 1
    return ''.join(out)


def _char_escape(c):
    if c <= 0xff:
        return '\\x' + _hex_digits(c, 2)
    if c <= 0xffff:
        return '\\u' + _hex_digits(c, 4)
    return '\\U' + _hex_digits(c, 8)


# ---------------------------------------------------------------- attributes

def has_attr_hook(w_obj):
    from fastpy.compiler.code import W_Code
    return (isinstance(w_obj, W_BaseException) or
            isinstance(w_obj, W_Traceback) or
            isinstance(w_obj, W_Code))


def getattr_hook(w_obj, name):
    """The value of a data attribute of an exception, a traceback or a
    code object, or None (then the type's lookup runs)."""
    if isinstance(w_obj, W_BaseException):
        return exception_attr(w_obj, name)
    if isinstance(w_obj, W_Traceback):
        if name == 'tb_next':
            return _or_none(w_obj.w_next)
        if name == 'tb_lineno':
            from fastpy.interpreter.frameobject import line_or_none
            return line_or_none(w_obj.lineno())
        if name == 'tb_lasti':
            return newint(w_obj.pc)
        if name == 'tb_frame':
            return w_obj.frame_object()
        return None
    from fastpy.compiler.code import W_Code
    if isinstance(w_obj, W_Code):
        if name == 'co_name':
            return space.newtext(w_obj.co_name)
        if name == 'co_filename':
            return space.newtext(w_obj.co_filename)
        if name == 'co_firstlineno':
            return newint(w_obj.co_firstlineno)
    return None


def _or_none(w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def exception_attr(w_exc, name):
    if name == 'args':
        return newtuple(list(w_exc.args_w))
    if name == '__cause__':
        return _or_none(w_exc.w_cause)
    if name == '__context__':
        return _or_none(w_exc.w_context)
    if name == '__suppress_context__':
        return space.newbool(w_exc.suppress_context)
    if name == '__traceback__':
        return _or_none(w_exc.w_traceback)
    if name == '__notes__':
        return w_exc.w_notes        # None: AttributeError from the caller
    if name == '__class__':
        return w_exc.gettype()
    if isinstance(w_exc, W_ExceptionGroup):
        if name == 'message':
            return w_exc.w_message
        if name == 'exceptions':
            return w_exc.w_exceptions
    if not w_exc.is_user:
        # the instance dict of an exception of a builtin type
        if name == '__dict__':
            return w_exc.getdict()
        return w_exc.getdictvalue(name)
    return None


# ---------------------------------------------------------------- methods

@method(exc.w_BaseException, '__str__(self, /)', W_BaseException)
def exc_str(w_self):
    return newstr(exception_str(w_self))


@method(exc.w_BaseException, '__repr__(self, /)', W_BaseException)
def exc_repr(w_self):
    return newstr(exception_repr(w_self))


def exception_repr(w_exc):
    name = space.type_name(w_exc).decode('utf-8')
    args_w = w_exc.args_w
    if len(args_w) == 1:
        return name + u'(' + space.repr_u(args_w[0]) + u')'
    return name + _args_repr(args_w)


@method(exc.w_BaseException, 'add_note(self, note, /)', W_BaseException)
def exc_add_note(w_self, w_note):
    if not isinstance(w_note, W_StrObject):
        raise oefmt(exc.w_TypeError, "note must be a str, not '%s'" %
                    space.type_name(w_note))
    if w_self.w_notes is None:
        w_self.set_notes(newlist([]))
    w_notes = w_self.w_notes
    if not isinstance(w_notes, W_ListObject):
        raise oefmt(exc.w_TypeError, "Cannot add note: __notes__ is not a "
                    "list")
    w_notes.append(w_note)
    return space.w_None


@method(exc.w_BaseException, 'with_traceback(self, tb, /)', W_BaseException)
def exc_with_traceback(w_self, w_tb):
    if w_tb is space.w_None:
        w_self.set_traceback(None)
    elif isinstance(w_tb, W_Traceback):
        w_self.set_traceback(w_tb)
    else:
        raise oefmt(exc.w_TypeError,
                    "__traceback__ must be a traceback or None")
    return w_self


# ---------------------------------------------------------------- raising

def is_exception_class(w_obj):
    from fastpy.objspace.typeobject import W_TypeObject
    return (isinstance(w_obj, W_TypeObject) and
            w_obj.is_subtype(exc.w_BaseException))


# ---------------------------------------------------------------- setters
# Data descriptors in BaseException's dict, so `e.__cause__ = x` and
# friends work (reads are served by getattr_hook first).

def _exc_self(w_obj):
    if not isinstance(w_obj, W_BaseException):
        raise oefmt(exc.w_TypeError, "descriptor applied to a '%s' object"
                    % space.type_name(w_obj))
    return w_obj


def _get_args(w_obj):
    return exception_attr(_exc_self(w_obj), 'args')


def _set_args(w_obj, w_value):
    w_exc = _exc_self(w_obj)
    if w_value is None:
        raise oefmt(exc.w_TypeError, "args may not be deleted")
    items_w = space.iterate(w_value)
    new_w = [None] * len(items_w)      # args_w is never resized
    for i in range(len(items_w)):
        new_w[i] = items_w[i]
    old_w = w_exc.args_w
    for w_arg in new_w:
        refcount.incref(w_arg)
    w_exc.args_w = new_w
    for w_arg in old_w:
        refcount.decref(w_arg)


def _get_cause(w_obj):
    return _or_none(_exc_self(w_obj).w_cause)


def _set_cause(w_obj, w_value):
    w_exc = _exc_self(w_obj)
    if w_value is None:
        raise oefmt(exc.w_TypeError, "__cause__ may not be deleted")
    if w_value is space.w_None:
        w_exc.set_cause(None)
    elif isinstance(w_value, W_BaseException):
        w_exc.set_cause(w_value)
    else:
        raise oefmt(exc.w_TypeError, "exception cause must be None or "
                    "derive from BaseException")
    w_exc.suppress_context = True


def _get_context(w_obj):
    return _or_none(_exc_self(w_obj).w_context)


def _set_context(w_obj, w_value):
    w_exc = _exc_self(w_obj)
    if w_value is None:
        raise oefmt(exc.w_TypeError, "__context__ may not be deleted")
    if w_value is space.w_None:
        w_exc.set_context(None)
    elif isinstance(w_value, W_BaseException):
        w_exc.set_context(w_value)
    else:
        raise oefmt(exc.w_TypeError, "exception context must be None or "
                    "derive from BaseException")


def _get_suppress(w_obj):
    return space.newbool(_exc_self(w_obj).suppress_context)


def _set_suppress(w_obj, w_value):
    from fastpy.objspace.boolobject import W_BoolObject
    w_exc = _exc_self(w_obj)
    if w_value is None:
        raise oefmt(exc.w_TypeError, "can't delete numeric/char attribute")
    if not isinstance(w_value, W_BoolObject):
        raise oefmt(exc.w_TypeError, "attribute value type must be bool")
    w_exc.suppress_context = space.is_true(w_value)


def _get_traceback(w_obj):
    return _or_none(_exc_self(w_obj).w_traceback)


def _set_traceback(w_obj, w_value):
    w_exc = _exc_self(w_obj)
    if w_value is None:
        raise oefmt(exc.w_TypeError, "__traceback__ may not be deleted")
    if w_value is space.w_None:
        w_exc.set_traceback(None)
    elif isinstance(w_value, W_Traceback):
        w_exc.set_traceback(w_value)
    else:
        raise oefmt(exc.w_TypeError,
                    "__traceback__ must be a traceback or None")


getset(exc.w_BaseException, 'args', _get_args, _set_args)
getset(exc.w_BaseException, '__cause__', _get_cause, _set_cause)
getset(exc.w_BaseException, '__context__', _get_context, _set_context)
getset(exc.w_BaseException, '__suppress_context__', _get_suppress,
       _set_suppress)
getset(exc.w_BaseException, '__traceback__', _get_traceback,
       _set_traceback)


# The families' __new__, __init__, fields, __reduce__ (type dicts).
from fastpy.objspace import excfields  # noqa
# BaseExceptionGroup.derive/split/subgroup.
from fastpy.interpreter import excgroups  # noqa
