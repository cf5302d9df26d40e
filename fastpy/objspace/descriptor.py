"""Descriptor objects that live in type dicts: staticmethod, classmethod,
property, and the getset descriptors through which builtin types expose
computed attributes (int.real, function.__name__).

The descriptor protocol itself (__get__/__set__/__delete__, data versus
non-data descriptors) is applied by the attribute lookup in the object
space; these classes only hold their parts.  Wrappers created by Python
code count the objects they hold; the builtin ones made at start-up by
the gateway are immortal.
"""

from rpython.rlib.objectmodel import import_from_mixin

from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_staticmethod_type = W_TypeObject('staticmethod', w_object_type)
w_classmethod_type = W_TypeObject('classmethod', w_object_type)
w_property_type = W_TypeObject('property', w_object_type)
w_getset_descriptor_type = W_TypeObject('getset_descriptor', w_object_type)


class WrapperDictMixin(object):
    """The instance dict of a staticmethod or classmethod object, where
    it copies its function's __module__, __name__, __qualname__, __doc__
    and __annotations__ (descrmethods.py), as CPython 3.10+ does; made
    when first needed, a counted slot."""

    def getdictvalue(self, name):
        w_dict = self.w_attrdict
        if w_dict is None:
            return None
        return w_dict.getitem_str(name)

    def store_attr(self, name, w_value):
        self.getdict().setitem_str(name, w_value)
        return True

    def delete_attr(self, name):
        w_dict = self.w_attrdict
        if w_dict is None:
            return False
        from fastpy.objspace.strobject import newstr_utf8
        return w_dict.delitem(newstr_utf8(name))

    def has_instance_dict(self):
        return True

    def getdict(self):
        w_dict = self.w_attrdict
        if w_dict is None:
            from fastpy.objspace.dictobject import newdict
            w_dict = newdict()
            refcount.incref(w_dict)
            self.w_attrdict = w_dict
        return w_dict

    def setdict(self, w_dict):
        refcount.incref(w_dict)
        w_old = self.w_attrdict
        self.w_attrdict = w_dict
        refcount.decref(w_old)

    def release_attrdict(self):
        w_dict = self.w_attrdict
        self.w_attrdict = None
        refcount.decref(w_dict)


class W_StaticMethod(W_Counted):
    _attrs_ = ['w_func', 'w_attrdict']
    import_from_mixin(WrapperDictMixin)
    w_attrdict = None

    def __init__(self, w_func, immortal=False):
        self.w_func = w_func
        if immortal:
            self.refcount = 1 << 30
        else:
            refcount.incref(w_func)

    def gettype(self):
        return w_staticmethod_type

    def referents(self):
        return [self.w_func, self.w_attrdict]

    def release_children(self):
        w_func = self.w_func
        self.w_func = None
        refcount.decref(w_func)
        self.release_attrdict()


class W_ClassMethod(W_Counted):
    _attrs_ = ['w_func', 'w_attrdict']
    import_from_mixin(WrapperDictMixin)
    w_attrdict = None

    def __init__(self, w_func, immortal=False):
        self.w_func = w_func
        if immortal:
            self.refcount = 1 << 30
        else:
            refcount.incref(w_func)

    def gettype(self):
        return w_classmethod_type

    def referents(self):
        return [self.w_func, self.w_attrdict]

    def release_children(self):
        w_func = self.w_func
        self.w_func = None
        refcount.decref(w_func)
        self.release_attrdict()


class W_Property(W_Counted):
    """property(fget, fset, fdel, doc); absent parts are None."""
    _attrs_ = ['w_fget', 'w_fset', 'w_fdel', 'w_doc', 'w_name']

    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.w_name = None
        refcount.incref(w_fget)
        refcount.incref(w_fset)
        refcount.incref(w_fdel)
        refcount.incref(w_doc)

    def gettype(self):
        return w_property_type

    def referents(self):
        return [self.w_fget, self.w_fset, self.w_fdel, self.w_doc,
                self.w_name]

    def release_children(self):
        w_fget, w_fset, w_fdel = self.w_fget, self.w_fset, self.w_fdel
        w_doc, w_name = self.w_doc, self.w_name
        self.w_fget = self.w_fset = self.w_fdel = None
        self.w_doc = self.w_name = None
        refcount.decref(w_fget)
        refcount.decref(w_fset)
        refcount.decref(w_fdel)
        refcount.decref(w_doc)
        refcount.decref(w_name)


class W_GetSetDescr(W_Root):
    """A computed attribute of a builtin type: getter(w_obj) -> W_Root,
    setter(w_obj, w_value) or None (read-only).  Immortal."""
    _immutable_fields_ = ['name', 'w_objclass', 'getter', 'setter', 'doc',
                          'member']

    def __init__(self, name, w_objclass, getter, setter=None, doc=None,
                 member=False):
        self.name = name
        self.w_objclass = w_objclass
        self.getter = getter
        self.setter = setter
        self.doc = doc
        # a field CPython declares as a read-only member (property.fget):
        # writing it says "readonly attribute"
        self.member = member

    def gettype(self):
        if self.member:
            from fastpy.objspace.mapdict import w_member_descriptor_type
            return w_member_descriptor_type
        return w_getset_descriptor_type

    def sp_repr(self):
        # <attribute '__code__' of 'function' objects>, or for a member
        # <member 'real' of 'complex' objects>
        from fastpy.objspace.protocol import type_module_name
        w_cls = self.w_objclass
        if w_cls.is_heaptype:
            cls_name = w_cls.name
        else:
            cls_name = type_module_name(w_cls)
        kind = u"member" if self.member else u"attribute"
        return u"<%s '%s' of '%s' objects>" % (
            kind, self.name.decode('utf-8'), cls_name.decode('utf-8'))
