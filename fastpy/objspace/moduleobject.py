"""Module objects: a name and a globals dict.  Modules are kept alive by
the module registry for the whole run, so they are not counted; their
dicts are counted and hold one reference from their module."""

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_module_type = W_TypeObject('module', w_object_type)


class W_Module(W_Root):
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
