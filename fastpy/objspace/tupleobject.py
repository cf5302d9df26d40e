"""`tuple`: an immutable array of counted slots."""

from rpython.rlib import jit
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_tuple_type = W_TypeObject('tuple', w_object_type)


class W_TupleObject(W_Counted):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        """Takes the list; every item gains a reference."""
        self.items_w = items_w
        for w_item in items_w:
            refcount.incref(w_item)

    def gettype(self):
        return w_tuple_type

    def referents(self):
        return list(self.items_w)

    def release_children(self):
        # CPython's tupledealloc drops items from the end.
        items_w = self.items_w
        i = len(items_w) - 1
        while i >= 0:
            refcount.decref(items_w[i])
            i -= 1


def newtuple(items_w):
    return W_TupleObject(items_w)
