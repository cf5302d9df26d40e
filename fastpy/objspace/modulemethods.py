"""The methods and attributes of the module type (moduleobject.py)."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import getset, method, staticmethod_
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace.moduleobject import (W_Module, W_UserModule,
                                          w_module_type)


def _module_dict(w_self):
    assert isinstance(w_self, W_Module)
    return w_self.w_dict


getset(w_module_type, '__dict__', _module_dict, member=True)


def _module_annotations(w_self):
    """A module without annotations gets an empty dict on first access,
    kept in its namespace (CPython's module_get_annotations); an entry in
    the namespace is found before this getter."""
    from fastpy.objspace.dictobject import newdict
    assert isinstance(w_self, W_Module)
    w_ann = w_self.w_dict.getitem_str('__annotations__')
    if w_ann is None:
        w_ann = newdict()
        w_self.w_dict.setitem_str('__annotations__', w_ann)
    return w_ann


def _module_set_annotations(w_self, w_value):
    from fastpy.objspace.strobject import newstr_utf8
    assert isinstance(w_self, W_Module)
    if w_value is None:
        if not w_self.w_dict.delitem(newstr_utf8('__annotations__')):
            raise oefmt(exc.w_AttributeError, "__annotations__")
    else:
        w_self.w_dict.setitem_str('__annotations__', w_value)


getset(w_module_type, '__annotations__', _module_annotations,
       _module_set_annotations)


@constructor(w_module_type, 'module(name, doc=None)')
def module_new(w_cls, w_name, w_doc):
    from fastpy.objspace import space
    from fastpy.objspace.strobject import W_StrObject
    from fastpy.objspace.dictobject import new_module_dict
    _check_module_name(w_name)
    assert isinstance(w_name, W_StrObject)
    w_dict = new_module_dict()
    _init_module_dict(w_dict, w_name, w_doc)
    return W_Module(space.str_to_utf8(w_name.value), w_dict)


def _check_module_name(w_name):
    from fastpy.objspace import space
    from fastpy.objspace.strobject import W_StrObject
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "module() argument 'name' "
                    "must be str, not %s" % space.type_name(w_name))


def _init_module_dict(w_dict, w_name, w_doc):
    from fastpy.objspace import space
    w_dict.setitem_str('__name__', w_name)
    w_dict.setitem_str('__doc__', w_doc)
    w_dict.setitem_str('__package__', space.w_None)
    w_dict.setitem_str('__loader__', space.w_None)
    w_dict.setitem_str('__spec__', space.w_None)


# `module.__new__(module)` makes a module with an empty dict (its
# arguments are __init__'s business); `module(name)` still builds the
# whole module through the constructor above.
@staticmethod_(w_module_type, '__new__(cls, /, *args, **kwargs)')
def module_new_empty(w_cls, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.typecall import heap_subclass
    w_sub = heap_subclass(w_module_type, w_cls)
    if w_sub is not None:
        return new_module_instance(w_sub)
    from fastpy.objspace.dictobject import new_module_dict
    return W_Module('?', new_module_dict())


def new_module_instance(w_type):
    """An empty instance of the heap subclass w_type of module, filled by
    its __init__.  Its namespace is the instance __dict__, so a subclass
    may not add `__slots__`."""
    from fastpy.objspace.dictobject import new_module_dict
    from fastpy.objspace.mapdict import get_terminator
    if get_terminator(w_type).nslots != 0:
        raise oefmt(exc.w_TypeError, "fastpy cannot create instances of "
                    "subclasses of 'module' with __slots__")
    w_module = W_UserModule('?', new_module_dict())
    w_module.set_module_class(w_type)
    return w_module


@method(w_module_type, '__init__(self, name, doc=None)', W_Module)
def module_init(w_self, w_name, w_doc):
    from fastpy.objspace import space
    _check_module_name(w_name)
    _init_module_dict(w_self.w_dict, w_name, w_doc)
    return space.w_None


@method(w_module_type, '__repr__(self, /)', W_Module)
def module_repr_method(w_self):
    from fastpy.objspace.moduleobject import module_repr
    from fastpy.objspace.strobject import newstr_utf8
    return newstr_utf8(module_repr(w_self))


@method(w_module_type, '__dir__(self, /)', W_Module)
def module_dir(w_self):
    """The names in the module's dict, or what its own __dir__ function
    returns (PEP 562)."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace.listobject import newlist
    from fastpy.objspace.dictobject import W_DictObject
    w_dict = w_self.w_dict
    if not isinstance(w_dict, W_DictObject):
        raise oefmt(exc.w_TypeError, "<module>.__dict__ is not a dictionary")
    w_dir = w_dict.getitem_str('__dir__')
    if w_dir is not None:
        return call_function(w_dir, Arguments([]))
    return newlist([w_k for w_k in w_dict.keys()])
