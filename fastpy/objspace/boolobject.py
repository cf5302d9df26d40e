"""`bool`: a subclass of int with the two singletons True and False."""

from fastpy.objspace.intobject import W_IntObject, w_int_type
from fastpy.objspace.typeobject import W_TypeObject

w_bool_type = W_TypeObject('bool', w_int_type)


class W_BoolObject(W_IntObject):
    _attrs_ = []

    def gettype(self):
        return w_bool_type


w_True = W_BoolObject(1)
w_False = W_BoolObject(0)


def newbool(flag):
    if flag:
        return w_True
    return w_False
