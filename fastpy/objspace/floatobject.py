"""`float`: an unboxed double; repr is the shortest string that round-trips,
exactly as CPython prints it."""

from rpython.rlib import rfloat
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_float_type = W_TypeObject('float', w_object_type)


class W_FloatObject(W_Root):
    _attrs_ = ['floatval']
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def gettype(self):
        return w_float_type


def newfloat(value):
    return W_FloatObject(value)


def float_repr(x):
    if rfloat.isinf(x):
        if x > 0.0:
            return 'inf'
        return '-inf'
    if rfloat.isnan(x):
        return 'nan'
    return rfloat.formatd(x, 'r', 0, rfloat.DTSF_ADD_DOT_0)
