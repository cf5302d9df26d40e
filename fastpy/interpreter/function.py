"""Callable objects: Python functions, builtin functions, bound methods,
and the Arguments bundle that carries a call's arguments."""

from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.interpreter.namespaceborrow import unborrow
from fastpy.objspace.strobject import newstr_utf8
from fastpy.objspace.weaklist import WeaklistMixin, clear_weakrefs
from rpython.rlib.objectmodel import import_from_mixin

w_function_type = W_TypeObject('function', w_object_type)
w_builtin_function_type = W_TypeObject('builtin_function_or_method',
                                       w_object_type)
w_method_type = W_TypeObject('method', w_object_type)
# The methods of builtin types, read from the type: `str.join` is a
# method_descriptor, `object.__init__` (a special method) a
# wrapper_descriptor; bound to an instance, a special method is a
# method-wrapper (`object().__str__`), any other builtin method a
# builtin_function_or_method.
w_method_descriptor_type = W_TypeObject('method_descriptor', w_object_type)
w_wrapper_descriptor_type = W_TypeObject('wrapper_descriptor',
                                         w_object_type)
w_method_wrapper_type = W_TypeObject('method-wrapper', w_object_type)


class Arguments(object):
    """Positional values plus keyword (name, value) pairs of one call.
    The values are borrowed (held by the caller's value stack) or
    temporaries of the RPython caller; a call to a Python function holds
    them itself for its duration (eval.call_python_function)."""
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


# The key of a module's name in its globals (a function's __module__).
W_NAME_KEY = newstr_utf8('__name__')


class W_Function(W_Counted):
    """A function defined by `def` or `lambda`.  Counted slots: the
    globals dict, the defaults, the kwdefaults dict, the closure cells,
    the __dict__, and the __name__/__qualname__/__doc__/__module__
    values.  Attribute access: funcattrs.py."""
    _attrs_ = ['code', 'w_globals', 'defaults_w', 'w_kwdefaults',
               'closure_w', 'name', 'qualname', 'w_doc', 'w_module',
               'w_dict', 'w_annotations', 'weaklist']
    import_from_mixin(WeaklistMixin)
    weaklist = None
    # defaults_w is replaced whole (__defaults__), never changed in place:
    # in a trace the defaults of a known function are constants.
    _immutable_fields_ = ['code?', 'w_globals', 'closure_w[*]',
                          'defaults_w?[*]', 'w_kwdefaults?']

    def __init__(self, code, w_globals, defaults_w, w_kwdefaults=None,
                 closure_w=None):
        from fastpy.objspace import space
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults     # a dict or None
        if closure_w is None:
            closure_w = []
        self.closure_w = closure_w           # W_Cells, one per co_freevars
        self.name = code.co_name
        self.qualname = code.co_qualname
        self.w_doc = code.co_doc             # None: no docstring
        self.w_dict = None                   # created on demand
        self.w_annotations = None            # a dict, created on demand
        w_globals.used_as_globals()
        entry = w_globals.lookup_entry(W_NAME_KEY)
        self.w_module = entry.w_value if entry is not None else None
        refcount.incref(w_globals)
        refcount.incref_all(defaults_w)
        refcount.incref(w_kwdefaults)
        refcount.incref_all(closure_w)
        refcount.incref(self.w_doc)
        refcount.incref(self.w_module)

    def gettype(self):
        return w_function_type

    # FunctionType.__globals__ is a read-only member descriptor
    # (funcattrs.py puts it in the type dict for types.py).
    def read_slot(self, index):
        return self.w_globals

    def write_slot(self, index, w_value):
        from fastpy.objspace import exceptions as exc
        from fastpy.interpreter.error import oefmt
        raise oefmt(exc.w_AttributeError, "readonly attribute")

    def referents(self):
        result = [self.code, self.w_globals]
        result.extend(self.defaults_w)
        for w_obj in [self.w_kwdefaults, self.w_doc, self.w_module,
                      self.w_dict, self.w_annotations]:
            if w_obj is not None:
                result.append(w_obj)
        for w_cell in self.closure_w:
            result.append(w_cell)
        return result

    def release_children(self):
        if self.weaklist is not None:
            clear_weakrefs(self)
        # w_kwdefaults, defaults_w and code are quasi-immutable: a dead
        # function keeps them (writing one inside a trace that read it
        # would abort the trace, and closures die in traces), and only
        # its references are dropped.
        w_kwdefaults = self.w_kwdefaults
        w_doc = self.w_doc
        w_module = self.w_module
        w_dict = self.w_dict
        w_annotations = self.w_annotations
        self.w_doc = None
        self.w_module = None
        self.w_dict = None
        self.w_annotations = None
        refcount.decref(self.w_globals)
        refcount.decref_all_promoted(self.defaults_w)
        refcount.decref(w_kwdefaults)
        refcount.decref_all_promoted(self.closure_w)
        refcount.decref(w_doc)
        refcount.decref(w_module)
        refcount.decref(w_dict)
        refcount.decref(w_annotations)

    def set_defaults(self, defaults_w):
        old_w = self.defaults_w
        for w_default in defaults_w:
            refcount.incref(w_default)
        self.defaults_w = defaults_w
        for w_default in old_w:
            refcount.decref(w_default)


w_cell_type = W_TypeObject('cell', w_object_type)


class W_Cell(W_Counted):
    """A cell: the shared home of a variable captured by a closure.
    `w_value` (None: empty) is a counted slot.

    LOAD_DEREF pushes the value borrowed while the cell is `borrowable`
    (namespaceborrow.py): `self` captured by a comprehension is read as
    cheaply as a local.  The first time the cell drops a counted value
    (a rebinding or `del`), running frames that borrow it take their
    own references, and from then on the cell lends no more, so a cell
    rebound in a loop (`nonlocal total`) walks the frames once."""
    _attrs_ = ['w_value', 'borrowable']

    def __init__(self, w_value):
        self.w_value = w_value
        self.borrowable = True
        refcount.incref(w_value)

    def gettype(self):
        return w_cell_type

    def set(self, w_value):
        refcount.incref(w_value)
        self.set_owned(w_value)

    def set_owned(self, w_value):
        """Store a reference the caller already counted."""
        w_old = self.w_value
        self.w_value = w_value
        if self.borrowable and w_old is not None and w_old.counted:
            self.borrowable = False
            unborrow(w_old)
        refcount.decref(w_old)

    def referents(self):
        if self.w_value is None:
            return []
        return [self.w_value]

    def release_children(self):
        w_value = self.w_value
        self.w_value = None
        refcount.decref(w_value)


class W_BuiltinFunction(W_Root):
    """A function implemented in RPython: impl(args) -> W_Root.
    Immortal, so not counted.  Methods of builtin types have w_objclass
    (the type whose dict holds them); `signature` is the gateway's
    Signature when the function was declared through it."""
    _attrs_ = ['name', 'impl', 'doc', 'w_objclass', 'signature',
               'module_name', 'w_functype']
    _immutable_fields_ = ['name', 'impl', 'doc', 'w_objclass', 'signature',
                          'module_name', 'w_functype']

    def __init__(self, name, impl, doc=None, w_objclass=None):
        self.name = name
        self.impl = impl
        self.doc = doc
        self.w_objclass = w_objclass
        self.signature = None
        self.module_name = None     # __module__ of a module's function
        # builtin_function_or_method, or (a method stored in a builtin
        # type's dict) method_descriptor / wrapper_descriptor
        self.w_functype = w_builtin_function_type

    def gettype(self):
        return self.w_functype

    def is_slot_wrapper(self):
        return self.w_functype is w_wrapper_descriptor_type


class W_BoundMethod(W_Counted):
    """`obj.method`: a function bound to `w_self`.  `w_func` may be any
    callable (a Python function: a `method` object; a builtin method: a
    `builtin_function_or_method`); both are counted slots.  CPython's
    method_dealloc drops the function first, then self."""
    _attrs_ = ['w_self', 'w_func', 'weaklist']
    _immutable_fields_ = ['w_self', 'w_func']
    import_from_mixin(WeaklistMixin)
    weaklist = None

    def __init__(self, w_self, w_func):
        self.w_self = w_self
        self.w_func = w_func
        refcount.incref(w_self)
        refcount.incref(w_func)

    def gettype(self):
        w_func = self.w_func
        if isinstance(w_func, W_BuiltinFunction):
            if w_func.is_slot_wrapper():
                return w_method_wrapper_type
            return w_builtin_function_type
        return w_method_type

    def referents(self):
        return [self.w_self, self.w_func]

    def release_children(self):
        if self.weaklist is not None:
            clear_weakrefs(self)
        refcount.decref(self.w_func)
        refcount.decref(self.w_self)

    def sp_eq(self, w_other):
        # CPython 3.8+: the same self (identity) and equal functions.
        if not isinstance(w_other, W_BoundMethod):
            return -1
        if self.w_self is w_other.w_self and self.w_func is w_other.w_func:
            return 1
        return 0

    def sp_hash(self):
        from rpython.rlib.objectmodel import compute_identity_hash
        from rpython.rlib.rarithmetic import intmask
        return intmask(compute_identity_hash(self.w_self) ^
                       compute_identity_hash(self.w_func))
