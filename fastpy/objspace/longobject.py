"""`int` beyond a machine word, on rpython.rlib.rbigint.

newlong() normalizes: a value that fits in a word becomes a W_IntObject,
so code may assume W_LongObject values never fit in a word.
"""

from rpython.rlib.rbigint import rbigint
from fastpy.objspace.root import W_Root
from fastpy.objspace.intobject import W_IntObject, w_int_type


class W_LongObject(W_Root):
    _attrs_ = ['bigval']
    _immutable_fields_ = ['bigval']

    def __init__(self, bigval):
        self.bigval = bigval

    def gettype(self):
        return w_int_type


def newlong(big):
    try:
        return W_IntObject(big.toint())
    except OverflowError:
        return W_LongObject(big)


def big_compare(a, b):
    """-1, 0 or 1 for two rbigints."""
    if a.lt(b):
        return -1
    if a.gt(b):
        return 1
    return 0
