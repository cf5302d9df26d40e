"""Module objects: a name and a namespace dict.

Modules are counted objects like any other: sys.modules usually holds
the reference that keeps one alive, and a module holds its dict (a module
dropped from sys.modules, e.g. after its code raised during the import,
is released when nothing else refers to it).

Attributes are the dict's entries first, then the type's (`__dict__`,
`__class__`), then a `__getattr__` function in the dict (PEP 562), as in
CPython's module_getattro.  Assignment and deletion go to the dict.
"""

from fastpy.interpreter.error import oefmt
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace import exceptions as exc

w_module_type = W_TypeObject('module', w_object_type)


class W_Module(W_Counted):
    """`w_class` is None for a plain module, or the heap subclass of
    `module` the module is an instance of (`class M(types.ModuleType)`,
    or `__class__` assigned): quasi-immutable, so in a trace a constant
    module's type is a constant too.  Either way the namespace is the
    module's dict, which is also the instance __dict__."""
    _attrs_ = ['name', 'w_dict', 'w_class']
    _immutable_fields_ = ['name', 'w_dict', 'w_class?']

    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict
        self.w_class = None
        refcount.incref(w_dict)

    def gettype(self):
        w_class = self.w_class
        if w_class is None:
            return w_module_type
        return w_class

    def set_module_class(self, w_type):
        """Become an instance of w_type, `module` or a heap subclass of
        it (checked by the caller)."""
        if w_type is w_module_type:
            self.w_class = None
        else:
            self.w_class = w_type
            if w_type.has_finalizer():
                from fastpy.objspace.finalizer import register
                register(self)

    def getdictvalue(self, name):
        return self.w_dict.getitem_str(name)

    def getdict(self):
        return self.w_dict

    def has_instance_dict(self):
        return True

    def referents(self):
        return [self.w_dict]

    def release_children(self):
        if self.w_class is not None:
            from fastpy.objspace.finalizer import has_del, run_del
            if has_del(self) and run_del(self):
                return      # resurrected by __del__
        refcount.decref(self.w_dict)

    def get_str(self, name):
        """A str-valued entry of the namespace as utf-8, or None."""
        from fastpy.objspace.strobject import W_StrObject, str_to_utf8
        w_value = self.w_dict.getitem_str(name)
        if isinstance(w_value, W_StrObject):
            return str_to_utf8(w_value.value)
        return None

    def display_name(self):
        name = self.get_str('__name__')
        if name is None:
            return '?'
        return name


class W_UserModule(W_Module):
    """An instance of a heap subclass of `module` made by calling it:
    `is_user`, so its class's special methods (__repr__, __call__,
    __setattr__ ...) are found as for any instance of a Python class.
    Its instance attributes are the module's namespace.  (A plain module
    whose __class__ is assigned stays a W_Module: its attributes follow
    the new class, its other special methods stay the module's.)"""
    _attrs_ = []
    is_user = True

    def store_attr(self, name, w_value):
        self.w_dict.setitem_str(name, w_value)
        return True

    def delete_attr(self, name):
        from fastpy.objspace.strobject import newstr_utf8
        return self.w_dict.delitem(newstr_utf8(name))

    def attribute_names(self):
        from fastpy.objspace import space
        return [space.str_w(w_k).encode('utf-8')
                for w_k in self.w_dict.keys()]


def module_getattr(w_module, name):
    """module.name: see the module docstring."""
    if w_module.w_class is not None:
        from fastpy.objspace import attribute
        return attribute.getattr_w(w_module, name)
    entry = w_module.w_dict.lookup_entry_utf8(name)
    if entry is not None and entry.w_value is not None:
        return entry.w_value
    from fastpy.objspace import attribute
    w_value = attribute.generic_getattr(w_module, name, w_module_type)
    if w_value is not None:
        return w_value
    w_value = module_dict_getattr(w_module, name)
    if w_value is not None:
        return w_value
    raise module_attribute_error(w_module, name)


def module_dict_getattr(w_module, name):
    """What the `__getattr__` function of the module's namespace gives
    for `name` (PEP 562), or None if it has none."""
    w_getattr = w_module.w_dict.getitem_str('__getattr__')
    if w_getattr is None:
        return None
    from fastpy.objspace import space
    from fastpy.objspace.attribute import _call
    return _call(w_getattr, [space.newtext(name)])


def module_attribute_error(w_module, name):
    mod_name = w_module.get_str('__name__')
    if mod_name is None:
        return oefmt(exc.w_AttributeError, "module has no attribute '%s'" %
                     name)
    if is_initializing(w_module):
        return oefmt(exc.w_AttributeError,
                     "partially initialized module '%s' has no attribute "
                     "'%s' (most likely due to a circular import)" %
                     (mod_name, name))
    return oefmt(exc.w_AttributeError, "module '%s' has no attribute '%s'"
                 % (mod_name, name))


def is_initializing(w_module):
    """Is the module's code still running (importing.py marks it)?"""
    from fastpy.interpreter import importing
    return importing.is_initializing(w_module)


def module_setattr(w_module, name, w_value):
    """module.name = value, or del module.name when w_value is None."""
    if w_value is None:
        from fastpy.objspace import space
        if not w_module.w_dict.delitem(space.newtext(name)):
            raise oefmt(exc.w_AttributeError,
                        "'%s' object has no attribute '%s'" %
                        (w_module.gettype().name, name))
        return
    w_module.w_dict.setitem_str(name, w_value)


def module_repr(w_module):
    """CPython's module repr (importlib's _module_repr)."""
    if w_module.w_class is not None:
        return _subclass_module_repr(w_module)
    name = w_module.display_name()
    path = w_module.get_str('__file__')
    if path is not None:
        return "<module '%s' from '%s'>" % (name, path)
    from fastpy.objspace.listobject import W_ListObject
    w_path = w_module.w_dict.getitem_str('__path__')
    if isinstance(w_path, W_ListObject):
        from fastpy.objspace import space
        return "<module '%s' (namespace) from %s>" % (
            name, space.str_to_utf8(space.repr_u(w_path)))
    from fastpy.modules import registry
    if registry.is_builtin_module(name):
        return "<module '%s' (built-in)>" % name
    return "<module '%s'>" % name


def _subclass_module_repr(w_module):
    """The repr of an instance of a module subclass: its __name__ and
    __file__ are read as attributes (the class may provide them, or a
    __getattr__ may answer), as importlib's _module_repr does."""
    name = _attr_repr(w_module, '__name__')
    if name is None:
        name = "'?'"
    path = _attr_repr(w_module, '__file__')
    if path is None:
        return "<module %s>" % name
    return "<module %s from %s>" % (name, path)


def _attr_repr(w_module, attr):
    from fastpy.objspace import space
    from fastpy.objspace.attribute import find_attr
    from fastpy.objspace import refcount
    w_value = find_attr(w_module, attr)
    if w_value is None:
        return None
    try:
        return space.str_to_utf8(space.repr_u(w_value))
    finally:
        refcount.discard(w_value)
