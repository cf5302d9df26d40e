"""The iterator CPython makes for an object with __getitem__ but no
__iter__: items 0, 1, 2, ... until IndexError or StopIteration."""

from fastpy.interpreter.error import OperationError
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace import exceptions as exc

w_iterator_type = W_TypeObject('iterator', w_object_type)


class W_GetitemIterator(W_Counted):
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0
        refcount.incref(w_seq)

    def gettype(self):
        return w_iterator_type

    def referents(self):
        return [self.w_seq]

    def release_children(self):
        w_seq = self.w_seq
        self.w_seq = None
        refcount.decref(w_seq)

    def sp_iter(self):
        # iter(it) is it: a `for` loop over it, yield from it
        return self

    def sp_is_iterator(self):
        return True

    def sp_next(self):
        return self.next()

    def next(self):
        """The next item (a temporary), or None at the end."""
        from fastpy.objspace import space
        w_seq = self.w_seq
        if w_seq is None:
            return None
        try:
            w_item = space.getitem(w_seq, space.newint(self.index))
        except OperationError as e:
            if e.match(exc.w_IndexError) or e.match(exc.w_StopIteration):
                refcount.discard(e.w_exc)     # swallowed: drop it
                self.w_seq = None
                refcount.decref(w_seq)
                return None
            raise
        self.index += 1
        return w_item
