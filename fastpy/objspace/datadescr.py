"""getset_descriptor and member_descriptor as Python objects: `__get__`,
`__set__`, `__delete__`, `__name__`, `__qualname__`, `__objclass__` and
`__doc__`, with CPython's checks (descr_check / descr_setcheck) and
messages.  Attribute access itself does not go through these methods
(attribute.descr_get / descr_set handle the descriptors directly);
they serve explicit calls (`C.a.__set__(obj, v)`, inspect, copy helpers).
Imported once by fastpy/modules/builtins.py."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import interp2app, getset
from fastpy.objspace import exceptions as exc
from fastpy.objspace.descriptor import (W_GetSetDescr,
                                        w_getset_descriptor_type)
from fastpy.objspace.mapdict import W_MemberDescr, w_member_descriptor_type
from fastpy.objspace.noneobject import w_None
from fastpy.objspace.strobject import newstr


def _parts(w_descr):
    """(name, objclass) of a getset or member descriptor."""
    if isinstance(w_descr, W_GetSetDescr):
        return w_descr.name, w_descr.w_objclass
    assert isinstance(w_descr, W_MemberDescr)
    return w_descr.name, w_descr.w_objclass


def _check(w_descr, w_obj):
    name, w_objclass = _parts(w_descr)
    if w_objclass is not None and not w_obj.gettype().is_subtype(w_objclass):
        raise oefmt(exc.w_TypeError, "descriptor '%s' for '%s' objects "
                    "doesn't apply to a '%s' object" % (
                        name, w_objclass.name, w_obj.gettype().name))


def _descr_get(w_self, w_obj, w_type):
    """__get__(instance, owner=None): the descriptor itself through the
    class, the attribute through an instance."""
    from fastpy.objspace.attribute import descr_get
    if w_obj is w_None:
        if w_type is w_None or w_type is None:
            raise oefmt(exc.w_TypeError, "__get__(None, None) is invalid")
        return w_self
    _check(w_self, w_obj)
    return descr_get(w_self, w_obj, w_obj.gettype())


def _descr_set(w_self, w_obj, w_value):
    from fastpy.objspace.attribute import descr_set
    _check(w_self, w_obj)
    descr_set(w_self, w_obj, w_value, _parts(w_self)[0])
    return w_None


def _descr_delete(w_self, w_obj):
    from fastpy.objspace.attribute import descr_set
    _check(w_self, w_obj)
    descr_set(w_self, w_obj, None, _parts(w_self)[0])
    return w_None


def _name(w_obj):
    return newstr(_parts(w_obj)[0].decode('utf-8'))


def _qualname(w_obj):
    name, w_objclass = _parts(w_obj)
    return newstr((w_objclass.qualname + '.' + name).decode('utf-8'))


def _objclass(w_obj):
    return _parts(w_obj)[1]


def _doc(w_obj):
    if isinstance(w_obj, W_GetSetDescr) and w_obj.doc is not None:
        return newstr(w_obj.doc.decode('utf-8'))
    return w_None


def _install(w_type, cls):
    for name, getter in [('__name__', _name), ('__qualname__', _qualname),
                         ('__objclass__', _objclass), ('__doc__', _doc)]:
        getset(w_type, name, getter)
    for spec, impl in [
            ('__get__(self, instance, owner=None, /)', _descr_get),
            ('__set__(self, instance, value, /)', _descr_set),
            ('__delete__(self, instance, /)', _descr_delete)]:
        name = spec.split('(', 1)[0]
        w_type.dict_w[name] = interp2app(
            spec, impl, cls, display='%s.%s' % (w_type.name, name), nself=1,
            w_objclass=w_type, check_self_type=cls is None)

_install(w_getset_descriptor_type, W_GetSetDescr)
# a member is a W_MemberDescr (a __slots__ name) or a W_GetSetDescr
# made as a member (complex.real): self is checked by its Python type
_install(w_member_descriptor_type, None)
