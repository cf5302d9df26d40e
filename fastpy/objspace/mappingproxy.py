"""`type.__dict__`: a read-only mapping over a type's dict.  The proxy
holds a snapshot dict of the type's attributes taken when `__dict__` was
read (a counted slot)."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.dictobject import newdict

w_mappingproxy_type = W_TypeObject('mappingproxy', w_object_type)


class W_MappingProxy(W_Counted):
    _attrs_ = ['w_dict']

    def __init__(self, w_type):
        from fastpy.objspace import space
        w_dict = newdict()
        for name, w_value in w_type.dict_w.items():
            w_dict.setitem(space.newtext(name), w_value)
        if w_type.odd_keys_w is not None:   # type(name, bases, {1: 2})
            for i in range(len(w_type.odd_keys_w)):
                w_dict.setitem(w_type.odd_keys_w[i], w_type.odd_values_w[i])
        refcount.incref(w_dict)
        self.w_dict = w_dict

    def gettype(self):
        return w_mappingproxy_type

    def referents(self):
        return [self.w_dict]

    def release_children(self):
        w_dict = self.w_dict
        self.w_dict = None
        refcount.decref(w_dict)

    def sp_len(self):
        return self.w_dict.length()

    def sp_bool(self):
        return 1 if self.w_dict.length() > 0 else 0

    def sp_contains(self, w_item):
        from fastpy.objspace import space
        return 1 if self.w_dict.getitem(w_item) is not None else 0

    def sp_getitem(self, w_index):
        from fastpy.objspace import space
        return space.getitem(self.w_dict, w_index)

    def sp_iter(self):
        from fastpy.objspace import space
        return space.get_iter(self.w_dict)

    def sp_repr(self):
        from fastpy.objspace import space
        return u'mappingproxy(' + space.repr_u(self.w_dict) + u')'

    def sp_str(self):
        from fastpy.objspace import space
        return space.str_u(self.w_dict)

    def sp_eq(self, w_other):
        # comparisons are the mapping's (CPython's mappingproxy_richcompare)
        from fastpy.objspace import space
        return 1 if space.eq_w(self.w_dict, w_other) else 0

    def sp_compare(self, op, w_other):
        from fastpy.objspace import space
        return 1 if space.compare_w(op, self.w_dict, w_other) else 0

    def sp_setitem(self, w_index, w_value):
        raise oefmt(exc.w_TypeError, "'mappingproxy' object does not "
                    "support item assignment")

    def sp_binop(self, op, w_other, inplace):
        from fastpy.objspace import space
        if op != space.OP_OR:
            return None
        if inplace:
            raise oefmt(exc.w_TypeError, "'|=' is not supported by %s; use "
                        "'|' instead" % self.gettype().name)
        return space.binary_op(space.OP_OR, self.w_dict,
                               _unwrap_proxy(w_other))

    def sp_rbinop(self, op, w_other):
        from fastpy.objspace import space
        if op != space.OP_OR:
            return None
        return space.binary_op(space.OP_OR, _unwrap_proxy(w_other),
                               self.w_dict)


def _call_dict_method(w_proxy, name, args_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace.dictobject import w_dict_type
    w_func = w_dict_type.lookup(name)
    assert w_func is not None
    assert isinstance(w_proxy, W_MappingProxy)
    return call_function(w_func, Arguments([w_proxy.w_dict] + args_w))


@method(w_mappingproxy_type, 'keys(self, /)', W_MappingProxy)
def mappingproxy_keys(w_proxy):
    return _call_dict_method(w_proxy, 'keys', [])


@method(w_mappingproxy_type, 'values(self, /)', W_MappingProxy)
def mappingproxy_values(w_proxy):
    return _call_dict_method(w_proxy, 'values', [])


@method(w_mappingproxy_type, 'items(self, /)', W_MappingProxy)
def mappingproxy_items(w_proxy):
    return _call_dict_method(w_proxy, 'items', [])


@method(w_mappingproxy_type, 'get(self, key, default=None, /)',
        W_MappingProxy)
def mappingproxy_get(w_proxy, w_key, w_default):
    return _call_dict_method(w_proxy, 'get', [w_key, w_default])


@method(w_mappingproxy_type, 'copy(self, /)', W_MappingProxy)
def mappingproxy_copy(w_proxy):
    return _call_dict_method(w_proxy, 'copy', [])


class W_DictProxy(W_MappingProxy):
    """`mappingproxy(d)` (types.MappingProxyType): a live read-only view
    of the dict d (not a snapshot)."""
    _attrs_ = []

    def __init__(self, w_dict):
        refcount.incref(w_dict)
        self.w_dict = w_dict


def _mappingproxy_new(w_cls, w_mapping):
    from fastpy.objspace.dictobject import W_DictObject
    if not isinstance(w_mapping, W_DictObject):
        raise oefmt(exc.w_TypeError, "mappingproxy() argument must be a "
                    "mapping, not %s" % w_mapping.gettype().name)
    return W_DictProxy(w_mapping)


def _install_constructor():
    from fastpy.interpreter.typecall import constructor
    constructor(w_mappingproxy_type, 'mappingproxy(mapping)')(
        _mappingproxy_new)

_install_constructor()


# `|` works on the mapping underneath (CPython's mappingproxy_or).

def _unwrap_proxy(w_obj):
    if isinstance(w_obj, W_MappingProxy):
        return w_obj.w_dict
    return w_obj


@method(w_mappingproxy_type, '__or__(self, value, /)')
def mappingproxy_or(w_self, w_other):
    from fastpy.objspace import space
    return space.binary_op(space.OP_OR, _unwrap_proxy(w_self),
                           _unwrap_proxy(w_other))


@method(w_mappingproxy_type, '__ror__(self, value, /)')
def mappingproxy_ror(w_self, w_other):
    from fastpy.objspace import space
    return space.binary_op(space.OP_OR, _unwrap_proxy(w_other),
                           _unwrap_proxy(w_self))


@method(w_mappingproxy_type, '__ior__(self, value, /)')
def mappingproxy_ior(w_self, w_other):
    raise oefmt(exc.w_TypeError, "'|=' is not supported by %s; use '|' "
                "instead" % w_self.gettype().name)
