"""Instances of user subclasses of builtin types.

For every builtin class that user classes can extend, an RPython
subclass built once at import time (mapdict.make_user_subclass) carries
the builtin representation plus map storage and answers the user type
from gettype().  Its `is_user` is True, so the object space takes the
generic protocol path for it while exact builtin objects keep their fast
paths.

Mutable containers (list, dict, set, bytearray) start empty and are
filled by their __init__ (published here, as in CPython); immutable
values (tuple, str, int, float, bytes, complex) get their value from the
builtin constructor; exceptions are made by excfields.exc_new.  The
value types are not counted objects, but their user subclasses are
(`_make_value_subclass`): their attributes are counted slots.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.mapdict import make_user_subclass, UserInstanceMixin
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.listobject import W_ListObject, w_list_type
from fastpy.objspace.dictobject import W_DictObject, w_dict_type
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type
from fastpy.objspace.intobject import W_IntObject, w_int_type
from fastpy.objspace.floatobject import W_FloatObject, w_float_type
from fastpy.objspace.strobject import W_StrObject, w_str_type
from fastpy.objspace.longobject import W_LongObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.complexobject import W_ComplexObject
from fastpy.objspace.bytearrayobject import (W_BytearrayObject,
                                             w_bytearray_type)
from fastpy.objspace.exceptions import W_BaseException, W_ExceptionGroup
from fastpy.objspace.setobject import (W_SetObject, W_FrozenSetObject,
                                       w_set_type, w_frozenset_type)
from fastpy.objspace.descriptor import W_Property, w_property_type
from fastpy.objspace.superobject import W_Super, w_super_type
from fastpy.objspace.genericalias import W_GenericAlias
from fastpy.objspace.moduleobject import w_module_type


W_UserList = make_user_subclass(W_ListObject)
W_UserDict = make_user_subclass(W_DictObject)
W_UserTuple = make_user_subclass(W_TupleObject)
W_UserException = make_user_subclass(W_BaseException)
W_UserExceptionGroup = make_user_subclass(W_ExceptionGroup)
W_UserSet = make_user_subclass(W_SetObject)
W_UserFrozenSet = make_user_subclass(W_FrozenSetObject)
W_UserProperty = make_user_subclass(W_Property)
W_UserSuper = make_user_subclass(W_Super)
W_UserGenericAlias = make_user_subclass(W_GenericAlias)


def _make_value_subclass(cls):
    """A user subclass of an uncounted value type (int, float, str,
    bytes, complex, bytearray): the builtin value plus map storage.  The
    base class is not a W_Counted, but these instances are counted (their
    attribute slots hold references): `counted` is True and the count
    lives in their own `refcount` field (refcount.py reaches it through
    get/set_refcount)."""
    class W_UserValue(cls):
        _attrs_ = ['map', 'storage_w', 'w_dict', 'refcount']
        import_from_mixin(UserInstanceMixin)
        is_user = True
        counted = True
        refcount = 0

        def gettype(self):
            return self.getmap().w_type

        def referents(self):
            result = cls.referents(self)
            self.user_referents(result)
            return result

        def release_children(self):
            from fastpy.objspace.finalizer import has_del, run_del
            if has_del(self) and run_del(self):
                return      # resurrected by __del__
            self.release_user_slots()
            cls.release_children(self)

        def get_refcount(self):
            return self.refcount

        def set_refcount(self, count):
            self.refcount = count

    W_UserValue.__name__ = 'W_User' + cls.__name__[2:]
    return W_UserValue

W_UserInt = _make_value_subclass(W_IntObject)
W_UserLong = _make_value_subclass(W_LongObject)
W_UserFloat = _make_value_subclass(W_FloatObject)
W_UserStr = _make_value_subclass(W_StrObject)
W_UserBytes = _make_value_subclass(W_BytesObject)
W_UserComplex = _make_value_subclass(W_ComplexObject)
W_UserBytearray = _make_value_subclass(W_BytearrayObject)


def _solid(w_type):
    """The builtin type whose representation w_type's instances use."""
    w_type = jit.promote(w_type)
    return _solid_at(w_type, jit.promote(w_type.version))


@jit.elidable
def _solid_at(w_type, version):
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
    elif w_solid is w_bytearray_type:
        w_obj = W_UserBytearray([])
    elif w_solid is w_property_type:
        w_obj = W_UserProperty(None, None, None, None)
    elif w_solid is w_super_type:
        w_obj = W_UserSuper(None, None, None)
    elif w_solid.is_subtype(exc.w_BaseException):
        w_obj = W_UserException(w_type, [])
    elif w_solid is w_module_type:
        from fastpy.objspace.modulemethods import new_module_instance
        return new_module_instance(w_type)
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


def starts_empty(w_type):
    """Are w_type's instances made empty and filled by __init__?"""
    w_solid = _solid(w_type)
    return (w_solid is w_object_type or w_solid is w_list_type or
            w_solid is w_dict_type or w_solid is w_set_type or
            w_solid is w_bytearray_type or w_solid is w_property_type or
            w_solid is w_super_type or w_solid is w_module_type)


def from_builtin_value(w_type, w_value):
    """The instance of the heap type w_type holding w_value, the value
    its builtin base's __new__ made (a temporary)."""
    return _from_value(w_type, _solid(w_type), w_value)


def new_user_instance(w_type, args):
    """type.__call__ of a heap type whose __new__ is a builtin type's."""
    from fastpy.interpreter.function import Arguments
    w_solid = _solid(w_type)
    if starts_empty(w_type):
        return allocate(w_type)        # filled by __init__
    if w_solid.is_subtype(exc.w_BaseException):
        from fastpy.objspace.excfields import exc_new
        return exc_new(w_type, args.args_w, args.kw_names)
    w_ctor = w_solid.constructor
    if w_ctor is None:
        raise oefmt(exc.w_TypeError, "fastpy cannot create instances of "
                    "subclasses of '%s' yet" % w_solid.name)
    if len(args.kw_names) > 0 and _init_takes_keywords(w_type, w_solid):
        args = Arguments(args.args_w)
    return _from_value(w_type, w_solid, w_ctor.impl(args))


def _init_takes_keywords(w_type, w_solid):
    """float, tuple and frozenset take no keywords, but leave them to
    the __init__ of a subclass that defines one (CPython compares the
    type's tp_init with the base's)."""
    from fastpy.objspace.subtypealloc import overrides_init
    return ((w_solid is w_float_type or w_solid is w_tuple_type or
             w_solid is w_frozenset_type) and overrides_init(w_type))


def new_from_legacy(w_type, w_owner, args):
    """type.__call__ of a heap type whose instances are made by the
    legacy constructor of the builtin type w_owner."""
    return new_user_instance(w_type, args)


def _from_value(w_type, w_solid, w_value):
    """The user instance holding the builtin value w_value (a
    temporary from the builtin constructor)."""
    if isinstance(w_value, W_TupleObject):
        # shares the immutable item array (in a trace, of a known length)
        w_obj = W_UserTuple(w_value.items_w)
        refcount.discard(w_value)
        w_obj.init_map(w_type)
        return w_obj
    if isinstance(w_value, W_GenericAlias):
        w_alias = W_UserGenericAlias(w_value.w_origin, w_value.w_args,
                                     w_value.starred)
        refcount.discard(w_value)
        w_alias.init_map(w_type)
        return w_alias
    if isinstance(w_value, W_FrozenSetObject):
        w_fset = W_UserFrozenSet()
        w_fset.merge(w_value)
        refcount.discard(w_value)
        w_fset.init_map(w_type)
        return w_fset
    if isinstance(w_value, W_StrObject):
        w_obj = W_UserStr(w_value.value)
    elif isinstance(w_value, W_IntObject):      # (bool is final)
        w_obj = W_UserInt(w_value.intval)
    elif isinstance(w_value, W_LongObject):
        w_obj = W_UserLong(w_value.bigval)
    elif isinstance(w_value, W_FloatObject):
        w_obj = W_UserFloat(w_value.floatval)
    elif isinstance(w_value, W_BytesObject):
        w_obj = W_UserBytes(w_value.value)
    elif isinstance(w_value, W_ComplexObject):
        w_obj = W_UserComplex(w_value.realval, w_value.imagval)
    else:
        w_obj = None
    if w_obj is not None:
        w_obj.init_map(w_type)
        return w_obj
    refcount.discard(w_value)
    raise oefmt(exc.w_TypeError, "fastpy cannot create instances of "
                "subclasses of '%s' yet" % w_solid.name)


# ---------------------------------------------------------------- __init__

@method(w_list_type, '__init__(self, iterable=NULL, /, **kwargs)',
        W_ListObject)
def list_init(w_list, w_iterable, kw_names, kw_values_w):
    from fastpy.objspace import space
    if kw_names is not None and len(kw_names) > 0:
        # keywords are an error unless a subclass's own __new__ took them
        w_type = w_list.gettype()
        if w_type is w_list_type or \
                w_type.lookup('__new__') is w_list_type.lookup('__new__'):
            raise oefmt(exc.w_TypeError,
                        "list() takes no keyword arguments")
    if w_iterable is None:
        w_list.clear()
    else:
        items_w = space.iterate_sized(w_iterable)
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


# (BaseException.__init__ and the other exception families' __init__ are
# in excfields.py.)


@method(w_bytearray_type, '__init__(self, source=NULL, encoding=NULL, '
        'errors=NULL)', W_BytearrayObject)
def bytearray_init(w_self, w_source, w_encoding, w_errors):
    """bytearray.__init__: replace the contents (bytearray() builds
    exact bytearrays in its constructor; subclasses start empty)."""
    from fastpy.objspace import space
    from fastpy.objspace.bytesmethods import _construct
    s = _construct(w_source, w_encoding, w_errors, 'bytearray')
    w_self.data = [c for c in s]
    return space.w_None


def exact_value(w_obj):
    """The value of an instance of a subclass of int, float or complex
    as an object of the exact builtin type (+x, CPython's int_pos...)."""
    from fastpy.objspace.intobject import newint
    from fastpy.objspace.floatobject import newfloat
    if isinstance(w_obj, W_IntObject):
        return newint(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return W_LongObject(w_obj.bigval)
    if isinstance(w_obj, W_FloatObject):
        return newfloat(w_obj.floatval)
    if isinstance(w_obj, W_ComplexObject):
        return W_ComplexObject(w_obj.realval, w_obj.imagval)
    return w_obj
