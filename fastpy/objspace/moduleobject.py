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
    _attrs_ = ['name', 'w_dict']
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict
        refcount.incref(w_dict)

    def gettype(self):
        return w_module_type

    def referents(self):
        return [self.w_dict]

    def release_children(self):
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


def module_getattr(w_module, name):
    """module.name: see the module docstring."""
    entry = w_module.w_dict.lookup_entry_utf8(name)
    if entry is not None and entry.w_value is not None:
        return entry.w_value
    from fastpy.objspace import attribute
    w_value = attribute.generic_getattr(w_module, name, w_module_type)
    if w_value is not None:
        return w_value
    w_getattr = w_module.w_dict.getitem_str('__getattr__')
    if w_getattr is not None:
        from fastpy.objspace import space
        from fastpy.objspace.attribute import _call
        return _call(w_getattr, [space.newtext(name)])
    raise module_attribute_error(w_module, name)


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
                        "'module' object has no attribute '%s'" % name)
        return
    w_module.w_dict.setitem_str(name, w_value)


def module_repr(w_module):
    """CPython's module repr (importlib's _module_repr)."""
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
