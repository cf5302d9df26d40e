"""Instances of user subclasses of builtin types.

For every builtin class that user classes can extend, an RPython
subclass built once at import time (mapdict.make_user_subclass) carries
the builtin representation plus map storage and answers the user type
from gettype().  Its `is_user` is True, so the object space takes the
generic protocol path for it while exact builtin objects keep their fast
paths.

Mutable containers (list, dict, set) start empty and are filled by their
__init__ (published here, as in CPython); immutable values (tuple, str,
int, float) and exceptions get their value from the builtin
constructor.  int, float and str are not counted objects, so their user
subclasses carry only the user type (no instance attributes yet).
"""

from rpython.rlib import jit

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.mapdict import make_user_subclass
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.listobject import W_ListObject, w_list_type
from fastpy.objspace.dictobject import W_DictObject, w_dict_type
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type
from fastpy.objspace.intobject import W_IntObject, w_int_type
from fastpy.objspace.floatobject import W_FloatObject, w_float_type
from fastpy.objspace.strobject import W_StrObject, w_str_type
from fastpy.objspace.exceptions import W_BaseException
from fastpy.objspace.setobject import (W_SetObject, W_FrozenSetObject,
                                       w_set_type)


W_UserList = make_user_subclass(W_ListObject)
W_UserDict = make_user_subclass(W_DictObject)
W_UserTuple = make_user_subclass(W_TupleObject)
W_UserException = make_user_subclass(W_BaseException)
W_UserSet = make_user_subclass(W_SetObject)
W_UserFrozenSet = make_user_subclass(W_FrozenSetObject)


def _make_value_subclass(cls):
    """An uncounted value type (int, float, str): the user type only."""
    class W_UserValue(cls):
        _attrs_ = ['w_usertype']
        is_user = True

        def gettype(self):
            return self.w_usertype

    W_UserValue.__name__ = 'W_User' + cls.__name__[2:]
    return W_UserValue

W_UserInt = _make_value_subclass(W_IntObject)
W_UserFloat = _make_value_subclass(W_FloatObject)
W_UserStr = _make_value_subclass(W_StrObject)


def _solid(w_type):
    """The builtin type whose representation w_type's instances use."""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t
    return w_object_type


def allocate(w_type):
    """An empty instance of the heap type w_type (its __new__ was called
    with no value to give it)."""
    from fastpy.objspace.mapdict import W_ObjectInstance
    w_solid = _solid(w_type)
    if w_solid is w_object_type:
        return W_ObjectInstance(w_type)
    if w_solid is w_list_type:
        w_obj = W_UserList([])
    elif w_solid is w_dict_type:
        w_obj = W_UserDict()
    elif w_solid is w_tuple_type:
        w_obj = W_UserTuple([])
    elif w_solid is w_set_type:
        w_obj = W_UserSet()
    elif w_solid.is_subtype(exc.w_BaseException):
        w_obj = W_UserException(w_type, [])
    else:
        return _from_value(w_type, w_solid,
                           _builtin_value(w_solid, []))
    w_obj.init_map(w_type)
    return w_obj


def _builtin_value(w_solid, args_w):
    from fastpy.interpreter.function import Arguments
    w_ctor = w_solid.constructor
    if w_ctor is None:
        raise oefmt(exc.w_TypeError, "fastpy cannot create instances of "
                    "subclasses of '%s' yet" % w_solid.name)
    return w_ctor.impl(Arguments(args_w))


def new_user_instance(w_type, args):
    """type.__call__ of a heap type whose __new__ is a builtin type's."""
    from fastpy.interpreter.function import Arguments
    w_solid = _solid(w_type)
    if (w_solid is w_object_type or w_solid is w_list_type or
            w_solid is w_dict_type or w_solid is w_set_type):
        return allocate(w_type)
    w_ctor = w_solid.constructor
    if w_ctor is None:
        raise oefmt(exc.w_TypeError, "fastpy cannot create instances of "
                    "subclasses of '%s' yet" % w_solid.name)
    return _from_value(w_type, w_solid, w_ctor.impl(args))


def new_from_legacy(w_type, w_owner, args):
    """type.__call__ of a heap type whose instances are made by the
    legacy constructor of the builtin type w_owner."""
    return new_user_instance(w_type, args)


def _from_value(w_type, w_solid, w_value):
    """The user instance holding the builtin value w_value (a
    temporary from the builtin constructor)."""
    if isinstance(w_value, W_TupleObject):
        w_obj = W_UserTuple(list(w_value.items_w))
        refcount.discard(w_value)
        w_obj.init_map(w_type)
        return w_obj
    if isinstance(w_value, W_FrozenSetObject):
        w_fset = W_UserFrozenSet()
        w_fset.merge(w_value)
        refcount.discard(w_value)
        w_fset.init_map(w_type)
        return w_fset
    if isinstance(w_value, W_BaseException):
        from fastpy.objspace.exceptions import W_OSError, W_ExceptionGroup
        if isinstance(w_value, W_OSError) or \
                isinstance(w_value, W_ExceptionGroup):
            # No map storage for these yet: the same object, retyped.
            w_value.w_type = w_type
            return w_value
        w_exc = W_UserException(w_type, list(w_value.args_w))
        refcount.discard(w_value)
        w_exc.init_map(w_type)
        return w_exc
    if isinstance(w_value, W_StrObject):
        w_str = W_UserStr(w_value.value)
        w_str.w_usertype = w_type
        return w_str
    if isinstance(w_value, W_IntObject):
        w_int = W_UserInt(w_value.intval)
        w_int.w_usertype = w_type
        return w_int
    if isinstance(w_value, W_FloatObject):
        w_float = W_UserFloat(w_value.floatval)
        w_float.w_usertype = w_type
        return w_float
    refcount.discard(w_value)
    raise oefmt(exc.w_TypeError, "fastpy cannot create instances of "
                "subclasses of '%s' yet" % w_solid.name)


# ---------------------------------------------------------------- __init__

@method(w_list_type, '__init__(self, iterable=NULL, /)', W_ListObject)
def list_init(w_list, w_iterable):
    from fastpy.objspace import space
    if w_iterable is None:
        w_list.clear()
    else:
        items_w = space.iterate(w_iterable)
        w_list.clear()
        w_list.extend(items_w)
    return space.w_None


@method(w_set_type, '__init__(self, iterable=NULL, /)', W_SetObject)
def set_init(w_set, w_iterable):
    from fastpy.objspace import space
    w_set.clear()
    if w_iterable is not None:
        w_set.update_from(w_iterable)
    return space.w_None


@method(w_dict_type, '__init__(self, iterable=NULL, /, **kwargs)',
        W_DictObject)
def dict_init(w_dict, w_iterable, kw_names, kw_values_w):
    from fastpy.objspace import space
    from fastpy.objspace import dictmethods
    if w_iterable is not None:
        dictmethods.update_from_pairs(w_dict, w_iterable)
    dictmethods.update_from_kwargs(w_dict, kw_names, kw_values_w)
    return space.w_None


@method(exc.w_BaseException, '__init__(self, *args)', W_BaseException)
def exception_init(w_exc, args_w):
    from fastpy.objspace import space
    old_w = w_exc.args_w
    new_w = [None] * len(args_w)
    for i in range(len(args_w)):
        new_w[i] = args_w[i]
        refcount.incref(args_w[i])
    w_exc.args_w = new_w
    for w_arg in old_w:
        refcount.decref(w_arg)
    return space.w_None
