"""The sys module (argv, exit, maxsize, version, flags used so far)."""

from rpython.rlib.rarithmetic import LONG_BIT
from fastpy.interpreter.error import OperationError
from fastpy.interpreter.gateway import make_builtin
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace.dictobject import newdict
from fastpy.objspace.listobject import newlist
from fastpy.objspace.intobject import newint
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.tupleobject import newtuple
from fastpy import version


def sys_exit(args):
    args_w = list(args.args_w)
    raise OperationError(exc.W_BaseException(exc.w_SystemExit, args_w))


def sys_getrecursionlimit(args):
    from fastpy import config
    return newint(config.RECURSION_LIMIT)


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
w_getrecursionlimit = make_builtin('getrecursionlimit',
                                   sys_getrecursionlimit, 0, 0)


def make_sys_module(argv):
    w_dict = newdict()
    w_dict.setitem_str('argv', newlist([space.newtext(a) for a in argv]))
    w_dict.setitem_str('exit', w_exit)
    w_dict.setitem_str('getrecursionlimit', w_getrecursionlimit)
    w_dict.setitem_str('exc_info', w_exc_info)
    w_dict.setitem_str('exception', w_exception)
    w_dict.setitem_str('maxsize', newint((1 << (LONG_BIT - 1)) - 1))
    w_dict.setitem_str('version', space.newtext(version.VERSION_STRING))
    w_dict.setitem_str('implementation_name', space.newtext('fastpy'))
    w_dict.setitem_str('version_info', newtuple(
        [newint(version.PYTHON_MAJOR), newint(version.PYTHON_MINOR),
         newint(version.PYTHON_MICRO)]))
    return W_Module('sys', w_dict)
