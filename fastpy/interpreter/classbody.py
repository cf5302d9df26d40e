"""Opcodes of class bodies: LOAD_BUILD_CLASS and the name operations on
a frame's namespace dict (LOAD_NAME, STORE_NAME, DELETE_NAME,
LOAD_CLASSDEREF).  A class body's frame has `w_locals`, the namespace
__build_class__ passes (typemethods.py); names not found there are looked
up in the globals, then the builtins, as CPython's LOAD_NAME does.
Stack discipline as in eval.py."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace.excfields import name_error
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space, refcount
from fastpy.objspace.dictobject import W_DictObject


def _ec():
    from fastpy.interpreter.eval import ec
    return ec


def _locals(frame):
    """The namespace of the name operations: a dict, or any mapping
    exec() and eval() were given as locals."""
    w_locals = frame.w_locals
    if w_locals is None:
        w_locals = frame.w_globals
    return w_locals


def _exact_dict(w_locals):
    return isinstance(w_locals, W_DictObject) and not w_locals.is_user


def namespace(frame):
    """The dict that name operations of this frame use."""
    w_locals = _locals(frame)
    assert isinstance(w_locals, W_DictObject)
    return w_locals


def LOAD_BUILD_CLASS(frame):
    w_func = _ec().w_builtins.getitem_str('__build_class__')
    if w_func is None:
        raise oefmt(exc.w_NameError, "__build_class__ not found")
    frame.push(w_func)


def _namespace_get(w_locals, w_name):
    """ns[name] or None; a namespace that is not an exact dict (the
    __prepare__ of a metaclass, e.g. enum's _EnumDict, or another
    mapping given to exec) is subscripted through its own __getitem__, as
    CPython does."""
    if _exact_dict(w_locals):
        assert isinstance(w_locals, W_DictObject)
        return w_locals.getitem(w_name)
    try:
        return space.getitem(w_locals, w_name)
    except OperationError as e:
        if not e.match(exc.w_KeyError):
            raise
        refcount.discard(e.w_exc)
        return None


def LOAD_NAME(frame, code, arg):
    w_name = code.co_names_w[arg]
    w_value = _namespace_get(_locals(frame), w_name)
    if w_value is None:
        w_value = frame.w_globals.getitem(w_name)
        if w_value is None:
            w_value = _ec().w_builtins.getitem(w_name)
            if w_value is None:
                raise name_error("name '%s' is not defined" %
                                 code.co_names[arg], code.co_names[arg])
    frame.push(w_value)


def STORE_NAME(frame, code, arg):
    w_locals = _locals(frame)
    if _exact_dict(w_locals):
        assert isinstance(w_locals, W_DictObject)
        w_locals.setitem(code.co_names_w[arg], frame.peek(0))
    else:
        space.setitem(w_locals, code.co_names_w[arg], frame.peek(0))
    frame.pop()


def SETUP_ANNOTATIONS(frame):
    """A module or class body with annotated names: a namespace that
    already holds `__annotations__` (a __prepare__ result, exec's
    namespace) keeps it and receives the annotations."""
    from fastpy.objspace.dictobject import newdict
    w_locals = _locals(frame)
    w_name = space.newtext('__annotations__')
    w_old = _namespace_get(w_locals, w_name)
    if w_old is not None:
        refcount.discard(w_old)     # a user mapping's result is ours
        return
    w_ann = newdict()
    if _exact_dict(w_locals):
        assert isinstance(w_locals, W_DictObject)
        w_locals.setitem(w_name, w_ann)
    else:
        space.setitem(w_locals, w_name, w_ann)
    refcount.discard(w_ann)


def DELETE_NAME(frame, code, arg):
    w_locals = _locals(frame)
    if _exact_dict(w_locals):
        assert isinstance(w_locals, W_DictObject)
        if w_locals.delitem(code.co_names_w[arg]):
            return
    else:
        try:
            space.delitem(w_locals, code.co_names_w[arg])
            return
        except OperationError as e:
            if not e.match(exc.w_KeyError):
                raise
            refcount.discard(e.w_exc)
    raise name_error("name '%s' is not defined" %
                     code.co_names[arg], code.co_names[arg])


def LOAD_CLASSDEREF(frame, code, slot):
    """A free variable of a class body: the namespace first, then the
    cell."""
    from fastpy.interpreter.function import W_Cell
    name = code.cellfree_name(slot)
    w_value = _namespace_get(_locals(frame), space.newtext(name))
    if w_value is None:
        w_cell = frame.load_local(slot)
        assert isinstance(w_cell, W_Cell)
        w_value = w_cell.w_value
        if w_value is None:
            raise name_error("cannot access free variable '%s' where it "
                             "is not associated with a value in enclosing "
                             "scope" % name, name)
    frame.push(w_value)
