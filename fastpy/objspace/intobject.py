"""`int` held in a machine word.

Every operation checks for overflow with ovfcheck and falls back to the
arbitrary-precision implementation in longobject.py; results that fit in a
word come back as W_IntObject again, so the two are one Python type.
"""

import sys
from rpython.rlib.rarithmetic import ovfcheck, intmask
from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_int_type = W_TypeObject('int', w_object_type)

MIN_INT = -sys.maxint - 1


class W_IntObject(W_Root):
    _attrs_ = ['intval']
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def gettype(self):
        return w_int_type


def newint(value):
    return W_IntObject(value)


def _long(a):
    from fastpy.objspace.longobject import rbigint
    return rbigint.fromint(a)


def _newlong(big):
    from fastpy.objspace.longobject import newlong
    return newlong(big)


def int_add(a, b):
    try:
        return W_IntObject(ovfcheck(a + b))
    except OverflowError:
        return _newlong(_long(a).add(_long(b)))


def int_sub(a, b):
    try:
        return W_IntObject(ovfcheck(a - b))
    except OverflowError:
        return _newlong(_long(a).sub(_long(b)))


def int_mul(a, b):
    try:
        return W_IntObject(ovfcheck(a * b))
    except OverflowError:
        return _newlong(_long(a).mul(_long(b)))


def int_floordiv(a, b):
    """b != 0 is checked by the caller."""
    if b == -1 and a == MIN_INT:     # the one quotient that overflows
        return _newlong(_long(a).neg())
    q = a // b      # RPython's // on ints rounds like Python (floor)
    return W_IntObject(q)


def int_mod(a, b):
    """b != 0 is checked by the caller."""
    if b == -1:
        return W_IntObject(0)
    return W_IntObject(a % b)


def int_lshift(a, b):
    """0 <= b is checked by the caller."""
    if b < 63:
        res = intmask(a << b)
        if (res >> b) == a:
            return W_IntObject(res)
    return _newlong(_long(a).lshift(b))


def int_rshift(a, b):
    if b >= 63:
        if a < 0:
            return W_IntObject(-1)
        return W_IntObject(0)
    return W_IntObject(a >> b)


def int_neg(a):
    try:
        return W_IntObject(ovfcheck(-a))
    except OverflowError:
        return _newlong(_long(a).neg())


def int_abs(a):
    if a < 0:
        return int_neg(a)
    return W_IntObject(a)


def int_pow(a, b):
    """Integer power with b >= 0; overflows into long."""
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        return _newlong(_long(a).pow(_long(b)))
    return W_IntObject(result)
