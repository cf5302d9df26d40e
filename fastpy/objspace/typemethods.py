"""`type` and `object` as Python objects: calling a type (type.__call__:
__new__ then __init__, with CPython's rules and messages), creating one
(type.__new__: bases, metaclass, __slots__, __qualname__, __classcell__,
__set_name__, __init_subclass__), the attributes of types (__name__,
__mro__, __dict__ ...), the methods of object, isinstance/issubclass
with __instancecheck__/__subclasscheck__, and builtins.__build_class__
(CPython's metaclass calculation and __prepare__).

Types are immortal; the values in a user type's dict are counted slots
(typeobject.py).
"""

from rpython.rlib import jit

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import (method, classmethod_, staticmethod_,
                                        getset, function)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace import refcount
from fastpy.objspace.typeobject import (W_TypeObject, w_object_type,
                                        w_type_type, W_TypeWithMetaclass,
                                        all_heap_types)
from fastpy.objspace.typemro import (best_base, init_type_mro,
                                     type_set_bases, mro_implementation,
                                     has_default_mro)
from fastpy.objspace.mapdict import (W_ObjectInstance, Terminator,
                                     W_MemberDescr, get_terminator)
from fastpy.objspace.descriptor import (W_StaticMethod, W_ClassMethod,
                                        W_GetSetDescr)
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.modules.frameaccess import frame_builtin
from fastpy.compiler.symtable import mangle
from fastpy.objspace.strcase import is_identifier


def _call_args(w_func, args):
    from fastpy.interpreter.eval import call_function
    return call_function(w_func, args)


def _call(w_func, args_w):
    from fastpy.interpreter.function import Arguments
    return _call_args(w_func, Arguments(args_w))


def _text(name):
    return space.newtext(name)


def _str_value(w_obj):
    assert isinstance(w_obj, W_StrObject)
    return w_obj.value.encode('utf-8')


# ---------------------------------------------------------------- calling

def type_call(w_type, args):
    """w_type(*args): the metatype's __call__ (type.__call__ unless a
    metaclass overrides it)."""
    w_meta = jit.promote(w_type.gettype())
    if w_meta is not w_type_type:
        w_call = w_meta.lookup('__call__')
        if w_call is not None and w_call is not type_call_method.w_func:
            from fastpy.interpreter.function import W_Function
            if isinstance(w_call, W_Function):
                return _call_args(w_call, args.prepend(w_type))
            from fastpy.objspace.attribute import descr_get
            w_bound = descr_get(w_call, w_type, w_meta)
            refcount.incref(w_bound)
            try:
                return _call_args(w_bound, args)
            finally:
                refcount.decref(w_bound)
    return type_call_default(w_type, args)


@jit.elidable
def _new_owner(w_type, version):
    """The type in w_type's MRO whose __new__ creates the instances: the
    first with `__new__` in its dict or with a legacy constructor."""
    for w_t in w_type.mro_w:
        if '__new__' in w_t.dict_w:
            return w_t
        if (w_t.constructor is not None and not w_t.is_heaptype and
                w_t is not w_type_type):
            return w_t
    return w_object_type


def new_owner(w_type):
    w_type = jit.promote(w_type)
    return _new_owner(w_type, jit.promote(w_type.version))


@jit.elidable
def _find_new(w_type, version):
    """The __new__ that type.__call__ uses, or None for a builtin type
    with a legacy constructor."""
    w_owner = _new_owner(w_type, version)
    return w_owner.dict_w.get('__new__', None)


def find_new(w_type):
    w_type = jit.promote(w_type)
    return _find_new(w_type, jit.promote(w_type.version))


def type_call_default(w_type, args):
    """type.__call__: __new__, then __init__ if the result is an
    instance of w_type."""
    w_type = jit.promote(w_type)
    nargs = len(args.args_w)
    if w_type is w_type_type:
        if nargs == 1 and len(args.kw_names) == 0:
            return args.args_w[0].gettype()
        if nargs != 3:
            raise oefmt(exc.w_TypeError, "type() takes 1 or 3 arguments")
    elif not w_type.is_heaptype and w_type.constructor is not None:
        # An exact builtin type: its constructor does everything.
        return w_type.constructor.impl(args)
    w_new = find_new(w_type)
    if w_new is None:
        from fastpy.objspace import userobjects
        w_obj = userobjects.new_from_legacy(w_type, new_owner(w_type), args)
    elif w_new is object_new.w_func:
        w_obj = object_new_impl(w_type, args)
    elif (w_type.is_heaptype and _is_builtin_new(w_new) and
            not new_owner(w_type).makes_subtype_instances):
        from fastpy.objspace import userobjects
        w_obj = userobjects.new_user_instance(w_type, args)
    elif isinstance(w_new, W_ClassMethod):
        # a classmethod __new__ is bound to the class, and still gets it
        # as its first argument
        from fastpy.objspace.protocol import bind_classmethod
        w_bound = bind_classmethod(w_new.w_func, w_type)
        refcount.incref(w_bound)
        try:
            w_obj = _call_args(w_bound, with_first(w_type, args))
        finally:
            refcount.decref(w_bound)
    else:
        if isinstance(w_new, W_StaticMethod):
            w_new = w_new.w_func
        w_obj = _call_args(w_new, with_first(w_type, args))
    w_objtype = jit.promote(w_obj.gettype())
    if not w_objtype.is_subtype(w_type):
        return w_obj
    # __init__ of the object's own type (__new__ may return an instance
    # of a subclass)
    w_type = w_objtype
    w_init = w_type.lookup('__init__')
    if w_init is object_init.w_func or w_init is None:
        if _excess_args(args):
            check_object_init(w_obj.gettype())
        return w_obj
    # The new object is a temporary: hold it while __init__ runs.
    refcount.incref(w_obj)
    try:
        from fastpy.interpreter.function import W_Function
        if isinstance(w_init, W_Function):
            w_res = _call_args(w_init, with_first(w_obj, args))
        else:
            from fastpy.objspace.attribute import descr_get
            w_bound = descr_get(w_init, w_obj, w_type)
            refcount.incref(w_bound)
            try:
                w_res = _call_args(w_bound, args)
            finally:
                refcount.decref(w_bound)
        check_init_result(w_res)
    except OperationError:
        refcount.decref(w_obj)
        raise
    refcount.disown(w_obj)
    return w_obj


def check_init_result(w_res):
    """TypeError unless __init__ returned None (w_res: its borrowed
    result)."""
    if w_res is not space.w_None:
        name = w_res.gettype().name
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError,
                    "__init__() should return None, not '%s'" % name)


@jit.unroll_safe
def with_first(w_first, args):
    """args with w_first in front (no list concatenation: in traces the
    copy is unrolled over the virtual list)."""
    from fastpy.interpreter.function import Arguments
    n = len(args.args_w)
    args_w = [None] * (n + 1)
    args_w[0] = w_first
    for i in range(n):
        args_w[i + 1] = args.args_w[i]
    return Arguments(args_w, args.kw_names, args.kw_values_w)


def _is_builtin_new(w_new):
    from fastpy.interpreter.function import W_BuiltinFunction
    return isinstance(w_new, W_BuiltinFunction) and \
        w_new is not type_new_func.w_func


def _excess_args(args):
    return len(args.args_w) > 0 or len(args.kw_names) > 0


def check_object_init(w_type):
    """object.__init__ with arguments: CPython's object_init."""
    if w_type.lookup('__init__') is not object_init.w_func:
        raise oefmt(exc.w_TypeError, "object.__init__() takes exactly one "
                    "argument (the instance to initialize)")
    if w_type.lookup('__new__') is object_new.w_func:
        raise oefmt(exc.w_TypeError,
                    "%s.__init__() takes exactly one argument (the instance "
                    "to initialize)" % w_type.name)


def object_new_impl(w_type, args):
    check_not_abstract(w_type)
    if _excess_args(args):
        if w_type.lookup('__new__') is not object_new.w_func:
            raise oefmt(exc.w_TypeError, "object.__new__() takes exactly one "
                        "argument (the type to instantiate)")
        w_init = w_type.lookup('__init__')
        if w_init is object_init.w_func or w_init is None:
            raise oefmt(exc.w_TypeError, "%s() takes no arguments" %
                        w_type.name)
    return allocate_instance(w_type)


def allocate_instance(w_type):
    """A new, empty instance of w_type (object.__new__)."""
    w_owner = new_owner(w_type)
    if w_owner is w_object_type:
        if w_type.is_heaptype and not _solid_is_object(w_type):
            from fastpy.objspace import userobjects
            return userobjects.allocate(w_type)
        return W_ObjectInstance(w_type)
    from fastpy.objspace import userobjects
    return userobjects.allocate(w_type)


@jit.elidable
def _solid_is_object(w_type):
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t is w_object_type
    return True


# ---------------------------------------------------------------- object

@staticmethod_(w_object_type, '__new__(cls, *args, **kwargs)')
def object_new(w_cls, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.function import Arguments
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError,
                    "object.__new__(X): X is not a type object (%s)" %
                    w_cls.gettype().name)
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    return object_new_impl(w_cls, Arguments(args_w, kw_names, kw_values_w))


@method(w_object_type, '__init__(self, *args, **kwargs)')
def object_init(w_self, args_w, kw_names, kw_values_w):
    if len(args_w) > 0 or kw_names is not None:
        check_object_init(w_self.gettype())
    return space.w_None


# object.__repr__, __str__, __hash__, __eq__, __ne__: slots.py.


@classmethod_(w_object_type, '__init_subclass__(cls, /)')
def object_init_subclass(w_cls):
    return space.w_None


@classmethod_(w_object_type, '__subclasshook__(cls, *args)')
def object_subclasshook(w_cls, args_w):
    from fastpy.objspace.noneobject import w_NotImplemented
    return w_NotImplemented


@method(w_object_type, '__format__(self, format_spec, /)')
def object_format(w_self, w_spec):
    from fastpy.objspace.strobject import newstr
    if not isinstance(w_spec, W_StrObject):
        raise oefmt(exc.w_TypeError, "__format__() argument must be str, "
                    "not %s" % w_spec.gettype().name)
    if len(w_spec.value) > 0:
        raise oefmt(exc.w_TypeError,
                    "unsupported format string passed to %s.__format__" %
                    w_self.gettype().name)
    return newstr(space.str_u(w_self))


@method(w_object_type, '__dir__(self, /)')
def object_dir(w_self):
    from fastpy.objspace.listobject import newlist
    names = []
    if w_self.is_user:
        for name in w_self.attribute_names():
            names.append(name)
    w_type = w_self.gettype()
    for w_t in w_type.mro_w:
        for name in w_t.dict_w.keys():
            if name not in names:
                names.append(name)
    return newlist([_text(n) for n in names])


# object.__reduce_ex__, __reduce__, __getstate__: objectreduce.py


@method(w_object_type, '__sizeof__(self, /)')
def object_sizeof(w_self):
    from fastpy.objspace.intobject import newint
    return newint(16)


def _object_get_class(w_obj):
    return w_obj.gettype()


def _object_set_class(w_obj, w_value):
    if w_value is None:
        raise oefmt(exc.w_TypeError, "can't delete __class__ attribute")
    if not isinstance(w_value, W_TypeObject):
        raise oefmt(exc.w_TypeError,
                    "__class__ must be set to a class, not '%s' object" %
                    w_value.gettype().name)
    w_old = w_obj.gettype()
    if isinstance(w_obj, W_Module):
        _module_set_class(w_obj, w_old, w_value)
        return
    if not (w_obj.is_user and w_value.is_heaptype and
            _same_layout(w_old, w_value) and w_obj.set_class(w_value)):
        raise oefmt(exc.w_TypeError,
                    "__class__ assignment: '%s' object layout differs from "
                    "'%s'" % (w_value.name, w_old.name))

getset(w_object_type, '__class__', _object_get_class, _object_set_class)


def _module_set_class(w_module, w_old, w_value):
    """A module may become an instance of `module` or of any subclass of
    it that adds no slots (CPython allows module objects to change
    class, e.g. to give a module properties or a __getattr__)."""
    from fastpy.objspace.moduleobject import w_module_type
    if not w_value.is_subtype(w_module_type):
        raise oefmt(exc.w_TypeError,
                    "__class__ assignment only supported for mutable types "
                    "or ModuleType subclasses")
    if get_terminator(w_value).nslots != 0:
        raise oefmt(exc.w_TypeError,
                    "__class__ assignment: '%s' object layout differs from "
                    "'%s'" % (w_value.name, w_old.name))
    w_module.set_module_class(w_value)


def _same_layout(w_old, w_new):
    """May an instance of w_old become one of w_new?  (CPython's
    compatible_for_assignment.)  Both must have the same builtin base
    (object, list, float ...: the representation of the instances), not
    one of the variable-size bases (int, bytes, tuple), whose subclasses
    CPython never lets change class.  Each type is followed up its bases
    while it adds nothing to its base's layout; the two types reached
    must be the same, or siblings adding the same layout and slot
    names."""
    w_solid = _solid_base(w_old)
    if w_solid is not _solid_base(w_new) or itemsize(w_solid) != 0:
        return False
    w_nb = _layout_owner(w_new)
    w_ob = _layout_owner(w_old)
    if w_nb is w_ob:
        return True
    if w_nb.w_base is not w_ob.w_base:
        return False
    return (_layout_equal(w_nb, w_ob) and w_nb.is_heaptype and
            w_ob.is_heaptype and _same_slot_names(w_nb, w_ob))


def _solid_base(w_type):
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t
    return w_object_type


def _layout_owner(w_type):
    while (w_type.is_heaptype and w_type.w_base is not None and
           _layout_equal(w_type, w_type.w_base)):
        w_type = w_type.w_base
    return w_type


def _has_weakref_slot(w_type):
    return w_type.is_heaptype and w_type.lookup('__weakref__') is not None


def _layout_equal(w_a, w_b):
    ta = get_terminator(w_a)
    tb = get_terminator(w_b)
    return (ta.nslots == tb.nslots and ta.has_dict == tb.has_dict and
            _has_weakref_slot(w_a) == _has_weakref_slot(w_b))


def _own_slot_names(w_type):
    """The names of the slots w_type's `__slots__` added."""
    from fastpy.objspace.mapdict import W_MemberDescr
    names = []
    for name, w_value in w_type.dict_w.items():
        if isinstance(w_value, W_MemberDescr) and \
                w_value.w_objclass is w_type:
            names.append(name)
    return names


def _same_slot_names(w_a, w_b):
    """The same slot names, in any order."""
    if '__slots__' not in w_a.dict_w or '__slots__' not in w_b.dict_w:
        return True
    names_a = _own_slot_names(w_a)
    names_b = _own_slot_names(w_b)
    if len(names_a) != len(names_b):
        return False
    for name in names_a:
        if name not in names_b:
            return False
    return True


def _builtin_dict_descr(w_type):
    """The `__dict__` descriptor of the nearest builtin base whose
    instances have a dict of their own (type, for a metaclass deriving
    from a class with instance dicts): CPython's
    get_builtin_base_with_dict, to which a heap type's __dict__ defers."""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            w_descr = w_t.dict_w.get('__dict__', None)
            if isinstance(w_descr, W_GetSetDescr):
                return w_descr
    return None


def _instance_get_dict(w_obj):
    w_dict = w_obj.getdict()
    if w_dict is None:
        w_descr = _builtin_dict_descr(w_obj.gettype())
        if w_descr is not None:
            return w_descr.getter(w_obj)
        raise oefmt(exc.w_AttributeError,
                    "'%s' object has no attribute '__dict__'" %
                    w_obj.gettype().name)
    return w_dict


def _instance_set_dict(w_obj, w_value):
    w_descr = _builtin_dict_descr(w_obj.gettype())
    if w_descr is not None:
        from fastpy.objspace.attribute import descr_set
        descr_set(w_descr, w_obj, w_value, '__dict__')
        return
    if w_value is None:
        # del obj.__dict__: the attributes go, a new dict starts empty
        w_value = newdict()
    elif not isinstance(w_value, W_DictObject):
        raise oefmt(exc.w_TypeError,
                    "__dict__ must be set to a dictionary, not a '%s'" %
                    w_value.gettype().name)
    if w_obj.getdict() is None:
        raise oefmt(exc.w_AttributeError,
                    "'%s' object has no attribute '__dict__'" %
                    w_obj.gettype().name)
    w_obj.setdict(w_value)


def _instance_get_weakref(w_obj):
    lst = w_obj.get_weaklist()      # objspace/weaklist.py
    if lst is not None:
        w_first = lst.first()
        if w_first is not None:
            return w_first
    return space.w_None


# ---------------------------------------------------------------- type attrs

def _type_w(w_obj):
    if not isinstance(w_obj, W_TypeObject):
        raise oefmt(exc.w_TypeError, "descriptor requires a 'type' object "
                    "but received '%s'" % w_obj.gettype().name)
    return w_obj


def _type_get_name(w_obj):
    return _text(_type_w(w_obj).name)


def _check_heap_set(w_type, what):
    if not w_type.is_heaptype:
        raise oefmt(exc.w_TypeError,
                    "cannot set '%s' attribute of immutable type '%s'" %
                    (what, w_type.name))


def _check_special_set(w_type, what, w_value):
    """CPython's check_set_special_type_attr: a heap type's own special
    attributes can be set but never deleted."""
    _check_heap_set(w_type, what)
    if w_value is None:
        raise oefmt(exc.w_TypeError,
                    "cannot delete '%s' attribute of immutable type '%s'" %
                    (what, w_type.name))


def _type_set_name(w_obj, w_value):
    w_type = _type_w(w_obj)
    _check_special_set(w_type, '__name__', w_value)
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "can only assign string to %s.__name__, not '%s'" %
                    (w_type.name, w_value.gettype().name))
    w_type.name = _str_value(w_value)


def _type_get_qualname(w_obj):
    return _text(_type_w(w_obj).qualname)


def _type_set_qualname(w_obj, w_value):
    w_type = _type_w(w_obj)
    _check_special_set(w_type, '__qualname__', w_value)
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "can only assign string to %s.__qualname__, not '%s'" %
                    (w_type.name, _type_name_or_none(w_value)))
    w_type.qualname = _str_value(w_value)


def _type_name_or_none(w_value):
    if w_value is None:
        return 'NoneType'
    return w_value.gettype().name


def _type_get_module(w_obj):
    w_type = _type_w(w_obj)
    if w_type.is_heaptype:
        w_mod = w_type.dict_w.get('__module__', None)
        if w_mod is None:
            raise oefmt(exc.w_AttributeError, "__module__")
        return w_mod
    w_mod = w_type.dict_w.get('__module__', None)   # types of modules
    if w_mod is not None and w_type is not w_type_type:
        return w_mod     # (type's own entry is this very descriptor)
    return _text('builtins')


def _type_set_module(w_obj, w_value):
    w_type = _type_w(w_obj)
    _check_special_set(w_type, '__module__', w_value)
    w_type.setdictvalue('__module__', w_value)


def _type_get_bases(w_obj):
    return newtuple(_copy_types(_type_w(w_obj).bases_w))


def _type_set_bases(w_obj, w_value):
    w_type = _type_w(w_obj)
    _check_special_set(w_type, '__bases__', w_value)
    if not isinstance(w_value, W_TupleObject):
        raise oefmt(exc.w_TypeError, "can only assign tuple to "
                    "%s.__bases__, not %s" % (w_type.name,
                                              w_value.gettype().name))
    if len(w_value.items_w) == 0:
        raise oefmt(exc.w_TypeError, "can only assign non-empty tuple to "
                    "%s.__bases__, not ()" % w_type.name)
    bases_w = []
    for w_b in w_value.items_w:
        if not isinstance(w_b, W_TypeObject):
            raise oefmt(exc.w_TypeError, "%s.__bases__ must be tuple of "
                        "classes, not '%s'" % (w_type.name,
                                               w_b.gettype().name))
        bases_w.append(w_b)
    type_set_bases(w_type, bases_w)


def _copy_types(types_w):
    """A list of W_Root (not of W_TypeObject) for newtuple/newlist."""
    result_w = [None] * len(types_w)
    for i in range(len(types_w)):
        result_w[i] = types_w[i]
    return result_w


def _type_get_base(w_obj):
    """CPython's tp_base: the best base (typemro.best_base)."""
    w_type = _type_w(w_obj)
    if w_type.w_base is None:
        return space.w_None
    return w_type.w_base


def _type_get_mro(w_obj):
    mro_w = _type_w(w_obj).mro_w
    if len(mro_w) == 0:
        return space.w_None      # its metaclass's mro() is running
    return newtuple(_copy_types(mro_w))


def _type_get_dict(w_obj):
    from fastpy.objspace.mappingproxy import W_MappingProxy
    return W_MappingProxy(_type_w(w_obj))


def _type_get_doc(w_obj):
    w_type = _type_w(w_obj)
    w_doc = w_type.dict_w.get('__doc__', None)
    if w_doc is None:
        return space.w_None
    if not w_type.is_heaptype and not isinstance(w_doc, W_StrObject):
        # a builtin type's __doc__ is its own text, never a descriptor
        # of its dict (type.__dict__['__doc__'] serves its instances)
        return space.w_None
    from fastpy.objspace.attribute import descr_get
    return descr_get(w_doc, None, w_type)


def _type_set_doc(w_obj, w_value):
    w_type = _type_w(w_obj)
    _check_special_set(w_type, '__doc__', w_value)
    w_type.setdictvalue('__doc__', w_value)


def _type_get_annotations(w_obj):
    """A class's own annotations, never a base class's: a class body
    without annotations gets an empty dict on first access, kept in its
    dict (CPython's type_get_annotations)."""
    w_type = _type_w(w_obj)
    if not w_type.is_heaptype:
        raise oefmt(exc.w_AttributeError,
                    "type object '%s' has no attribute '__annotations__'" %
                    w_type.name)
    w_ann = w_type.dict_w.get('__annotations__', None)
    if w_ann is not None:
        from fastpy.objspace.attribute import descr_get
        return descr_get(w_ann, None, w_type)
    w_ann = newdict()
    w_type.setdictvalue('__annotations__', w_ann)
    return w_ann


def _type_set_annotations(w_obj, w_value):
    w_type = _type_w(w_obj)
    _check_heap_set(w_type, '__annotations__')
    if w_value is None:
        if not w_type.deldictvalue('__annotations__'):
            raise oefmt(exc.w_AttributeError, "__annotations__")
    else:
        w_type.setdictvalue('__annotations__', w_value)


def _type_get_abstract(w_obj):
    w_type = _type_w(w_obj)
    w_value = w_type.dict_w.get('__abstractmethods__', None)
    if w_value is None or w_type is w_type_type:
        raise oefmt(exc.w_AttributeError, "__abstractmethods__")
    return w_value


def itemsize(w_type):
    """The size of one item of CPython's variable-size builtin types (a
    tuple's slot, an int's digit, a byte), as CPython reports it;
    inherited along the MRO (bool's is int's)."""
    from fastpy.objspace.tupleobject import w_tuple_type
    from fastpy.objspace.intobject import w_int_type
    from fastpy.objspace.bytesobject import w_bytes_type
    from fastpy.objspace.memoryobject import w_memoryview_type
    for w_t in w_type.mro_w:
        if w_t is w_tuple_type or w_t is w_memoryview_type:
            return 8
        if w_t is w_int_type:
            return 4
        if w_t is w_bytes_type:
            return 1
        if w_t is w_type_type:
            return 40
    return 0


def _type_get_itemsize(w_obj):
    return space.newint(itemsize(_type_w(w_obj)))


getset(w_type_type, '__itemsize__', _type_get_itemsize, member=True)
getset(w_type_type, '__name__', _type_get_name, _type_set_name)
getset(w_type_type, '__qualname__', _type_get_qualname, _type_set_qualname)
getset(w_type_type, '__module__', _type_get_module, _type_set_module)
getset(w_type_type, '__bases__', _type_get_bases, _type_set_bases)
getset(w_type_type, '__base__', _type_get_base)
getset(w_type_type, '__mro__', _type_get_mro)
getset(w_type_type, '__dict__', _type_get_dict)
getset(w_type_type, '__doc__', _type_get_doc, _type_set_doc)
getset(w_type_type, '__annotations__', _type_get_annotations,
       _type_set_annotations)
def _type_set_abstract(w_obj, w_value):
    """ABCMeta sets the abstract methods of each class it makes; a class
    with some cannot be instantiated (object.__new__)."""
    w_type = _type_w(w_obj)
    if w_value is None:
        if w_type.dict_w.get('__abstractmethods__', None) is None:
            raise oefmt(exc.w_AttributeError, "__abstractmethods__")
        w_type.deldictvalue('__abstractmethods__')
    else:
        w_type.setdictvalue('__abstractmethods__', w_value)


getset(w_type_type, '__abstractmethods__', _type_get_abstract,
       _type_set_abstract)


# The Py_TPFLAGS_* bits that Python code reads from type.__flags__
# (inspect.isabstract, copyreg): heap type, subclassable, ready,
# abstract, and the fast-subclass bits.
_TPFLAGS_SUBCLASS_BITS = [('int', 1 << 24), ('list', 1 << 25),
                          ('tuple', 1 << 26), ('bytes', 1 << 27),
                          ('str', 1 << 28), ('dict', 1 << 29),
                          ('BaseException', 1 << 30), ('type', 1 << 31)]


def _type_get_flags(w_obj):
    w_type = _type_w(w_obj)
    flags = 1 << 12                                 # READY
    if w_type.is_heaptype:
        flags |= (1 << 9) | (1 << 14)               # HEAPTYPE, HAVE_GC
    if w_type.is_heaptype or w_type.name not in FINAL_TYPE_NAMES:
        flags |= 1 << 10                            # BASETYPE
    w_abstract = w_type.dict_w.get('__abstractmethods__', None)
    if w_abstract is not None and w_type is not w_type_type and \
            space.is_true(w_abstract):
        flags |= 1 << 20                            # IS_ABSTRACT
    for w_base in w_type.mro_w:
        if w_base.is_heaptype:
            continue
        for base_name, bit in _TPFLAGS_SUBCLASS_BITS:
            if w_base.name == base_name:
                flags |= bit
    # SEQUENCE and MAPPING, as pattern matching sees them
    from fastpy.interpreter import matchrt
    collection = matchrt.type_flags(w_type)
    if collection & matchrt.FLAG_SEQUENCE:
        flags |= 1 << 5
    if collection & matchrt.FLAG_MAPPING:
        flags |= 1 << 6
    return space.newint(flags)


getset(w_type_type, '__flags__', _type_get_flags)


@jit.elidable
def _abstract_methods(w_type, version):
    return w_type.dict_w.get('__abstractmethods__', None)


def check_not_abstract(w_type):
    """CPython's object_new: TypeError for a class with abstract
    methods left."""
    w_type = jit.promote(w_type)
    w_abstract = _abstract_methods(w_type, jit.promote(w_type.version))
    if w_abstract is not None:
        # (the loop lives apart: this test folds in traces and the
        # function inlines, so creating an instance calls nothing)
        _check_abstract_set(w_type, w_abstract)


def _check_abstract_set(w_type, w_abstract):
    if not space.is_true(w_abstract):
        return
    names = []
    for w_name in space.iterate(w_abstract):
        name = space.str_to_utf8(space.str_u(w_name))
        i = len(names)           # insertion sort: a few names
        names.append(name)
        while i > 0 and names[i - 1] > name:
            names[i] = names[i - 1]
            i -= 1
        names[i] = name
    raise oefmt(exc.w_TypeError, "Can't instantiate abstract class %s with "
                "abstract method%s %s" % (w_type.name,
                                          's' if len(names) > 1 else '',
                                          ', '.join(names)))


@method(w_type_type, 'mro(self, /)')
def type_mro(w_self):
    """The C3 linearization of the current bases, whatever __mro__ is
    (a metaclass's mro() may have chosen another)."""
    from fastpy.objspace.listobject import newlist
    return newlist(_copy_types(mro_implementation(_type_w(w_self))))


@method(w_type_type, '__subclasses__(self, /)')
def type_subclasses(w_self):
    from fastpy.objspace.listobject import newlist
    subs_w = _type_w(w_self).subclasses_w
    items_w = [None] * len(subs_w)
    for i in range(len(subs_w)):
        items_w[i] = subs_w[i]
    return newlist(items_w)


@method(w_type_type, '__instancecheck__(self, instance, /)')
def type_instancecheck(w_self, w_obj):
    return space.newbool(_recursive_isinstance(w_obj, _type_w(w_self)))


@method(w_type_type, '__subclasscheck__(self, subclass, /)')
def type_subclasscheck(w_self, w_sub):
    return space.newbool(_recursive_issubclass(w_sub, _type_w(w_self)))


@classmethod_(w_type_type, '__prepare__(cls, *args, **kwargs)')
def type_prepare(w_cls, args_w, kw_names, kw_values_w):
    return newdict()


@method(w_type_type, '__repr__(self, /)')
def type_repr(w_self):
    from fastpy.objspace import protocol
    w_type = _type_w(w_self)
    return _text("<class '%s'>" % protocol.type_module_name(w_type))


@method(w_type_type, '__call__(self, *args, **kwargs)')
def type_call_method(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.function import Arguments
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    return type_call_default(_type_w(w_self),
                             Arguments(args_w, kw_names, kw_values_w))


@method(w_type_type, '__init__(self, *args, **kwargs)')
def type_init(w_self, args_w, kw_names, kw_values_w):
    n = len(args_w)
    if kw_names is not None and n == 1:
        raise oefmt(exc.w_TypeError,
                    "type.__init__() takes no keyword arguments")
    if n != 1 and n != 3:
        raise oefmt(exc.w_TypeError,
                    "type.__init__() takes 1 or 3 arguments")
    return space.w_None


@staticmethod_(w_type_type, '__new__(metatype, *args, **kwargs)')
def type_new_func(w_meta, args_w, kw_names, kw_values_w):
    if not isinstance(w_meta, W_TypeObject):
        raise oefmt(exc.w_TypeError,
                    "type.__new__(X): X is not a type object (%s)" %
                    w_meta.gettype().name)
    if not w_meta.is_subtype(w_type_type):
        raise oefmt(exc.w_TypeError,
                    "type.__new__(%s): %s is not a subtype of type" %
                    (w_meta.name, w_meta.name))
    n = len(args_w)
    if n == 1 and kw_names is None and w_meta is w_type_type:
        return args_w[0].gettype()
    if n != 3:
        raise oefmt(exc.w_TypeError, "type.__new__() takes exactly 3 "
                    "arguments (%d given)" % n)
    w_name, w_bases, w_dict = args_w[0], args_w[1], args_w[2]
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "type.__new__() argument 1 must be "
                    "str, not %s" % w_name.gettype().name)
    if not isinstance(w_bases, W_TupleObject):
        raise oefmt(exc.w_TypeError, "type.__new__() argument 2 must be "
                    "tuple, not %s" % w_bases.gettype().name)
    if not isinstance(w_dict, W_DictObject):
        raise oefmt(exc.w_TypeError, "type.__new__() argument 3 must be "
                    "dict, not %s" % w_dict.gettype().name)
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    return type_new(w_meta, _str_value(w_name), w_bases.items_w, w_dict,
                    kw_names, kw_values_w)


# Builtin types that cannot be subclassed.
FINAL_TYPE_NAMES = ['bool', 'NoneType', 'range', 'slice', 'function',
                    'builtin_function_or_method', 'method', 'code', 'cell',
                    'method_descriptor', 'wrapper_descriptor',
                    'method-wrapper',
                    'NotImplementedType', 'ellipsis', 'generator',
                    'coroutine', 'async_generator', 'mappingproxy',
                    'member_descriptor', 'getset_descriptor',
                    'memoryview', 'frame', 'traceback',
                    # the itertools helper types
                    '_grouper', '_tee', '_tee_dataobject',
                    # the hash types of _md5, _sha1, _sha256, _sha512,
                    # _sha3 and _blake2
                    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                    'shake_128', 'shake_256', 'blake2b', 'blake2s']


def calculate_metaclass(w_meta, bases_w):
    """CPython's _PyType_CalculateMetaclass: the most derived metaclass
    of w_meta and the bases' types."""
    return _most_derived_meta(w_meta, [w_b.gettype() for w_b in bases_w])


def _most_derived_meta(w_meta, metas_w):
    """calculate_metaclass over the bases' types (a list of types for
    RPython, whatever the bases are)."""
    w_winner = w_meta
    for w_tmp in metas_w:
        if w_winner.is_subtype(w_tmp):
            continue
        if w_tmp.is_subtype(w_winner):
            w_winner = w_tmp
            continue
        raise oefmt(exc.w_TypeError,
                    "metaclass conflict: the metaclass of a derived class "
                    "must be a (non-strict) subclass of the metaclasses of "
                    "all its bases")
    return w_winner


def _is_varsize(w_type):
    """Are w_type's instances variable-sized in CPython (int, bytes,
    tuple: tp_itemsize != 0), so that subclasses get no slots?"""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t.name in VARSIZE_TYPE_NAMES
    return False

VARSIZE_TYPE_NAMES = ['int', 'bool', 'bytes', 'tuple']


def _set_module_from_caller(w_type):
    """type(name, bases, ns) without '__module__' in ns: the __name__ of
    the running frame's globals, as CPython's type_new (a class
    statement's namespace always has it; types.new_class does not)."""
    from fastpy.interpreter.eval import ec
    frame = ec.topframeref()
    if frame is None:
        return
    w_globals = frame.w_globals
    if not isinstance(w_globals, W_DictObject):
        return
    w_name = w_globals.getitem_str('__name__')
    if w_name is None:
        return
    refcount.incref(w_name)
    w_type.dict_w['__module__'] = w_name


def type_new(w_meta, name, bases_items_w, w_dict, kw_names, kw_values_w):
    """type.__new__(w_meta, name, bases, dict, **kw)."""
    bases_w = []
    for w_b in bases_items_w:
        if not isinstance(w_b, W_TypeObject):
            raise oefmt(exc.w_TypeError, "bases must be types")
        bases_w.append(w_b)
    w_winner = calculate_metaclass(w_meta, bases_w)
    if w_winner is not w_meta:
        w_new = w_winner.lookup('__new__')
        if w_new is not type_new_func.w_func:
            from fastpy.interpreter.function import Arguments
            items_w = [None] * len(bases_w)
            for i in range(len(bases_w)):
                items_w[i] = bases_w[i]
            w_args = [w_winner, space.newtext(name), newtuple(items_w),
                      w_dict]
            return _call_args(w_new, Arguments(w_args, kw_names,
                                               kw_values_w))
        w_meta = w_winner
    if len(bases_w) == 0:
        bases_w = [w_object_type]
    for w_b in bases_w:
        if not w_b.is_heaptype and w_b.name in FINAL_TYPE_NAMES:
            from fastpy.objspace.protocol import type_module_name
            raise oefmt(exc.w_TypeError,
                        "type '%s' is not an acceptable base type" %
                        type_module_name(w_b))
    # -- instance layout: slots and dict
    base_nslots, base_has_dict = _base_layout(bases_w)
    for w_b in bases_w:
        if w_b.is_subtype(w_type_type):
            # Classes keep their namespace in the type itself: type's
            # own __dict__ descriptor serves a metaclass's instances.
            base_has_dict = True
    slot_names = []
    add_dict = False
    add_weakref = False
    w_slots = w_dict.getitem_str('__slots__')
    if w_slots is None:
        add_dict = not base_has_dict
    else:
        if isinstance(w_slots, W_StrObject):
            slots_w = [w_slots]
        else:
            slots_w = space.iterate(w_slots)
        for w_s in slots_w:
            if not isinstance(w_s, W_StrObject):
                raise oefmt(exc.w_TypeError,
                            "__slots__ items must be strings, not '%s'" %
                            w_s.gettype().name)
            s = _str_value(w_s)
            if not is_identifier(w_s.value):
                raise oefmt(exc.w_TypeError,
                            "__slots__ must be identifiers")
            if s == '__dict__':
                if base_has_dict or add_dict:
                    raise oefmt(exc.w_TypeError,
                                "__dict__ slot disallowed: we already got "
                                "one")
                add_dict = True
                continue
            if s == '__weakref__':
                add_weakref = True
                continue
            s = mangle(name, s)     # __a in class C is the slot _C__a
            if s in slot_names:
                continue        # CPython 3.11 keeps one slot per name
            # __qualname__ and __classcell__ leave the namespace below
            if (w_dict.getitem_str(s) is not None and
                    s != '__qualname__' and s != '__classcell__'):
                raise oefmt(exc.w_ValueError,
                            "'%s' in __slots__ conflicts with class variable"
                            % s)
            _insert_sorted(slot_names, s)   # the descriptors' order
    if len(slot_names) > 0:
        for w_b in bases_w:
            if _is_varsize(w_b):
                raise oefmt(exc.w_TypeError, "nonempty __slots__ not "
                            "supported for subtype of '%s'" % w_b.name)
    # -- the type (its MRO comes once its dict is set: init_type_mro)
    w_class = None if w_meta is w_type_type else w_meta
    if w_class is None:
        w_type = W_TypeObject(name, bases_w=bases_w, is_heaptype=True,
                              defer_mro=True)
    else:
        w_type = W_TypeWithMetaclass(name, bases_w=bases_w,
                                     w_class=w_class, is_heaptype=True,
                                     defer_mro=True)
    w_type.w_base = best_base(w_type.bases_w, False)  # (a fixed list)
    nslots = base_nslots + len(slot_names)
    w_type.terminator = Terminator(w_type, nslots, base_has_dict or add_dict)
    # -- the dict (counted slots)
    w_classcell = None
    for entry in w_dict.entries():
        w_key = entry.w_key
        if not isinstance(w_key, W_StrObject):
            w_type.add_odd_key(w_key, entry.w_value, space.hash_w(w_key))
            continue
        key = _str_value(w_key)
        w_value = entry.w_value
        if key == '__qualname__':
            if not isinstance(w_value, W_StrObject):
                raise oefmt(exc.w_TypeError,
                            "type __qualname__ must be a str, not %s" %
                            w_value.gettype().name)
            w_type.qualname = _str_value(w_value)
            continue
        if key == '__classcell__':
            w_classcell = w_value
            continue
        w_value = _wrap_special(key, w_value)
        refcount.incref(w_value)
        w_type.dict_w[key] = w_value
    for i in range(len(slot_names)):
        w_type.dict_w[slot_names[i]] = W_MemberDescr(
            slot_names[i], base_nslots + i, w_type)
    if add_dict:
        w_type.dict_w['__dict__'] = W_GetSetDescr(
            '__dict__', w_type, _instance_get_dict, _instance_set_dict,
            doc='dictionary for instance variables')
        if w_slots is None:
            add_weakref = True
    if add_weakref:
        w_type.dict_w['__weakref__'] = W_GetSetDescr(
            '__weakref__', w_type, _instance_get_weakref,
            doc='list of weak references to the object')
    if '__module__' not in w_type.dict_w:
        _set_module_from_caller(w_type)
    if '__doc__' not in w_type.dict_w:
        w_type.dict_w['__doc__'] = space.w_None
    if '__eq__' in w_type.dict_w and '__hash__' not in w_type.dict_w:
        w_type.dict_w['__hash__'] = space.w_None
    if w_classcell is not None:
        from fastpy.interpreter.function import W_Cell
        if not isinstance(w_classcell, W_Cell):
            raise oefmt(exc.w_TypeError, "__classcell__ must be a nonlocal "
                        "cell, not <class '%s'>" % w_classcell.gettype().name)
        w_classcell.set(w_type)
    default_mro = has_default_mro(w_type)
    try:
        init_type_mro(w_type, default_mro)
    except OperationError:
        if default_mro and w_classcell is None:
            # (nothing can reach the class: a custom mro() or the
            # functions holding __class__ could keep it alive)
            _drop_failed_type(w_type)
        raise
    # -- __set_name__, then the parent's __init_subclass__
    for key, w_value in w_type.dict_w.items():
        w_set_name = jit.promote(w_value.gettype()).lookup('__set_name__')
        if w_set_name is not None:
            try:
                refcount.discard(_call(w_set_name, [w_value, w_type,
                                                    space.newtext(key)]))
            except OperationError as e:
                # CPython 3.11 adds a note; the error is the same.
                raise
    init_subclass(w_type, kw_names, kw_values_w)
    return w_type


def _drop_failed_type(w_type):
    """type.__new__ failed to give the new class an MRO (C3 failed):
    CPython frees the class, so it lets go of the values of its dict."""
    from collections import OrderedDict
    from fastpy.interpreter.namespaceborrow import unborrow
    if w_type in all_heap_types:
        all_heap_types.remove(w_type)
    values_w = w_type.dict_w.values()
    w_type.dict_w = OrderedDict()
    keys_w = w_type.odd_keys_w
    odd_values_w = w_type.odd_values_w
    w_type.odd_keys_w = None
    w_type.odd_values_w = None
    w_type.odd_hashes = None
    w_type.odd_user_keys = False
    w_type.mutated()
    for w_value in values_w:
        unborrow(w_value)
        refcount.decref(w_value)
    if keys_w is not None and odd_values_w is not None:
        for i in range(len(keys_w)):
            refcount.decref(keys_w[i])
            unborrow(odd_values_w[i])
            refcount.decref(odd_values_w[i])


def _wrap_special(key, w_value):
    """__new__ becomes a staticmethod; __init_subclass__ and
    __class_getitem__ become classmethods (CPython's type_new)."""
    from fastpy.interpreter.function import W_Function
    if not isinstance(w_value, W_Function):
        return w_value
    if key == '__new__':
        return W_StaticMethod(w_value)
    if key == '__init_subclass__' or key == '__class_getitem__':
        return W_ClassMethod(w_value)
    return w_value


def _base_layout(bases_w):
    """(slots of the solid base, whether instances have a dict)."""
    nslots = 0
    has_dict = False
    w_solid = None
    for w_b in bases_w:
        term = get_terminator(w_b) if w_b.is_heaptype else None
        if term is not None:
            if term.has_dict:
                has_dict = True
            if term.nslots > 0:
                w_s = _slots_solid(w_b, term.nslots)
                if w_solid is not None and not w_s.is_subtype(w_solid) \
                        and not w_solid.is_subtype(w_s):
                    raise oefmt(exc.w_TypeError, "multiple bases have "
                                "instance lay-out conflict")
                if term.nslots > nslots:
                    nslots = term.nslots
                    w_solid = w_s
    w_builtin = None
    for w_b in bases_w:
        w_s = _builtin_solid(w_b)
        if w_s is w_object_type:
            continue
        if w_builtin is not None and w_builtin is not w_s and \
                not w_s.is_subtype(w_builtin) and \
                not w_builtin.is_subtype(w_s):
            raise oefmt(exc.w_TypeError,
                        "multiple bases have instance lay-out conflict")
        if w_builtin is None or w_s.is_subtype(w_builtin):
            w_builtin = w_s
    if w_builtin is not None and w_solid is not None:
        raise oefmt(exc.w_TypeError,
                    "multiple bases have instance lay-out conflict")
    return nslots, has_dict


def _slots_solid(w_type, nslots):
    """The class that laid out w_type's nslots slots: going up its MRO,
    the last heap type that still has them all (a subclass with empty
    __slots__ shares its base's layout)."""
    w_solid = w_type
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype or get_terminator(w_t).nslots != nslots:
            break
        w_solid = w_t
    return w_solid


def _builtin_solid(w_type):
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            if w_t.is_subtype(exc.w_BaseException):
                # Exceptions without fields of their own have
                # BaseException's layout: class E(OSError, ValueError).
                from fastpy.objspace.excfields import family_of
                return family_of(w_t).w_type
            return w_t
    return w_object_type


def _insert_sorted(names, s):
    i = len(names)
    while i > 0 and names[i - 1] > s:
        i -= 1
    assert i >= 0
    names.insert(i, s)


def init_subclass(w_type, kw_names, kw_values_w):
    """super(w_type, w_type).__init_subclass__(**kw)."""
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace.attribute import descr_get
    w_descr = None
    mro_w = w_type.mro_w
    start = 0
    while start < len(mro_w) and mro_w[start] is not w_type:
        start += 1
    if start == len(mro_w):
        # super(w_type, w_type): a metaclass's mro() left the class out
        raise oefmt(exc.w_TypeError, "super(type, obj): obj must be an "
                    "instance or subtype of type")
    for i in range(start + 1, len(mro_w)):
        w_descr = mro_w[i].dict_w.get('__init_subclass__', None)
        if w_descr is not None:
            break
    if w_descr is None:
        return
    if w_descr is object_init_subclass_descr() and len(kw_names) == 0:
        return
    w_bound = descr_get(w_descr, None, w_type)
    refcount.incref(w_bound)
    try:
        refcount.discard(_call_args(w_bound, Arguments([], kw_names,
                                                       kw_values_w)))
    finally:
        refcount.decref(w_bound)


def object_init_subclass_descr():
    return w_object_type.dict_w['__init_subclass__']


# ---------------------------------------------------------------- isinstance

def _recursive_isinstance(w_obj, w_cls):
    if w_obj.gettype().is_subtype(w_cls):
        return True
    if not w_obj.is_user:
        return False
    from fastpy.objspace.attribute import find_attr
    w_class = find_attr(w_obj, '__class__')
    if isinstance(w_class, W_TypeObject) and w_class is not w_obj.gettype():
        return w_class.is_subtype(w_cls)
    return False


def _recursive_issubclass(w_sub, w_cls):
    if isinstance(w_sub, W_TypeObject):
        return w_sub.is_subtype(w_cls)
    raise oefmt(exc.w_TypeError, "issubclass() arg 1 must be a class")


def isinstance_w(w_obj, w_cls):
    """isinstance(obj, cls) with tuples and __instancecheck__."""
    if isinstance(w_cls, W_TypeObject):
        if w_obj.gettype() is w_cls:
            return True
        if w_cls.gettype() is w_type_type:
            return _recursive_isinstance(w_obj, w_cls)
    elif isinstance(w_cls, W_TupleObject):
        return _isinstance_any(w_obj, w_cls.items_w)
    return _isinstance_by_hook(w_obj, w_cls)


# isinstance(x, (A, B)) with a constant tuple of plain classes is
# unrolled into the checks of the classes (elidable in a trace); nested
# tuples and classes with a metaclass go through a call.

@jit.look_inside_iff(lambda w_obj, items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), 8))
def _isinstance_any(w_obj, items_w):
    for w_item in items_w:
        if isinstance(w_item, W_TypeObject) and \
                w_item.gettype() is w_type_type:
            if w_obj.gettype() is w_item or \
                    _recursive_isinstance(w_obj, w_item):
                return True
        elif _isinstance_nested(w_obj, w_item):
            return True
    return False


@jit.dont_look_inside
def _isinstance_nested(w_obj, w_cls):
    return isinstance_w(w_obj, w_cls)


def _isinstance_by_hook(w_obj, w_cls):
    w_check = w_cls.gettype().lookup('__instancecheck__')
    if w_check is not None:
        from fastpy.objspace import protocol
        w_res = protocol.call_descr(w_check, w_cls, [w_obj])
        flag = space.is_true(w_res)
        refcount.discard(w_res)
        return flag
    raise oefmt(exc.w_TypeError, "isinstance() arg 2 must be a type, a "
                "tuple of types, or a union")


def issubclass_w(w_sub, w_cls):
    if isinstance(w_cls, W_TypeObject) and \
            w_cls.gettype() is w_type_type:
        return _recursive_issubclass(w_sub, w_cls)
    if isinstance(w_cls, W_TupleObject):
        return _issubclass_any(w_sub, w_cls.items_w)
    return _issubclass_by_hook(w_sub, w_cls)


@jit.look_inside_iff(lambda w_sub, items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), 8))
def _issubclass_any(w_sub, items_w):
    for w_item in items_w:
        if isinstance(w_item, W_TypeObject) and \
                w_item.gettype() is w_type_type:
            if _recursive_issubclass(w_sub, w_item):
                return True
        elif _issubclass_nested(w_sub, w_item):
            return True
    return False


@jit.dont_look_inside
def _issubclass_nested(w_sub, w_cls):
    return issubclass_w(w_sub, w_cls)


def _issubclass_by_hook(w_sub, w_cls):
    w_check = w_cls.gettype().lookup('__subclasscheck__')
    if w_check is not None:
        from fastpy.objspace import protocol
        w_res = protocol.call_descr(w_check, w_cls, [w_sub])
        flag = space.is_true(w_res)
        refcount.discard(w_res)
        return flag
    raise oefmt(exc.w_TypeError, "issubclass() arg 2 must be a class, a "
                "tuple of classes, or a union")


@function('isinstance(obj, class_or_tuple, /)')
def builtin_isinstance(w_obj, w_cls):
    return space.newbool(isinstance_w(w_obj, w_cls))


@function('issubclass(cls, class_or_tuple, /)')
def builtin_issubclass(w_sub, w_cls):
    return space.newbool(issubclass_w(w_sub, w_cls))


# ---------------------------------------------------------------- build_class

@function('__build_class__(func, name, /, *bases, **kwds)')
def builtin_build_class(w_func, w_name, bases_w, kw_names, kw_values_w):
    from fastpy.interpreter.function import W_Function, Arguments
    if not isinstance(w_func, W_Function):
        raise oefmt(exc.w_TypeError, "__build_class__: func must be a "
                    "function")
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "__build_class__: name is not a "
                    "string")
    held_w = []     # counted: the original bases, __mro_entries__ results
    orig_bases_w = bases_w
    bases_w = _update_bases(bases_w, held_w)
    try:
        return _build_class(w_func, w_name, bases_w, kw_names, kw_values_w,
                            held_w[0] if bases_w is not orig_bases_w
                            else None)
    finally:
        for w_held in held_w:
            refcount.decref(w_held)


def _hooked_mro_entries(w_b):
    """__mro_entries__ set on a function (funcattrs), or None."""
    from fastpy.interpreter.funcattrs import getattr_hook
    try:
        return getattr_hook(w_b, '__mro_entries__')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return None


def _update_bases(bases_w, held_w):
    """CPython's update_bases: every base that is not a type and has
    __mro_entries__ is replaced by the items of the tuple that method
    returns for the original bases.  The new list (or bases_w itself if
    no base was replaced); held_w receives, counted, the tuple of the
    original bases and then the returned tuples."""
    from fastpy.objspace.attribute import find_attr
    new_w = []
    changed = False
    try:
        for w_b in bases_w:
            w_meth = None
            if not isinstance(w_b, W_TypeObject):
                w_meth = find_attr(w_b, '__mro_entries__')
                if w_meth is None and not w_b.is_user:
                    # a function with the attribute (typing.NamedTuple)
                    w_meth = _hooked_mro_entries(w_b)
            if w_meth is None:
                new_w.append(w_b)
                continue
            if not changed:
                changed = True
                w_orig = newtuple(list(bases_w))
                refcount.incref(w_orig)
                held_w.append(w_orig)
            refcount.incref(w_meth)
            try:
                w_res = _call(w_meth, [held_w[0]])
            finally:
                refcount.decref(w_meth)
            if not isinstance(w_res, W_TupleObject):
                refcount.discard(w_res)
                raise oefmt(exc.w_TypeError,
                            "__mro_entries__ must return a tuple")
            refcount.incref(w_res)
            held_w.append(w_res)
            for w_item in w_res.items_w:
                new_w.append(w_item)
    except OperationError:
        for w_held in held_w:
            refcount.decref(w_held)
        del held_w[:]
        raise
    if not changed:
        return bases_w
    return new_w


def _build_class(w_func, w_name, bases_w, kw_names, kw_values_w, w_orig):
    from fastpy.interpreter.function import W_Function, Arguments
    assert isinstance(w_func, W_Function)
    w_meta = None
    names = []
    values_w = []
    if kw_names is not None:
        for i in range(len(kw_names)):
            if kw_names[i] == 'metaclass':
                w_meta = kw_values_w[i]
            else:
                names.append(kw_names[i])
                values_w.append(kw_values_w[i])
    is_class = False
    if w_meta is None:
        if len(bases_w) == 0:
            w_meta = w_type_type
        else:
            w_meta = bases_w[0].gettype()
        is_class = True
    elif isinstance(w_meta, W_TypeObject):
        is_class = True
    if is_class:
        assert isinstance(w_meta, W_TypeObject)
        # every base counts, types or not (their type is their metaclass)
        w_meta = _most_derived_meta(w_meta,
                                    [w_b.gettype() for w_b in bases_w])
    w_bases = newtuple(bases_w)
    refcount.incref(w_bases)
    w_ns = None
    try:
        from fastpy.objspace.attribute import find_attr
        w_prepare = find_attr(w_meta, '__prepare__')
        if w_prepare is None:
            w_ns = newdict()
        else:
            refcount.incref(w_prepare)      # a bound method: hold it
            try:
                w_ns = _call_args(w_prepare, Arguments([w_name, w_bases],
                                                       names, values_w))
            finally:
                refcount.decref(w_prepare)
        refcount.incref(w_ns)
        if not isinstance(w_ns, W_DictObject):
            raise oefmt(exc.w_TypeError,
                        "%s.__prepare__() must return a mapping, not %s" %
                        (_meta_name(w_meta), w_ns.gettype().name))
        w_cell = run_class_body(w_func, w_ns)
        if w_orig is not None:
            w_ns.setitem_str('__orig_bases__', w_orig)
        w_cls = _call_args(w_meta, Arguments([w_name, w_bases, w_ns],
                                             names, values_w))
        refcount.incref(w_cls)
        try:
            if w_cell is not None:
                from fastpy.interpreter.function import W_Cell
                # checked only when the result is a class (a metaclass
                # may return anything else)
                if (isinstance(w_cell, W_Cell) and
                        isinstance(w_cls, W_TypeObject) and
                        w_cell.w_value is not w_cls):
                    if w_cell.w_value is None:
                        raise oefmt(exc.w_RuntimeError,
                                    "__class__ not set defining %s as %s. "
                                    "Was __classcell__ propagated to "
                                    "type.__new__?" % (
                                        space.repr_u(w_name).encode('utf-8'),
                                        space.repr_u(w_cls).encode('utf-8')))
                    raise oefmt(exc.w_TypeError,
                                "__class__ set to %s defining %s as %s" % (
                                    space.repr_u(w_cell.w_value).encode(
                                        'utf-8'),
                                    space.repr_u(w_name).encode('utf-8'),
                                    space.repr_u(w_cls).encode('utf-8')))
        finally:
            refcount.discard(w_cell)
    finally:
        refcount.decref(w_ns)
        refcount.decref(w_bases)
    refcount.disown(w_cls)
    return w_cls


def _meta_name(w_meta):
    if isinstance(w_meta, W_TypeObject):
        return w_meta.name
    return '<metaclass>'


def run_class_body(w_func, w_ns):
    """Execute the class body's code with w_ns as its namespace; the
    result is the __class__ cell or None."""
    from fastpy.interpreter import argmatch
    from fastpy.interpreter.eval import execute_frame
    assert isinstance(w_ns, W_DictObject)
    code = w_func.code
    frame = argmatch.new_frame(w_func, code)
    frame.w_locals = w_ns        # borrowed: build_class holds it
    w_result = execute_frame(frame)
    if w_result is space.w_None:
        return None
    return w_result


# ---------------------------------------------------------------- vars

def _caller_locals():
    """locals() of the frame calling vars() or dir() (frameaccess.py)."""
    from fastpy.modules.frameaccess import take_caller, frame_locals
    return frame_locals(take_caller())


@frame_builtin('vars(object=NULL, /)')
def builtin_vars(w_obj):
    if w_obj is None:
        return _caller_locals()
    try:
        return space.getattr_w(w_obj, '__dict__')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError, "vars() argument must have __dict__ "
                    "attribute")


@frame_builtin('dir(object=NULL, /)')
def builtin_dir(w_obj):
    """dir(obj): the sorted list obj.__dir__() gives."""
    from fastpy.objspace.listobject import newlist
    from fastpy.objspace.listmethods import list_sort
    from fastpy.objspace.attribute import descr_get
    if w_obj is None:
        # dir(): the sorted names of the caller's locals
        w_locals = _caller_locals()
        assert isinstance(w_locals, W_DictObject)
        w_list = newlist([w_k for w_k in w_locals.keys()])
        refcount.discard(w_locals)
        list_sort(w_list, space.w_None, False)
        return w_list
    from fastpy.interpreter.function import W_Function
    w_type = w_obj.gettype()
    w_descr = w_type.lookup('__dir__')
    # A class's names come from its MRO (type.__dir__), unless its
    # metaclass defines __dir__ in Python (enum.EnumType does).
    if w_descr is None or (isinstance(w_obj, W_TypeObject) and
                           not isinstance(w_descr, W_Function)):
        names = []
        w_t = w_obj if isinstance(w_obj, W_TypeObject) else w_type
        for w_k in w_t.mro_w:
            for name in w_k.dict_w.keys():
                if name not in names:
                    names.append(name)
        w_list = newlist([space.newtext(n) for n in names])
    else:
        from fastpy.objspace import protocol
        w_res = protocol.call_descr(w_descr, w_obj, [])
        w_list = newlist(space.iterate(w_res))
        refcount.discard(w_res)
    try:
        list_sort(w_list, space.w_None, False)
    except OperationError:
        refcount.discard(w_list)
        raise
    return w_list


# (getattr, setattr, hasattr, delattr, callable: modules/builtinfuncs.py;
# isinstance and issubclass here replace its versions: they also ask
# metaclasses' __instancecheck__/__subclasscheck__.)
BUILTINS = [builtin_isinstance.w_func, builtin_issubclass.w_func,
            builtin_build_class.w_func, builtin_vars.w_func,
            builtin_dir.w_func]


def add_builtins(w_dict):
    """Publish the builtins of this module (and the descriptor types)."""
    from fastpy.objspace import descrmethods, superobject
    for w_func in BUILTINS:
        w_dict.setitem_str(w_func.name, w_func)
    w_dict.setitem_str('object', w_object_type)
    w_dict.setitem_str('type', w_type_type)
    for w_t in descrmethods.TYPES + superobject.TYPES:
        w_dict.setitem_str(w_t.name, w_t)


from fastpy.objspace import objectreduce  # noqa: E402 (object's pickling)
