"""dict.keys(), dict.values() and dict.items() views.  A view holds a
counted reference to its dict and reads it live."""

from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount
from fastpy.objspace.tupleobject import newtuple

KEYS, VALUES, ITEMS = 0, 1, 2
w_dict_keys_type = W_TypeObject('dict_keys', w_object_type)
w_dict_values_type = W_TypeObject('dict_values', w_object_type)
w_dict_items_type = W_TypeObject('dict_items', w_object_type)
VIEW_TYPES = [w_dict_keys_type, w_dict_values_type, w_dict_items_type]


class W_DictView(W_Counted):
    _attrs_ = ['w_dict', 'kind']
    _immutable_fields_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind
        refcount.incref(w_dict)

    def gettype(self):
        return VIEW_TYPES[self.kind]

    def referents(self):
        return [self.w_dict]

    def release_children(self):
        refcount.decref(self.w_dict)

    def items_w(self):
        """A snapshot of the view's elements as an RPython list."""
        if self.kind == KEYS:
            return self.w_dict.keys()
        if self.kind == VALUES:
            return self.w_dict.values()
        return [newtuple([e.w_key, e.w_value])
                for e in self.w_dict.entries()]

    # ------------------------------------------------------------ space
    # (set operations and comparisons: dictmethods.py)

    def sp_binop(self, op, w_other, inplace):
        from fastpy.objspace.dictmethods import view_binop
        return view_binop(self, op, w_other, False)

    def sp_rbinop(self, op, w_other):
        from fastpy.objspace.dictmethods import view_binop
        return view_binop(self, op, w_other, True)

    def sp_compare(self, op, w_other):
        from fastpy.objspace.dictmethods import view_compare
        return view_compare(self, op, w_other)

    def sp_eq(self, w_other):
        from fastpy.objspace.dictmethods import view_compare
        from fastpy.objspace import space
        return view_compare(self, space.CMP_EQ, w_other)

    def sp_hash(self):
        """dict_keys and dict_items are unhashable (set-like with an
        __eq__); dict_values hash by identity."""
        if self.kind == VALUES:
            return W_Counted.sp_hash(self)
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace import exceptions as exc
        raise oefmt(exc.w_TypeError, "unhashable type: '%s'" %
                    VIEW_TYPES[self.kind].name)

    def sp_contains(self, w_item):
        from fastpy.objspace import space
        if self.kind == ITEMS:
            from fastpy.objspace.tupleobject import W_TupleObject
            if not isinstance(w_item, W_TupleObject) or \
                    len(w_item.items_w) != 2:
                return 0
            w_value = self.w_dict.getitem(w_item.items_w[0])
            if w_value is None:
                return 0
            return 1 if space.eq_w(w_value, w_item.items_w[1]) else 0
        return -1
