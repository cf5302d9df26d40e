"""The Python-visible side of descriptors and methods: the constructors
and methods of property, staticmethod and classmethod, __get__ of
functions, and the attributes, repr and equality of bound methods.
(The classes are in descriptor.py and interpreter/function.py; the
protocol itself is applied by attribute.py.)"""

from fastpy.interpreter.error import OperationError, oefmt
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


# As in CPython, __new__ makes an empty property and __init__ fills it,
# so that subclasses can extend either.

@staticmethod_(w_property_type, '__new__(cls, *args, **kwargs)')
def property_new(w_cls, args_w, kw_names, kw_values_w):
    from fastpy.objspace.typeobject import W_TypeObject
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError, "property.__new__(X): X is not a type "
                    "object (%s)" % space.type_name(w_cls))
    if not w_cls.is_subtype(w_property_type):
        raise oefmt(exc.w_TypeError, "property.__new__(%s): %s is not a "
                    "subtype of property" % (w_cls.name, w_cls.name))
    if w_cls is w_property_type:
        return W_Property(None, None, None, None)
    from fastpy.objspace.userobjects import allocate
    return allocate(w_cls)


@method(w_property_type,
        '__init__(self, fget=None, fset=None, fdel=None, doc=None)',
        W_Property)
def property_init(w_prop, w_fget, w_fset, w_fdel, w_doc):
    w_fget = _absent(w_fget)
    w_doc = _absent(w_doc)
    if w_doc is None and w_fget is not None:
        w_doc = _func_doc(w_fget)
    _set_parts(w_prop, w_fget, _absent(w_fset), _absent(w_fdel))
    if w_prop.is_user:
        # A subclass instance keeps the doc in its own __doc__ (else the
        # subclass's class-level __doc__ would shadow it).
        from fastpy.objspace.attribute import setattr_w
        setattr_w(w_prop, '__doc__', _none_or(w_doc))
    else:
        _set_prop_doc(w_prop, w_doc)
    return space.w_None


def _set_parts(w_prop, w_fget, w_fset, w_fdel):
    old_w = [w_prop.w_fget, w_prop.w_fset, w_prop.w_fdel]
    refcount.incref(w_fget)
    refcount.incref(w_fset)
    refcount.incref(w_fdel)
    w_prop.w_fget, w_prop.w_fset, w_prop.w_fdel = w_fget, w_fset, w_fdel
    for w_old in old_w:
        refcount.decref(w_old)


def _copy_property(w_prop, w_fget, w_fset, w_fdel):
    w_doc = w_prop.w_doc
    if w_doc is None or w_doc is _func_doc(w_prop.w_fget):
        w_doc = _func_doc(w_fget) if w_fget is not None else w_doc
    if w_prop.is_user:
        # property_copy: type(self)(fget, fset, fdel, doc)
        from fastpy.objspace.itertypes import call_holding
        w_new = call_holding(w_prop.gettype(), [
            _none_or(w_fget), _none_or(w_fset), _none_or(w_fdel),
            _none_or(w_doc)])
        if not isinstance(w_new, W_Property):
            return w_new
    else:
        w_new = W_Property(w_fget, w_fset, w_fdel, w_doc)
    w_name = w_prop.w_name
    refcount.incref(w_name)
    w_old = w_new.w_name
    w_new.w_name = w_name
    refcount.decref(w_old)
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
    from fastpy.objspace.attribute import property_get_value
    if w_obj is space.w_None:
        return w_prop
    return property_get_value(w_prop, w_obj)


@method(w_property_type, '__set__(self, instance, value, /)', W_Property)
def property_set(w_prop, w_obj, w_value):
    from fastpy.objspace.attribute import property_set_value
    property_set_value(w_prop, w_obj, w_value)
    return space.w_None


@method(w_property_type, '__delete__(self, instance, /)', W_Property)
def property_delete(w_prop, w_obj):
    from fastpy.objspace.attribute import property_set_value
    property_set_value(w_prop, w_obj, None)
    return space.w_None


@method(w_property_type, '__set_name__(self, *args)', W_Property)
def property_set_name(w_prop, args_w):
    if len(args_w) != 2:
        raise oefmt(exc.w_TypeError, "__set_name__() takes 2 positional "
                    "arguments but %d were given" % len(args_w))
    w_name = args_w[1]
    w_old = w_prop.w_name
    refcount.incref(w_name)
    w_prop.w_name = w_name
    refcount.decref(w_old)
    return space.w_None


def _prop(w_obj):
    assert isinstance(w_obj, W_Property)
    return w_obj

getset(w_property_type, 'fget', lambda w: _none_or(_prop(w).w_fget),
       member=True)
getset(w_property_type, 'fset', lambda w: _none_or(_prop(w).w_fset),
       member=True)
getset(w_property_type, 'fdel', lambda w: _none_or(_prop(w).w_fdel),
       member=True)


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
    w_sm = W_StaticMethod(w_func)
    _copy_wrapped_attrs(w_sm, w_func)
    return w_sm


@staticmethod_(w_classmethod_type, '__new__(cls, function, /)')
def classmethod_new(w_cls, w_func):
    w_cm = W_ClassMethod(w_func)
    _copy_wrapped_attrs(w_cm, w_func)
    return w_cm


WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__',
                 '__annotations__']


def _copy_wrapped_attrs(w_wrapper, w_func):
    """CPython's functools_wraps: the function's attributes that exist
    go into the wrapper's dict."""
    for name in WRAPPED_ATTRS:
        try:
            w_value = space.getattr_w(w_func, name)
        except OperationError as e:
            if not e.match(exc.w_AttributeError):
                raise
            refcount.discard(e.w_exc)
            continue
        w_wrapper.store_attr(name, w_value)
        refcount.discard(w_value)


def _wrapper_dict(w_obj):
    if isinstance(w_obj, W_StaticMethod) or isinstance(w_obj, W_ClassMethod):
        return w_obj.getdict()
    raise oefmt(exc.w_TypeError, "descriptor '__dict__' doesn't apply")


getset(w_staticmethod_type, '__dict__', _wrapper_dict)
getset(w_classmethod_type, '__dict__', _wrapper_dict)


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
    from fastpy.objspace.protocol import bind_classmethod
    return bind_classmethod(w_cm.w_func, w_owner)


def _sm_func(w_obj):
    assert isinstance(w_obj, W_StaticMethod)
    return w_obj.w_func


def _cm_func(w_obj):
    assert isinstance(w_obj, W_ClassMethod)
    return w_obj.w_func

getset(w_staticmethod_type, '__func__', _sm_func, member=True)
getset(w_staticmethod_type, '__wrapped__', _sm_func, member=True)
getset(w_classmethod_type, '__func__', _cm_func, member=True)
getset(w_classmethod_type, '__wrapped__', _cm_func, member=True)


def _is_abstract(w_func):
    """bool(getattr(w_func, '__isabstractmethod__', False))."""
    from fastpy.interpreter.error import OperationError
    if w_func is None:
        return False
    try:
        w_flag = space.getattr_w(w_func, '__isabstractmethod__')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return False
    try:
        return space.is_true(w_flag)
    finally:
        refcount.discard(w_flag)


def _prop_isabstract(w_obj):
    w_prop = _prop(w_obj)
    return space.newbool(_is_abstract(w_prop.w_fget) or
                         _is_abstract(w_prop.w_fset) or
                         _is_abstract(w_prop.w_fdel))

getset(w_property_type, '__isabstractmethod__', _prop_isabstract)
getset(w_staticmethod_type, '__isabstractmethod__',
       lambda w: space.newbool(_is_abstract(_sm_func(w))))
getset(w_classmethod_type, '__isabstractmethod__',
       lambda w: space.newbool(_is_abstract(_cm_func(w))))


# ---------------------------------------------------------------- functions

@method(w_function_type, '__get__(self, instance, owner=None, /)',
        W_Function)
def function_get(w_func, w_obj, w_owner):
    if w_obj is space.w_None:
        return w_func
    return W_BoundMethod(w_obj, w_func)


@constructor(w_function_type, 'function(code, globals, name=None, '
             'argdefs=None, closure=None)')
def function_new(w_cls, w_code, w_globals, w_name, w_argdefs, w_closure):
    """types.FunctionType(code, globals, ...), as CPython's func_new."""
    from fastpy.compiler.code import W_Code
    from fastpy.interpreter.function import W_Cell
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.objspace.strobject import W_StrObject
    from fastpy.objspace.tupleobject import W_TupleObject
    if not isinstance(w_code, W_Code):
        raise oefmt(exc.w_TypeError, "function() argument 'code' must be "
                    "code, not %s" % space.type_name(w_code))
    if not isinstance(w_globals, W_DictObject):
        raise oefmt(exc.w_TypeError, "function() argument 'globals' must "
                    "be dict, not %s" % space.type_name(w_globals))
    if w_name is not space.w_None and not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "arg 3 (name) must be None or string")
    defaults_w = []
    if w_argdefs is not space.w_None:
        if not isinstance(w_argdefs, W_TupleObject):
            raise oefmt(exc.w_TypeError,
                        "arg 4 (defaults) must be None or tuple")
        defaults_w = list(w_argdefs.items_w)
    nfree = len(w_code.co_freevars)
    closure_w = None
    nclosure = 0
    if w_closure is not space.w_None:
        if not isinstance(w_closure, W_TupleObject):
            raise oefmt(exc.w_TypeError, "arg 5 (closure) must be tuple")
        for w_cell in w_closure.items_w:
            if not isinstance(w_cell, W_Cell):
                raise oefmt(exc.w_TypeError, "arg 5 (closure) expected "
                            "cell, found %s" % space.type_name(w_cell))
        nclosure = len(w_closure.items_w)
        if nclosure > 0:
            closure_w = list(w_closure.items_w)
    elif nfree > 0:
        raise oefmt(exc.w_TypeError, "arg 5 (closure) must be tuple")
    if nclosure != nfree:
        raise oefmt(exc.w_ValueError, "%s requires closure of length %d, "
                    "not %d" % (w_code.co_name, nfree, nclosure))
    w_func = W_Function(w_code, w_globals, defaults_w, None, closure_w)
    if isinstance(w_name, W_StrObject):
        w_func.name = space.str_w(w_name).encode('utf-8')
    return w_func


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
        if w_func.is_slot_wrapper():
            return (u"<method-wrapper '" + w_func.name.decode('utf-8') +
                    u"' of " +
                    space.type_name(w_method.w_self).decode('utf-8') +
                    u' object at 0x' + _addr(w_method.w_self) + u'>')
        return (u'<built-in method ' + w_func.name.decode('utf-8') +
                u' of ' + space.type_name(w_method.w_self).decode('utf-8') +
                u' object at 0x' + _addr(w_method.w_self) + u'>')
    if isinstance(w_func, W_Function):
        name = w_func.qualname.decode('utf-8')
    else:
        name = _callable_name(w_func)
    return (u'<bound method ' + name + u' of ' +
            space.repr_u(w_method.w_self) + u'>')


def _callable_name(w_func):
    """CPython's method_repr: the callable's __qualname__, else (when it
    has none) its __name__; '?' when that is missing or not a str."""
    from fastpy.objspace.strobject import W_StrObject
    w_value = space.getattr_or_none(w_func, '__qualname__')
    if w_value is None:
        w_value = space.getattr_or_none(w_func, '__name__')
    result = u'?'
    if isinstance(w_value, W_StrObject):
        result = w_value.value
    refcount.discard(w_value)
    return result


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
