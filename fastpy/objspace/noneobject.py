"""None and NotImplemented singletons."""

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_NoneType = W_TypeObject('NoneType', w_object_type)
w_NotImplementedType = W_TypeObject('NotImplementedType', w_object_type)
w_ellipsis_type = W_TypeObject('ellipsis', w_object_type)


class W_NoneObject(W_Root):
    _attrs_ = []

    def gettype(self):
        return w_NoneType


class W_NotImplemented(W_Root):
    _attrs_ = []

    def gettype(self):
        return w_NotImplementedType

    def sp_repr(self):
        return u'NotImplemented'


class W_Ellipsis(W_Root):
    _attrs_ = []

    def gettype(self):
        return w_ellipsis_type

    def sp_repr(self):
        return u'Ellipsis'


w_None = W_NoneObject()
w_NotImplemented = W_NotImplemented()
w_Ellipsis = W_Ellipsis()
