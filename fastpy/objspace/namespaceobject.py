"""`types.SimpleNamespace`, CPython's _PyNamespace_Type
(Objects/namespaceobject.c): an object whose attributes are its
keyword arguments.  `types.py` gets the type as `type(sys.implementation)`.

Instances are ordinary W_ObjectInstances (map storage, a real dict once
`__dict__` is asked for), so attribute access and user subclasses work
as for instances of Python classes; the type itself is a builtin type
whose instances have a dict.  Its methods follow CPython:

    SimpleNamespace(**kwargs)   no positional arguments
    repr                        namespace(a=1, b=2), insertion order,
                                `Sub(a=1)` for a subclass, `namespace(...)`
                                when it contains itself
    ==, !=                      the dicts of two namespaces
    __reduce__                  (type, (), __dict__)
    unhashable
"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, staticmethod_, getset
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.descriptor import W_StaticMethod
from fastpy.objspace.mapdict import Terminator, W_ObjectInstance
from fastpy.objspace.noneobject import w_None, w_NotImplemented
from fastpy.objspace.strobject import newstr
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_simplenamespace_type = W_TypeObject('SimpleNamespace', w_object_type)
w_simplenamespace_type.dict_w['__module__'] = newstr(u'types')
w_simplenamespace_type.dict_w['__doc__'] = newstr(
    u'A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)')
w_simplenamespace_type.terminator = Terminator(w_simplenamespace_type, 0,
                                               True)


def new_namespace():
    """An empty SimpleNamespace (a temporary)."""
    return W_ObjectInstance(w_simplenamespace_type)


def is_namespace(w_obj):
    return (isinstance(w_obj, W_ObjectInstance) and
            w_obj.gettype().is_subtype(w_simplenamespace_type))


@staticmethod_(w_simplenamespace_type,
               '__new__(type, /, *args, **kwargs)')
def namespace_new(w_cls, args_w, kw_names, kw_values_w):
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(exc.w_TypeError,
                    "SimpleNamespace.__new__(X): X is not a type object (%s)"
                    % w_cls.gettype().name)
    if not w_cls.is_subtype(w_simplenamespace_type):
        raise oefmt(exc.w_TypeError,
                    "SimpleNamespace.__new__(%s): %s is not a subtype of "
                    "SimpleNamespace" % (w_cls.name, w_cls.name))
    return W_ObjectInstance(w_cls)

# A heap subclass must reach this __new__ through type.__call__ (not
# userobjects' path for builtin constructors): keep it a staticmethod.
w_simplenamespace_type.dict_w['__new__'] = W_StaticMethod(
    w_simplenamespace_type.dict_w['__new__'], immortal=True)


def _check_self(w_self, name):
    if not is_namespace(w_self):
        from fastpy.objspace import space
        raise oefmt(exc.w_TypeError,
                    "descriptor '%s' requires a 'types.SimpleNamespace' "
                    "object but received a '%s'" %
                    (name, space.type_name(w_self)))
    assert isinstance(w_self, W_ObjectInstance)
    return w_self


@method(w_simplenamespace_type, '__init__(self, /, *args, **kwargs)')
def namespace_init(w_self, args_w, kw_names, kw_values_w):
    from fastpy.objspace import attribute
    w_ns = _check_self(w_self, '__init__')
    if len(args_w) > 0:
        raise oefmt(exc.w_TypeError, "no positional arguments expected")
    if kw_names is not None:
        for i in range(len(kw_names)):
            if not w_ns.store_attr(kw_names[i], kw_values_w[i]):
                raise attribute.attribute_error(w_ns, kw_names[i])
    return w_None


# Objects whose repr is being computed (CPython's Py_ReprEnter).
_repr_active = []


@method(w_simplenamespace_type, '__repr__(self, /)')
def namespace_repr(w_self):
    from fastpy.objspace import space
    from fastpy.objspace.strobject import W_StrObject
    w_ns = _check_self(w_self, '__repr__')
    w_type = w_ns.gettype()
    if w_type is w_simplenamespace_type:
        name = u'namespace'
    else:
        name = w_type.name.decode('utf-8')
    for w_active in _repr_active:
        if w_active is w_ns:
            return newstr(name + u'(...)')
    _repr_active.append(w_ns)
    try:
        w_dict = w_ns.getdict()
        assert w_dict is not None
        parts = []
        for entry in w_dict.entries():
            w_key = entry.w_key
            if isinstance(w_key, W_StrObject) and len(w_key.value) > 0:
                parts.append(w_key.value + u'=' + space.repr_u(entry.w_value))
    finally:
        _repr_active.pop()
    return newstr(name + u'(' + u', '.join(parts) + u')')


@method(w_simplenamespace_type, '__eq__(self, value, /)')
def namespace_eq(w_self, w_other):
    return _compare(w_self, w_other, False, '__eq__')


@method(w_simplenamespace_type, '__ne__(self, value, /)')
def namespace_ne(w_self, w_other):
    return _compare(w_self, w_other, True, '__ne__')


def _compare(w_self, w_other, negate, name):
    from fastpy.objspace import space
    w_ns = _check_self(w_self, name)
    if not is_namespace(w_other):
        return w_NotImplemented
    assert isinstance(w_other, W_ObjectInstance)
    w_d1 = w_ns.getdict()
    w_d2 = w_other.getdict()
    result = space.eq_w(w_d1, w_d2)
    if negate:
        result = not result
    return space.newbool(result)


@method(w_simplenamespace_type, '__reduce__(self, /)')
def namespace_reduce(w_self):
    from fastpy.objspace.tupleobject import newtuple
    w_ns = _check_self(w_self, '__reduce__')
    w_dict = w_ns.getdict()
    assert w_dict is not None
    return newtuple([w_ns.gettype(), newtuple([]), w_dict])


def _get_dict(w_obj):
    w_dict = w_obj.getdict()
    if w_dict is None:
        raise oefmt(exc.w_AttributeError,
                    "'%s' object has no attribute '__dict__'" %
                    w_obj.gettype().name)
    return w_dict


def _set_dict(w_obj, w_value):
    from fastpy.objspace.dictobject import W_DictObject
    if not isinstance(w_value, W_DictObject):
        if w_value is None:
            raise oefmt(exc.w_TypeError, "cannot delete __dict__")
        raise oefmt(exc.w_TypeError,
                    "__dict__ must be set to a dictionary, not a '%s'" %
                    w_value.gettype().name)
    w_obj.setdict(w_value)

getset(w_simplenamespace_type, '__dict__', _get_dict, _set_dict)
w_simplenamespace_type.dict_w['__hash__'] = w_None
