"""None and NotImplemented singletons."""

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_NoneType = W_TypeObject('NoneType', w_object_type)
w_NotImplementedType = W_TypeObject('NotImplementedType', w_object_type)


class W_NoneObject(W_Root):
    _attrs_ = []

    def gettype(self):
        return w_NoneType


class W_NotImplemented(W_Root):
    _attrs_ = []

    def gettype(self):
        return w_NotImplementedType


w_None = W_NoneObject()
w_NotImplemented = W_NotImplemented()
