"""Attribute access: CPython's object.__getattribute__ / __setattr__ /
__delattr__ and type.__getattribute__ / __setattr__ algorithms, the
descriptor protocol, `__getattr__` fallback and user overrides of
`__getattribute__`, `__setattr__` and `__delattr__`.

    getattr_w(w_obj, name)           -> value (AttributeError otherwise)
    find_attr(w_obj, name)           -> value or None (no AttributeError)
    setattr_w(w_obj, name, w_value)
    delattr_w(w_obj, name)
    descr_get(w_descr, w_obj, w_type) -> what reading w_descr gives
    load_method(w_obj, name)         -> (function, True): call with obj
                                        (value, False): call as it is

Generic lookup on an instance (object.__getattribute__): a data
descriptor on the type wins, then the instance's own attribute (maps,
mapdict.py), then a non-data descriptor or a plain class attribute.
Lookups on the type are elidable on (type, version, name) and the map's
index_of is elidable on (map, name), so in a JIT trace `obj.x` is a
guard on the map and a read of the storage, and `obj.m` a constant.

Results are temporaries or borrowed values (refcount.py): a new bound
method has count zero; an attribute read from storage is held by it.
"""

from rpython.rlib import jit

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.typeobject import W_TypeObject, w_object_type, \
    w_type_type
from fastpy.objspace.descriptor import (W_StaticMethod, W_ClassMethod,
                                        W_Property, W_GetSetDescr)
from fastpy.objspace.mapdict import W_MemberDescr
from fastpy.objspace.moduleobject import W_Module


def _call(w_func, args_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    return call_function(w_func, Arguments(args_w))


def _call_args(w_func, args):
    from fastpy.interpreter.eval import call_function
    return call_function(w_func, args)


def _call_hook(w_hook, w_self, args_w):
    """Call a hook found on the type (__getattribute__, __getattr__,
    __setattr__, __delattr__) for w_self: any descriptor binds first."""
    from fastpy.objspace.protocol import call_descr
    return call_descr(w_hook, w_self, args_w)


def call_discard(w_func, args_w):
    """Call and drop the result."""
    refcount.discard(_call(w_func, args_w))


def attribute_error(w_obj, name):
    """With `name` and `obj` set, as CPython's lookups set them."""
    from fastpy.objspace.excfields import attribute_error as error
    if isinstance(w_obj, W_TypeObject):
        return error("type object '%s' has no attribute '%s'" %
                     (w_obj.name, name), w_obj, name)
    return error("'%s' object has no attribute '%s'" %
                 (w_obj.gettype().name, name), w_obj, name)


def bare_attribute_error(w_obj, name):
    """attribute_error's message without `name` and `obj`: CPython sets
    none on the errors of assignments and deletions, nor in
    type.__getattribute__ (the lookup calling it does: getattr_w)."""
    if isinstance(w_obj, W_TypeObject):
        return oefmt(exc.w_AttributeError,
                     "type object '%s' has no attribute '%s'" %
                     (w_obj.name, name))
    return oefmt(exc.w_AttributeError, "'%s' object has no attribute '%s'"
                 % (w_obj.gettype().name, name))


# ---------------------------------------------------------------- descriptors

def is_data_descr(w_descr):
    if (isinstance(w_descr, W_Property) and not w_descr.is_user or
            isinstance(w_descr, W_GetSetDescr) or
            isinstance(w_descr, W_MemberDescr)):
        return True
    if not w_descr.is_user:
        return False
    w_t = jit.promote(w_descr.gettype())
    return (w_t.lookup('__set__') is not None or
            w_t.lookup('__delete__') is not None)


def is_data_descr_with_get(w_descr):
    """A data descriptor that reading asks first: one without __get__
    (only __set__) yields to the instance's own attribute."""
    if not is_data_descr(w_descr):
        return False
    if not w_descr.is_user:
        return True
    return jit.promote(w_descr.gettype()).lookup('__get__') is not None


def descr_get(w_descr, w_obj, w_type):
    """Reading the class attribute w_descr through w_obj (None: through
    the class w_type itself)."""
    from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                             W_BoundMethod)
    if isinstance(w_descr, W_Function):
        if w_obj is None:
            return w_descr
        return W_BoundMethod(w_obj, w_descr)
    if isinstance(w_descr, W_BuiltinFunction):
        if w_obj is None or w_descr.w_objclass is None:
            return w_descr
        return W_BoundMethod(w_obj, w_descr)
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        if w_type is None:
            w_type = w_obj.gettype()
        from fastpy.objspace.protocol import bind_classmethod
        return bind_classmethod(w_descr.w_func, w_type)
    if w_obj is None:
        if (isinstance(w_descr, W_Property) and not w_descr.is_user or
                isinstance(w_descr, W_GetSetDescr) or
                isinstance(w_descr, W_MemberDescr)):
            return w_descr
    if isinstance(w_descr, W_Property) and not w_descr.is_user:
        return property_get_value(w_descr, w_obj)
    if isinstance(w_descr, W_GetSetDescr):
        _check_descr_applies(w_descr.name, w_descr.w_objclass, w_obj)
        return w_descr.getter(w_obj)
    if isinstance(w_descr, W_MemberDescr):
        _check_descr_applies(w_descr.name, w_descr.w_objclass, w_obj)
        w_value = w_obj.read_slot(w_descr.index)
        if w_value is None:
            raise oefmt(exc.w_AttributeError,
                        "'%s' object has no attribute '%s'" %
                        (w_obj.gettype().name, w_descr.name))
        return w_value
    if not w_descr.is_user:
        from fastpy.objspace.superobject import W_Super, super_get
        if isinstance(w_descr, W_Super):     # an unbound super binds
            if w_obj is None:
                return w_descr
            return super_get(w_descr, w_obj, w_type)
        return w_descr
    w_get = jit.promote(w_descr.gettype()).lookup('__get__')
    if w_get is None:
        return w_descr
    from fastpy.objspace import space
    if w_obj is None:
        return _call(w_get, [w_descr, space.w_None, w_type])
    if w_type is None:
        w_type = w_obj.gettype()
    return _call(w_get, [w_descr, w_obj, w_type])


# Instances of property subclasses take the generic path above (their
# class may override __get__/__set__/__delete__); property's own methods
# come back here.

def property_get_value(w_prop, w_obj):
    if w_prop.w_fget is None:
        raise _property_error(w_prop, w_obj, "getter")
    return _call(w_prop.w_fget, [w_obj])


def property_set_value(w_prop, w_obj, w_value):
    """w_value None: delete."""
    if w_value is None:
        if w_prop.w_fdel is None:
            raise _property_error(w_prop, w_obj, "deleter")
        call_discard(w_prop.w_fdel, [w_obj])
        return
    if w_prop.w_fset is None:
        raise _property_error(w_prop, w_obj, "setter")
    call_discard(w_prop.w_fset, [w_obj, w_value])


def _property_error(w_prop, w_obj, what):
    """CPython's "property 'x' of 'C' object has no setter" (the name
    is known once __set_name__ ran)."""
    from fastpy.objspace import space
    from fastpy.objspace.strobject import W_StrObject
    w_name = w_prop.w_name
    if isinstance(w_name, W_StrObject):
        prefix = "property '%s'" % space.str_w(w_name).encode('utf-8')
    else:
        prefix = "property"
    return oefmt(exc.w_AttributeError, "%s of '%s' object has no %s" %
                 (prefix, w_obj.gettype().qualname, what))


def _check_descr_applies(name, w_objclass, w_obj):
    if w_objclass is not None and \
            not w_obj.gettype().is_subtype(w_objclass):
        raise oefmt(exc.w_TypeError,
                    "descriptor '%s' for '%s' objects doesn't apply to a "
                    "'%s' object" % (name, w_objclass.name,
                                     w_obj.gettype().name))


def descr_set(w_descr, w_obj, w_value, name):
    """Apply a data descriptor's __set__ (w_value None: __delete__).
    False if w_descr is not a data descriptor."""
    if isinstance(w_descr, W_Property) and not w_descr.is_user:
        property_set_value(w_descr, w_obj, w_value)
        return True
    if isinstance(w_descr, W_GetSetDescr):
        _check_descr_applies(w_descr.name, w_descr.w_objclass, w_obj)
        if w_descr.setter is None:
            if w_descr.member:
                raise oefmt(exc.w_AttributeError, "readonly attribute")
            from fastpy.interpreter.gateway import qualified_type_name
            w_cls = w_descr.w_objclass
            # CPython's tp_name: module.name for a builtin type outside
            # builtins, the bare name for a class statement's
            cls_name = (w_cls.name if w_cls.is_heaptype else
                        qualified_type_name(w_cls))
            raise oefmt(exc.w_AttributeError,
                        "attribute '%s' of '%s' objects is not writable" %
                        (w_descr.name, cls_name))
        w_descr.setter(w_obj, w_value)
        return True
    if isinstance(w_descr, W_MemberDescr):
        _check_descr_applies(w_descr.name, w_descr.w_objclass, w_obj)
        if w_value is None and w_obj.read_slot(w_descr.index) is None:
            raise oefmt(exc.w_AttributeError, w_descr.name)
        w_obj.write_slot(w_descr.index, w_value)
        return True
    if not w_descr.is_user:
        return False
    w_t = jit.promote(w_descr.gettype())
    if w_value is None:
        w_del = w_t.lookup('__delete__')
        if w_del is None:
            if w_t.lookup('__set__') is None:
                return False
            raise oefmt(exc.w_AttributeError, "__delete__")
        call_discard(w_del, [w_descr, w_obj])
        return True
    w_set = w_t.lookup('__set__')
    if w_set is None:
        if w_t.lookup('__delete__') is None:
            return False
        raise oefmt(exc.w_AttributeError, "__set__")
    call_discard(w_set, [w_descr, w_obj, w_value])
    return True


# ---------------------------------------------------------------- reading

def getattr_w(w_obj, name):
    try:
        w_value = find_attr(w_obj, name, True)
    except OperationError as e:
        # CPython's set_attribute_error_context: an AttributeError from a
        # __getattr__ or a property gets the name and object too
        from fastpy.objspace.excfields import add_attribute_error_context
        add_attribute_error_context(e, w_obj, name)
        raise
    if w_value is None:
        raise attribute_error(w_obj, name)
    return w_value


def find_attr(w_obj, name, keep_error=False):
    """obj.name, or None where CPython raises AttributeError (other
    exceptions propagate).  keep_error: the AttributeError a __getattr__
    raises propagates (getattr_w)."""
    if isinstance(w_obj, W_TypeObject):
        return type_find_attr(w_obj, name)
    from fastpy.objspace.superobject import W_Super, super_getattr
    if isinstance(w_obj, W_Super):
        w_value = super_getattr(w_obj, name)
        if w_value is not None:
            return w_value
    w_type = jit.promote(w_obj.gettype())
    w_getattribute = w_type.lookup('__getattribute__')
    if w_getattribute is not None and \
            w_getattribute is not object_getattribute.w_func:
        try:
            w_value = _call_hook(w_getattribute, w_obj, [_newtext(name)])
        except OperationError as e:
            if not e.match(exc.w_AttributeError):
                raise
            w_getattr = w_type.lookup('__getattr__')
            if w_getattr is None:
                raise
            refcount.discard(e.w_exc)
            return _call_hook(w_getattr, w_obj, [_newtext(name)])
        return w_value
    w_value = generic_getattr(w_obj, name, w_type)
    if w_value is None and name == '__doc__':
        return space_w_None()    # every type has __doc__ (None by default)
    if w_value is None and isinstance(w_obj, W_Module):
        # an instance of a module subclass: module.__getattribute__ asks
        # the namespace's __getattr__ (PEP 562) before the class's
        return _module_namespace_getattr(w_obj, name, w_type, keep_error)
    if w_value is None:
        w_getattr = w_type.lookup('__getattr__')
        if w_getattr is not None:
            if keep_error:
                return _call_hook(w_getattr, w_obj, [_newtext(name)])
            try:
                return _call_hook(w_getattr, w_obj, [_newtext(name)])
            except OperationError as e:
                if not e.match(exc.w_AttributeError):
                    raise
                refcount.discard(e.w_exc)
                return None
    return w_value


def _module_namespace_getattr(w_module, name, w_type, keep_error):
    from fastpy.objspace.moduleobject import (module_dict_getattr,
                                              module_attribute_error)
    try:
        w_value = module_dict_getattr(w_module, name)
        if w_value is None:
            raise module_attribute_error(w_module, name)
        return w_value
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        w_getattr = w_type.lookup('__getattr__')
        if w_getattr is None:
            if keep_error:
                raise
            refcount.discard(e.w_exc)
            return None
        refcount.discard(e.w_exc)
        if keep_error:
            return _call_hook(w_getattr, w_module, [_newtext(name)])
        try:
            return _call_hook(w_getattr, w_module, [_newtext(name)])
        except OperationError as e2:
            if not e2.match(exc.w_AttributeError):
                raise
            refcount.discard(e2.w_exc)
            return None


def space_w_None():
    from fastpy.objspace import space
    return space.w_None


def _newtext(name):
    from fastpy.objspace import space
    return space.newtext(name)


def generic_getattr(w_obj, name, w_type):
    """object.__getattribute__ without the AttributeError: None."""
    w_descr = w_type.lookup(name)
    if w_descr is not None and is_data_descr_with_get(w_descr):
        return descr_get(w_descr, w_obj, w_type)
    w_value = instance_attr(w_obj, name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        return descr_get(w_descr, w_obj, w_type)
    return None


def instance_attr(w_obj, name):
    """The attribute in the instance itself."""
    # map storage of instances of Python classes, or the dict of a
    # builtin object that has one (staticmethod, classmethod); functions
    # and exceptions are served by space.getattr_w's hooks before this
    return w_obj.getdictvalue(name)


def type_find_attr(w_type, name):
    """type.__getattribute__: the metatype's data descriptors, then the
    MRO of the type (descriptors bound to the class), then the
    metatype's other attributes."""
    w_meta = jit.promote(w_type.gettype())
    if w_meta is not w_type_type:
        w_getattribute = w_meta.lookup('__getattribute__')
        if w_getattribute is not type_getattribute.w_func and \
                w_getattribute is not None:
            return _call_hook(w_getattribute, w_type, [_newtext(name)])
    w_type = jit.promote(w_type)
    w_meta_attr = w_meta.lookup(name)
    if w_meta_attr is not None and is_data_descr_with_get(w_meta_attr):
        return descr_get(w_meta_attr, w_type, w_meta)
    w_attr = w_type.lookup(name)
    if w_attr is not None:
        return descr_get(w_attr, None, w_type)
    if w_meta_attr is not None:
        return descr_get(w_meta_attr, w_type, w_meta)
    if name == '__doc__':
        return space_w_None()
    if w_meta is not w_type_type:
        w_getattr = w_meta.lookup('__getattr__')
        if w_getattr is not None:
            try:
                return _call_hook(w_getattr, w_type, [_newtext(name)])
            except OperationError as e:
                if not e.match(exc.w_AttributeError):
                    raise
                refcount.discard(e.w_exc)
    return None


# ---------------------------------------------------------------- methods

def load_method(w_obj, name):
    """For `obj.name(...)`: (function, True) when the type has a plain
    function under `name` that the instance does not shadow (the caller
    passes obj as first argument, no bound method is built), otherwise
    (the attribute, False)."""
    from fastpy.interpreter.function import W_Function, W_BuiltinFunction
    if not isinstance(w_obj, W_TypeObject):
        w_type = jit.promote(w_obj.gettype())
        w_getattribute = w_type.lookup('__getattribute__')
        if w_getattribute is object_getattribute.w_func:
            w_descr = w_type.lookup(name)
            if isinstance(w_descr, W_Function) or (
                    isinstance(w_descr, W_BuiltinFunction) and
                    w_descr.w_objclass is not None):
                if not _shadowed_by_instance(w_obj, name):
                    return w_descr, True
    from fastpy.objspace import space
    return space.getattr_w(w_obj, name), False     # modules, hooks ...


def _shadowed_by_instance(w_obj, name):
    """Does the object's own namespace hold `name` (which then wins over
    the type's method)?  A module's names are its dict: `operator.__lt__`
    is the module's function, not object.__lt__."""
    if w_obj.is_user:
        return w_obj.getdictvalue(name) is not None
    from fastpy.objspace.moduleobject import W_Module
    if isinstance(w_obj, W_Module):
        return w_obj.w_dict.getitem_str(name) is not None
    return False


# ---------------------------------------------------------------- writing

def setattr_w(w_obj, name, w_value):
    if isinstance(w_obj, W_TypeObject):
        type_setattr(w_obj, name, w_value)
        return
    w_type = jit.promote(w_obj.gettype())
    w_setattr = w_type.lookup('__setattr__')
    if w_setattr is not None and w_setattr is not object_setattr.w_func:
        refcount.discard(_call_hook(w_setattr, w_obj,
                                    [_newtext(name), w_value]))
        return
    generic_setattr(w_obj, name, w_value, w_type)


def generic_setattr(w_obj, name, w_value, w_type):
    """object.__setattr__ (w_value None: object.__delattr__)."""
    w_descr = w_type.lookup(name)
    if w_descr is not None and descr_set(w_descr, w_obj, w_value, name):
        return
    if w_obj.is_user:
        if w_value is None:
            if w_obj.delete_attr(name):
                return
        elif w_obj.store_attr(name, w_value):
            return
        if w_descr is not None and not w_obj.has_instance_dict():
            # A class attribute that no instance can shadow.
            raise oefmt(exc.w_AttributeError,
                        "'%s' object attribute '%s' is read-only" %
                        (w_type.name, name))
        raise bare_attribute_error(w_obj, name)
    from fastpy.objspace.moduleobject import W_Module, module_setattr
    if isinstance(w_obj, W_Module):
        module_setattr(w_obj, name, w_value)
        return
    from fastpy.interpreter import funcattrs
    if w_value is None:
        if funcattrs.delattr_hook(w_obj, name):
            return
    elif funcattrs.setattr_hook(w_obj, name, w_value):
        return
    # builtin objects with an instance dict (exceptions)
    if w_value is None:
        if w_obj.delete_attr(name):
            return
    elif w_obj.store_attr(name, w_value):
        return
    if w_descr is not None:
        raise oefmt(exc.w_AttributeError,
                    "'%s' object attribute '%s' is read-only" %
                    (w_type.name, name))
    raise bare_attribute_error(w_obj, name)


def delattr_w(w_obj, name):
    if isinstance(w_obj, W_TypeObject):
        type_setattr(w_obj, name, None)
        return
    w_type = jit.promote(w_obj.gettype())
    w_delattr = w_type.lookup('__delattr__')
    if w_delattr is not None and w_delattr is not object_delattr.w_func:
        refcount.discard(_call_hook(w_delattr, w_obj, [_newtext(name)]))
        return
    generic_setattr(w_obj, name, None, w_type)


def type_setattr(w_type, name, w_value):
    """C.name = value (w_value None: del C.name)."""
    w_meta = jit.promote(w_type.gettype())
    if w_meta is not w_type_type:
        w_hook = w_meta.lookup('__setattr__' if w_value is not None
                               else '__delattr__')
        if w_hook is not None and w_hook is not type_setattr_func.w_func \
                and w_hook is not type_delattr_func.w_func \
                and w_hook is not object_setattr.w_func \
                and w_hook is not object_delattr.w_func:
            if w_value is None:
                refcount.discard(_call_hook(w_hook, w_type, [_newtext(name)]))
            else:
                refcount.discard(_call_hook(w_hook, w_type,
                                             [_newtext(name), w_value]))
            return
    generic_type_setattr(w_type, name, w_value)


def generic_type_setattr(w_type, name, w_value):
    w_meta = jit.promote(w_type.gettype())
    w_descr = w_meta.lookup(name)
    if w_descr is not None and descr_set(w_descr, w_type, w_value, name):
        return
    if not w_type.is_heaptype:
        raise oefmt(exc.w_TypeError,
                    "cannot set '%s' attribute of immutable type '%s'" %
                    (name, w_type.name))
    if w_value is None:
        if not w_type.deldictvalue(name):
            raise bare_attribute_error(w_type, name)
        return
    w_type.setdictvalue(name, w_value)


# ---------------------------------------------------------------- object's

from fastpy.interpreter.gateway import method


@method(w_object_type, '__getattribute__(self, name, /)')
def object_getattribute(w_self, w_name):
    name = _name_w(w_name)
    w_value = generic_getattr(w_self, name, w_self.gettype())
    if w_value is None:
        raise attribute_error(w_self, name)
    return w_value


@method(w_object_type, '__setattr__(self, name, value, /)')
def object_setattr(w_self, w_name, w_value):
    from fastpy.objspace import space
    _hackcheck(w_self, '__setattr__')
    generic_setattr(w_self, _name_w(w_name), w_value, w_self.gettype())
    return space.w_None


def _hackcheck(w_self, what):
    """CPython's hackcheck: object's __setattr__/__delattr__ may not
    bypass type's own (Carlo Verre's hack: object.__setattr__(str, ...))."""
    if isinstance(w_self, W_TypeObject):
        raise oefmt(exc.w_TypeError, "can't apply this %s to %s object" %
                    (what, w_self.gettype().name))


@method(w_object_type, '__delattr__(self, name, /)')
def object_delattr(w_self, w_name):
    from fastpy.objspace import space
    _hackcheck(w_self, '__delattr__')
    generic_setattr(w_self, _name_w(w_name), None, w_self.gettype())
    return space.w_None


@method(w_type_type, '__getattribute__(self, name, /)')
def type_getattribute(w_self, w_name):
    name = _name_w(w_name)
    if not isinstance(w_self, W_TypeObject):
        raise attribute_error(w_self, name)
    w_meta = w_self.gettype()
    w_meta_attr = w_meta.lookup(name)
    if w_meta_attr is not None and is_data_descr_with_get(w_meta_attr):
        return descr_get(w_meta_attr, w_self, w_meta)
    w_attr = w_self.lookup(name)
    if w_attr is not None:
        return descr_get(w_attr, None, w_self)
    if w_meta_attr is not None:
        return descr_get(w_meta_attr, w_self, w_meta)
    raise bare_attribute_error(w_self, name)


@method(w_type_type, '__setattr__(self, name, value, /)')
def type_setattr_func(w_self, w_name, w_value):
    from fastpy.objspace import space
    assert isinstance(w_self, W_TypeObject)
    generic_type_setattr(w_self, _name_w(w_name), w_value)
    return space.w_None


@method(w_type_type, '__delattr__(self, name, /)')
def type_delattr_func(w_self, w_name):
    from fastpy.objspace import space
    assert isinstance(w_self, W_TypeObject)
    generic_type_setattr(w_self, _name_w(w_name), None)
    return space.w_None


def _name_w(w_name):
    from fastpy.objspace.strobject import W_StrObject
    from fastpy.objspace import space
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "attribute name must be string, not '%s'" %
                    space.type_name(w_name))
    return w_name.value.encode('utf-8')
