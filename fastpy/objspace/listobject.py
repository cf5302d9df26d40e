"""`list`: a resizable array of counted slots.

All mutation goes through the methods here so that every slot change
counts references.
"""

from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_list_type = W_TypeObject('list', w_object_type)


class W_ListObject(W_Counted):
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        """Takes the list; every item gains a reference."""
        self.items_w = items_w
        for w_item in items_w:
            refcount.incref(w_item)

    def gettype(self):
        return w_list_type

    def referents(self):
        return list(self.items_w)

    def release_children(self):
        items_w = self.items_w
        self.items_w = []
        i = len(items_w) - 1
        while i >= 0:
            refcount.decref(items_w[i])
            i -= 1

    def length(self):
        return len(self.items_w)

    def getitem(self, i):
        return self.items_w[i]

    def setitem(self, i, w_item):
        w_old = self.items_w[i]
        refcount.incref(w_item)
        self.items_w[i] = w_item
        refcount.decref(w_old)

    def append(self, w_item):
        refcount.incref(w_item)
        self.items_w.append(w_item)

    def insert(self, i, w_item):
        refcount.incref(w_item)
        self.items_w.insert(i, w_item)

    def pop(self, i):
        w_item = self.items_w.pop(i)
        refcount.decref(w_item)
        return w_item

    def extend(self, items_w):
        for w_item in items_w:
            self.append(w_item)

    def delslice(self, start, stop):
        assert start >= 0 and stop >= 0
        removed = self.items_w[start:stop]
        del self.items_w[start:stop]
        for w_item in removed:
            refcount.decref(w_item)

    def replace_all(self, items_w):
        """Set the contents to items_w (same objects may appear in both)."""
        old = self.items_w
        for w_item in items_w:
            refcount.incref(w_item)
        self.items_w = items_w
        for w_item in old:
            refcount.decref(w_item)


def newlist(items_w):
    return W_ListObject(items_w)
