"""`range` and its iterator.  Holds only machine ints, so not counted."""

import sys

from rpython.rlib.rarithmetic import intmask, r_uint

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.intobject import W_IntObject

w_range_type = W_TypeObject('range', w_object_type)
w_range_iterator_type = W_TypeObject('range_iterator', w_object_type)


def range_length(start, stop, step):
    # In unsigned arithmetic: stop - start may not fit a signed machine
    # int even when the length does (range(-2**63, 2**63 - 1, 2**62)).
    if step > 0:
        if start >= stop:
            return 0
        return intmask((r_uint(stop) - r_uint(start) - 1) // r_uint(step)
                       + 1)
    else:
        if start <= stop:
            return 0
        return intmask((r_uint(start) - r_uint(stop) - 1) //
                       (r_uint(0) - r_uint(step)) + 1)


class W_RangeObject(W_Root):
    _attrs_ = ['start', 'stop', 'step', 'length']
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        self.length = range_length(start, stop, step)

    def gettype(self):
        return w_range_type

    def item(self, i):
        return self.start + i * self.step

    def sp_hash(self):
        from fastpy.objspace.bigrange import range_hash
        return range_hash(self)

    # CPython iterates on machine ints (range_iterator) only when the
    # position past the last item fits one too, else it makes a
    # longrange_iterator; the type is visible, so the same choice here.

    def iterates_on_machine_ints(self):
        if self.length == 0:
            return True
        if self.step > 0:
            return self.stop <= sys.maxint - (self.step - 1)
        return self.stop >= -sys.maxint - 1 + (-1 - self.step)

    def reverses_on_machine_ints(self):
        if self.step == -sys.maxint - 1:
            return False
        if self.step > 0:
            return self.start >= -sys.maxint - 1 + self.step
        return self.start <= sys.maxint + self.step


class W_RangeIterator(W_Root):
    _attrs_ = ['current', 'remaining', 'step', 'start', 'length']
    _immutable_fields_ = ['step', 'start', 'length']

    def __init__(self, start, length, step):
        self.current = start
        self.remaining = length
        self.step = step
        self.start = start          # for __reduce__/__setstate__
        self.length = length

    def gettype(self):
        return w_range_iterator_type

    def next(self):
        """The next W_IntObject, or None when exhausted."""
        if self.remaining <= 0:
            return None
        value = self.current
        self.current = value + self.step
        self.remaining -= 1
        return W_IntObject(value)
