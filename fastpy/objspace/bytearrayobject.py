"""`bytearray`: a mutable byte string, stored as an RPython list of
chars.  Holds no references to other objects, so not counted.  Methods:
bytesmethods.py (shared with bytes) and bytearraymethods.py."""

from fastpy.objspace.root import W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_bytearray_type = W_TypeObject('bytearray', w_object_type)


class W_BytearrayObject(W_Root):
    _attrs_ = ['data']

    def __init__(self, data):
        self.data = data          # a resizable list of chars

    def gettype(self):
        return w_bytearray_type

    def as_str(self):
        return ''.join(self.data)

    def sp_bool(self):
        return 1 if len(self.data) > 0 else 0

    def sp_len(self):
        return len(self.data)

    def sp_repr(self):
        from fastpy.objspace.bytesobject import bytes_repr
        name = self.gettype().name.decode('utf-8')   # subclasses: theirs
        return (name + u'(' + bytes_repr(self.as_str()).decode('ascii') +
                u')')

    def sp_str(self):
        return self.sp_repr()

    def sp_hash(self):
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace import exceptions as exc
        raise oefmt(exc.w_TypeError, "unhashable type: 'bytearray'")

    def sp_eq(self, w_other):
        from fastpy.objspace.bytesmethods import bytes_like_or_none
        other = bytes_like_or_none(w_other)
        if other is None:
            return -1
        return 1 if self.as_str() == other else 0

    def sp_compare(self, op, w_other):
        from fastpy.objspace.bytesmethods import bytes_compare
        return bytes_compare(self.as_str(), op, w_other)

    def sp_contains(self, w_item):
        from fastpy.objspace.bytesmethods import bytes_contains
        return 1 if bytes_contains(self.as_str(), w_item) else 0

    def sp_binop(self, op, w_other, inplace):
        from fastpy.objspace.bytesmethods import bytearray_binop
        return bytearray_binop(self, op, w_other, inplace)

    def sp_rbinop(self, op, w_other):
        from fastpy.objspace.bytesmethods import bytearray_rbinop
        return bytearray_rbinop(self, op, w_other)

    def sp_iter(self):
        from fastpy.objspace.bytesmethods import W_BytesIterator
        return W_BytesIterator(self)

    def sp_getitem(self, w_index):
        from fastpy.objspace.bytesmethods import bytearray_getitem
        return bytearray_getitem(self, w_index)

    def sp_setitem(self, w_index, w_value):
        from fastpy.objspace.bytesmethods import bytearray_setitem
        bytearray_setitem(self, w_index, w_value)
        return True

    def sp_delitem(self, w_index):
        from fastpy.objspace.bytesmethods import bytearray_delitem
        bytearray_delitem(self, w_index)
        return True
