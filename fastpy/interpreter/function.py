"""Callable objects: Python functions, builtin functions, bound methods,
and the Arguments bundle that carries a call's arguments."""

from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_function_type = W_TypeObject('function', w_object_type)
w_builtin_function_type = W_TypeObject('builtin_function_or_method',
                                       w_object_type)
w_method_type = W_TypeObject('method', w_object_type)


class Arguments(object):
    """Positional values plus keyword (name, value) pairs of one call.
    The values are borrowed: they stay alive on the caller's value stack
    for the duration of the call."""
    _immutable_fields_ = ['args_w', 'kw_names', 'kw_values_w']

    def __init__(self, args_w, kw_names=None, kw_values_w=None):
        self.args_w = args_w
        if kw_names is None:
            kw_names = []
            kw_values_w = []
        self.kw_names = kw_names          # list of utf-8 str
        self.kw_values_w = kw_values_w

    def prepend(self, w_first):
        return Arguments([w_first] + self.args_w, self.kw_names,
                         self.kw_values_w)


class W_Function(W_Counted):
    """A function defined by `def`.  The globals dict and the default
    values are counted slots."""
    _attrs_ = ['code', 'w_globals', 'defaults_w', 'name']
    _immutable_fields_ = ['code', 'w_globals', 'defaults_w', 'name']

    def __init__(self, code, w_globals, defaults_w):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.name = code.co_name
        refcount.incref(w_globals)
        for w_default in defaults_w:
            refcount.incref(w_default)

    def gettype(self):
        return w_function_type

    def referents(self):
        result = [self.code, self.w_globals]
        result.extend(self.defaults_w)
        return result

    def release_children(self):
        refcount.decref(self.w_globals)
        for w_default in self.defaults_w:
            refcount.decref(w_default)


class W_BuiltinFunction(W_Root):
    """A function implemented in RPython: impl(args) -> W_Root.
    Immortal, so not counted."""
    _attrs_ = ['name', 'impl']
    _immutable_fields_ = ['name', 'impl']

    def __init__(self, name, impl):
        self.name = name
        self.impl = impl

    def gettype(self):
        return w_builtin_function_type


class W_BoundMethod(W_Counted):
    """`obj.method` for a builtin method: `w_self` is a counted slot."""
    _attrs_ = ['w_self', 'w_func']
    _immutable_fields_ = ['w_self', 'w_func']

    def __init__(self, w_self, w_func):
        self.w_self = w_self
        self.w_func = w_func
        refcount.incref(w_self)

    def gettype(self):
        return w_builtin_function_type

    def referents(self):
        return [self.w_self]

    def release_children(self):
        refcount.decref(self.w_self)
