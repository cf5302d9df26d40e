"""Iterators over list, tuple and str (dicts: dictiterobject.py).  Each holds a
counted reference to what it iterates."""

from fastpy.objspace.root import W_Root, W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.strobject import W_StrObject

w_list_iterator_type = W_TypeObject('list_iterator', w_object_type)
w_tuple_iterator_type = W_TypeObject('tuple_iterator', w_object_type)
w_str_iterator_type = W_TypeObject('str_ascii_iterator', w_object_type)


class W_SeqIterator(W_Counted):
    """Base of the iterators; next() returns the next item or None."""
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0
        refcount.incref(w_seq)

    def referents(self):
        if self.w_seq is None:
            return []
        return [self.w_seq]

    def release_children(self):
        w_seq = self.w_seq
        self.w_seq = None
        refcount.decref(w_seq)

    def next(self):
        raise NotImplementedError

    def exhausted(self):
        """Drop the sequence once the iterator is used up, like CPython."""
        w_seq = self.w_seq
        self.w_seq = None
        refcount.decref(w_seq)


class W_ListIterator(W_SeqIterator):
    _attrs_ = []

    def gettype(self):
        return w_list_iterator_type

    def next(self):
        w_list = self.w_seq
        if w_list is None:
            return None
        assert isinstance(w_list, W_ListObject)
        i = self.index
        if i >= w_list.length():
            self.exhausted()
            return None
        self.index = i + 1
        return w_list.getitem(i)


class W_TupleIterator(W_SeqIterator):
    _attrs_ = []

    def gettype(self):
        return w_tuple_iterator_type

    def next(self):
        w_tuple = self.w_seq
        if w_tuple is None:
            return None
        assert isinstance(w_tuple, W_TupleObject)
        i = self.index
        if i >= len(w_tuple.items_w):
            self.exhausted()
            return None
        self.index = i + 1
        return w_tuple.items_w[i]


class W_StrIterator(W_SeqIterator):
    _attrs_ = []

    def gettype(self):
        return w_str_iterator_type

    def next(self):
        w_str = self.w_seq
        if w_str is None:
            return None
        assert isinstance(w_str, W_StrObject)
        i = self.index
        if i >= len(w_str.value):
            self.exhausted()        # (a str subclass instance is counted)
            return None
        self.index = i + 1
        return W_StrObject(w_str.value[i])
