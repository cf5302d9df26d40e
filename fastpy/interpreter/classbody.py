"""Opcodes of class bodies: LOAD_BUILD_CLASS and the name operations on
a frame's namespace dict (LOAD_NAME, STORE_NAME, DELETE_NAME,
LOAD_CLASSDEREF).  A class body's frame has `w_locals`, the namespace
__build_class__ passes (typemethods.py); names not found there are looked
up in the globals, then the builtins, as CPython's LOAD_NAME does.
Stack discipline as in eval.py."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.dictobject import W_DictObject


def _ec():
    from fastpy.interpreter.eval import ec
    return ec


def _locals(frame):
    w_locals = frame.w_locals
    if w_locals is None:
        w_locals = frame.w_globals
    assert isinstance(w_locals, W_DictObject)
    return w_locals


def LOAD_BUILD_CLASS(frame):
    w_func = _ec().w_builtins.getitem_str('__build_class__')
    if w_func is None:
        raise oefmt(exc.w_NameError, "__build_class__ not found")
    frame.push(w_func)


def LOAD_NAME(frame, code, arg):
    w_name = code.co_names_w[arg]
    w_value = _locals(frame).getitem(w_name)
    if w_value is None:
        w_value = frame.w_globals.getitem(w_name)
        if w_value is None:
            w_value = _ec().w_builtins.getitem(w_name)
            if w_value is None:
                raise oefmt(exc.w_NameError, "name '%s' is not defined" %
                            code.co_names[arg])
    frame.push(w_value)


def STORE_NAME(frame, code, arg):
    _locals(frame).setitem(code.co_names_w[arg], frame.peek(0))
    frame.pop()


def DELETE_NAME(frame, code, arg):
    if not _locals(frame).delitem(code.co_names_w[arg]):
        raise oefmt(exc.w_NameError, "name '%s' is not defined" %
                    code.co_names[arg])


def LOAD_CLASSDEREF(frame, code, slot):
    """A free variable of a class body: the namespace first, then the
    cell."""
    from fastpy.interpreter.function import W_Cell
    name = code.cellfree_name(slot)
    w_value = _locals(frame).getitem(space.newtext(name))
    if w_value is None:
        w_cell = frame.load_local(slot)
        assert isinstance(w_cell, W_Cell)
        w_value = w_cell.w_value
        if w_value is None:
            raise oefmt(exc.w_NameError,
                        "cannot access free variable '%s' where it is not "
                        "associated with a value in enclosing scope" % name)
    frame.push(w_value)
