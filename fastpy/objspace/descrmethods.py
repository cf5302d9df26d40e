"""The Python-visible side of descriptors and methods: the constructors
and methods of property, staticmethod and classmethod, __get__ of
functions, and the attributes, repr and equality of bound methods.
(The classes are in descriptor.py and interpreter/function.py; the
protocol itself is applied by attribute.py.)"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, staticmethod_, getset
from fastpy.interpreter.typecall import constructor
from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                         W_BoundMethod, w_method_type,
                                         w_function_type,
                                         w_builtin_function_type)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace import refcount
from fastpy.objspace.descriptor import (W_StaticMethod, W_ClassMethod,
    W_Property, w_staticmethod_type, w_classmethod_type, w_property_type)

TYPES = [w_property_type, w_staticmethod_type, w_classmethod_type]


def _none_or(w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def _absent(w_obj):
    """None (the object) counts as an absent part."""
    if w_obj is space.w_None:
        return None
    return w_obj


# ---------------------------------------------------------------- property

def _func_doc(w_func):
    if isinstance(w_func, W_Function):
        return w_func.w_doc
    return None


@staticmethod_(w_property_type,
               '__new__(cls, fget=None, fset=None, fdel=None, doc=None)')
def property_new(w_cls, w_fget, w_fset, w_fdel, w_doc):
    w_fget = _absent(w_fget)
    w_doc = _absent(w_doc)
    if w_doc is None and w_fget is not None:
        w_doc = _func_doc(w_fget)
    return W_Property(w_fget, _absent(w_fset), _absent(w_fdel), w_doc)


def _copy_property(w_prop, w_fget, w_fset, w_fdel):
    w_doc = w_prop.w_doc
    if w_doc is None or w_doc is _func_doc(w_prop.w_fget):
        w_doc = _func_doc(w_fget) if w_fget is not None else w_doc
    w_new = W_Property(w_fget, w_fset, w_fdel, w_doc)
    w_name = w_prop.w_name
    refcount.incref(w_name)
    w_new.w_name = w_name
    return w_new


@method(w_property_type, 'getter(self, fget, /)', W_Property)
def property_getter(w_prop, w_fget):
    return _copy_property(w_prop, _absent(w_fget), w_prop.w_fset,
                          w_prop.w_fdel)


@method(w_property_type, 'setter(self, fset, /)', W_Property)
def property_setter(w_prop, w_fset):
    return _copy_property(w_prop, w_prop.w_fget, _absent(w_fset),
                          w_prop.w_fdel)


@method(w_property_type, 'deleter(self, fdel, /)', W_Property)
def property_deleter(w_prop, w_fdel):
    return _copy_property(w_prop, w_prop.w_fget, w_prop.w_fset,
                          _absent(w_fdel))


@method(w_property_type, '__get__(self, instance, owner=None, /)',
        W_Property)
def property_get(w_prop, w_obj, w_owner):
    from fastpy.objspace.attribute import descr_get
    if w_obj is space.w_None:
        return w_prop
    return descr_get(w_prop, w_obj, None)


@method(w_property_type, '__set__(self, instance, value, /)', W_Property)
def property_set(w_prop, w_obj, w_value):
    from fastpy.objspace.attribute import descr_set
    descr_set(w_prop, w_obj, w_value, '')
    return space.w_None


@method(w_property_type, '__delete__(self, instance, /)', W_Property)
def property_delete(w_prop, w_obj):
    from fastpy.objspace.attribute import descr_set
    descr_set(w_prop, w_obj, None, '')
    return space.w_None


@method(w_property_type, '__set_name__(self, owner, name, /)', W_Property)
def property_set_name(w_prop, w_owner, w_name):
    w_old = w_prop.w_name
    refcount.incref(w_name)
    w_prop.w_name = w_name
    refcount.decref(w_old)
    return space.w_None


def _prop(w_obj):
    assert isinstance(w_obj, W_Property)
    return w_obj

getset(w_property_type, 'fget', lambda w: _none_or(_prop(w).w_fget))
getset(w_property_type, 'fset', lambda w: _none_or(_prop(w).w_fset))
getset(w_property_type, 'fdel', lambda w: _none_or(_prop(w).w_fdel))


def _set_prop_doc(w_obj, w_value):
    # property.__doc__ is writable (namedtuple fields set theirs);
    # deleting it (w_value None) leaves None
    w_prop = _prop(w_obj)
    w_old = w_prop.w_doc
    refcount.incref(w_value)
    w_prop.w_doc = w_value
    refcount.decref(w_old)

getset(w_property_type, '__doc__', lambda w: _none_or(_prop(w).w_doc),
       _set_prop_doc)


# ---------------------------------------------------------------- static/class

@staticmethod_(w_staticmethod_type, '__new__(cls, function, /)')
def staticmethod_new(w_cls, w_func):
    return W_StaticMethod(w_func)


@staticmethod_(w_classmethod_type, '__new__(cls, function, /)')
def classmethod_new(w_cls, w_func):
    return W_ClassMethod(w_func)


@method(w_staticmethod_type, '__get__(self, instance, owner=None, /)',
        W_StaticMethod)
def staticmethod_get(w_sm, w_obj, w_owner):
    return w_sm.w_func


@method(w_staticmethod_type, '__call__(self, *args, **kwargs)',
        W_StaticMethod)
def staticmethod_call(w_sm, args_w, kw_names, kw_values_w):
    """Static methods are callable since 3.10: the function itself."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    return call_function(w_sm.w_func, Arguments(args_w, kw_names,
                                                kw_values_w))


@method(w_classmethod_type, '__get__(self, instance, owner=None, /)',
        W_ClassMethod)
def classmethod_get(w_cm, w_obj, w_owner):
    if w_owner is space.w_None:
        w_owner = w_obj.gettype()
    return W_BoundMethod(w_owner, w_cm.w_func)


def _sm_func(w_obj):
    assert isinstance(w_obj, W_StaticMethod)
    return w_obj.w_func


def _cm_func(w_obj):
    assert isinstance(w_obj, W_ClassMethod)
    return w_obj.w_func

getset(w_staticmethod_type, '__func__', _sm_func)
getset(w_staticmethod_type, '__wrapped__', _sm_func)
getset(w_classmethod_type, '__func__', _cm_func)
getset(w_classmethod_type, '__wrapped__', _cm_func)


# ---------------------------------------------------------------- functions

@method(w_function_type, '__get__(self, instance, owner=None, /)',
        W_Function)
def function_get(w_func, w_obj, w_owner):
    if w_obj is space.w_None:
        return w_func
    return W_BoundMethod(w_obj, w_func)


# ---------------------------------------------------------------- methods

def _bm(w_obj):
    assert isinstance(w_obj, W_BoundMethod)
    return w_obj


def _bm_name(w_obj):
    return space.getattr_w(_bm(w_obj).w_func, '__name__')


def _bm_qualname(w_obj):
    return space.getattr_w(_bm(w_obj).w_func, '__qualname__')


def _bm_doc(w_obj):
    return space.getattr_w(_bm(w_obj).w_func, '__doc__')


def _bm_annotations(w_obj):
    return space.getattr_w(_bm(w_obj).w_func, '__annotations__')


for _w_t in [w_method_type]:
    getset(_w_t, '__func__', lambda w: _bm(w).w_func)
    getset(_w_t, '__self__', lambda w: _bm(w).w_self)
    getset(_w_t, '__name__', _bm_name)
    getset(_w_t, '__qualname__', _bm_qualname)
    getset(_w_t, '__doc__', _bm_doc)
    getset(_w_t, '__annotations__', _bm_annotations)


def method_repr_u(w_method):
    """<bound method C.f of <obj repr>> / <built-in method f of ...>."""
    w_func = w_method.w_func
    if isinstance(w_func, W_BuiltinFunction):
        return (u'<built-in method ' + w_func.name.decode('utf-8') +
                u' of ' + space.type_name(w_method.w_self).decode('utf-8') +
                u' object at 0x' + _addr(w_method.w_self) + u'>')
    if isinstance(w_func, W_Function):
        name = w_func.qualname.decode('utf-8')
    else:
        name = u'?'
    return (u'<bound method ' + name + u' of ' +
            space.repr_u(w_method.w_self) + u'>')


def _addr(w_obj):
    from rpython.rlib.objectmodel import compute_unique_id
    from fastpy.objspace import protocol
    return protocol._hex_addr(compute_unique_id(w_obj)).decode('ascii')


@method(w_method_type, '__repr__(self, /)', W_BoundMethod)
def method_repr(w_method):
    from fastpy.objspace.strobject import newstr
    return newstr(method_repr_u(w_method))


@method(w_method_type, '__eq__(self, value, /)', W_BoundMethod)
def method_eq(w_method, w_other):
    from fastpy.objspace.noneobject import w_NotImplemented
    if not isinstance(w_other, W_BoundMethod):
        return w_NotImplemented
    return space.newbool(w_method.w_func is w_other.w_func and
                            w_method.w_self is w_other.w_self)


@method(w_method_type, '__hash__(self, /)', W_BoundMethod)
def method_hash(w_method):
    from fastpy.objspace import protocol
    from fastpy.objspace.intobject import newint
    from rpython.rlib.rarithmetic import intmask
    h = intmask(protocol.identity_hash(w_method.w_self) ^
                protocol.identity_hash(w_method.w_func))
    if h == -1:
        h = -2
    return newint(h)


@constructor(w_method_type, 'method(function, instance, /)')
def method_new(w_cls, w_func, w_self):
    """types.MethodType(func, obj): func bound to obj."""
    from fastpy.modules.builtinfuncs import callable_w
    if not callable_w(w_func):
        raise oefmt(exc.w_TypeError, "first argument must be callable")
    if w_self is space.w_None:
        raise oefmt(exc.w_TypeError, "instance must not be None")
    return W_BoundMethod(w_self, w_func)
