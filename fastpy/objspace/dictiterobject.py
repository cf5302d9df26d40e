"""Iterators over a dict's keys, values and items, live like CPython's:
they walk the dict's insertion-order list by index (dictobject.py) and
raise RuntimeError when the dict changes size meanwhile, or when it
yields more entries than the dict had when the iteration began (a key
deleted and another added: same size, keys changed).

The step to the next live entry is loop-free, so it traces inline: a
loop over `d.values()` reads two fields and an array item per iteration.
Skipping deleted entries is the slow path.
"""

from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace import refcount

KEYS, VALUES, ITEMS = 0, 1, 2      # as dictview.KEYS, VALUES, ITEMS

ITERATOR_TYPES = [W_TypeObject('dict_keyiterator', w_object_type),
                  W_TypeObject('dict_valueiterator', w_object_type),
                  W_TypeObject('dict_itemiterator', w_object_type)]


class W_DictIterator(W_Counted):
    _attrs_ = ['w_dict', 'kind', 'index', 'size', 'remaining']
    _immutable_fields_ = ['kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind
        self.index = 0
        self.size = w_dict.length()
        self.remaining = self.size      # entries still expected
        refcount.incref(w_dict)

    def gettype(self):
        return ITERATOR_TYPES[self.kind]

    def referents(self):
        if self.w_dict is None:
            return []
        return [self.w_dict]

    def release_children(self):
        w_dict = self.w_dict
        self.w_dict = None
        refcount.decref(w_dict)

    def next(self):
        """The next key, value or (key, value) tuple; None at the end."""
        w_dict = self.w_dict
        if w_dict is None:
            return None
        if w_dict.length() != self.size:
            return self._changed_size()
        order = w_dict.order
        i = self.index
        if i < len(order):
            entry = order[i]
            if entry is not None and self.remaining > 0:
                self.index = i + 1
                self.remaining -= 1
                return self._element(entry)
        return self._next_slow()

    def _next_slow(self):
        w_dict = self.w_dict
        order = w_dict.order
        i = self.index
        while i < len(order):
            entry = order[i]
            i += 1
            if entry is not None:
                if self.remaining <= 0:
                    return self._keys_changed()
                self.index = i
                self.remaining -= 1
                return self._element(entry)
        self.index = i
        # Exhausted: drop the dict, as CPython's iterators do.
        self.w_dict = None
        refcount.decref(w_dict)
        return None

    def _changed_size(self):
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace import exceptions as exc
        self.size = -1
        raise oefmt(exc.w_RuntimeError,
                    "dictionary changed size during iteration")

    def _keys_changed(self):
        from fastpy.interpreter.error import oefmt
        from fastpy.objspace import exceptions as exc
        w_dict = self.w_dict
        self.w_dict = None
        refcount.decref(w_dict)
        raise oefmt(exc.w_RuntimeError,
                    "dictionary keys changed during iteration")

    def _element(self, entry):
        if self.kind == KEYS:
            return entry.w_key
        if self.kind == VALUES:
            return entry.w_value
        return W_TupleObject([entry.w_key, entry.w_value])
