"""`dict`: insertion-ordered hash table; keys and values are counted slots.

Keys are compared with Python equality and hashed with Python hash (see
space.eq_w / space.hash_w), which may raise OperationError.
"""

from rpython.rlib.objectmodel import r_ordereddict
from fastpy.objspace.root import W_Counted, W_Root
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_dict_type = W_TypeObject('dict', w_object_type)


def _key_eq(w_a, w_b):
    from fastpy.objspace import space
    return space.eq_w(w_a, w_b)


def _key_hash(w_a):
    from fastpy.objspace import space
    return space.hash_w(w_a)


def new_storage():
    return r_ordereddict(_key_eq, _key_hash)


class DictEntry(object):
    """One key/value pair.  The stored key object is kept so deletion can
    drop the reference of the key that was inserted, not of the lookup key."""
    _attrs_ = ['w_key', 'w_value']

    def __init__(self, w_key, w_value):
        self.w_key = w_key
        self.w_value = w_value


class W_DictObject(W_Counted):
    _attrs_ = ['storage']

    def __init__(self):
        self.storage = new_storage()

    def gettype(self):
        return w_dict_type

    def referents(self):
        result = []
        for entry in self.storage.values():
            result.append(entry.w_key)
            result.append(entry.w_value)
        return result

    def release_children(self):
        # CPython's dict_dealloc drops key then value, in insertion order.
        entries = self.storage.values()
        self.storage = new_storage()
        for entry in entries:
            refcount.decref(entry.w_key)
            refcount.decref(entry.w_value)

    def length(self):
        return len(self.storage)

    def getitem(self, w_key):
        """The value or None."""
        entry = self.storage.get(w_key, None)
        if entry is None:
            return None
        return entry.w_value

    def setitem(self, w_key, w_value):
        entry = self.storage.get(w_key, None)
        refcount.incref(w_value)
        if entry is None:
            refcount.incref(w_key)
            self.storage[w_key] = DictEntry(w_key, w_value)
        else:
            # CPython keeps the original key object and replaces the value.
            w_old = entry.w_value
            entry.w_value = w_value
            refcount.decref(w_old)

    def delitem(self, w_key):
        """Remove the pair and return the value (now borrowed), or None if
        the key is absent."""
        entry = self.storage.get(w_key, None)
        if entry is None:
            return None
        del self.storage[w_key]
        refcount.decref(entry.w_key)
        refcount.decref(entry.w_value)
        return entry.w_value

    def entries(self):
        """A snapshot of the pairs in insertion order."""
        return self.storage.values()

    def keys(self):
        return [entry.w_key for entry in self.storage.values()]

    def values(self):
        return [entry.w_value for entry in self.storage.values()]

    def setitem_str(self, name, w_value):
        from fastpy.objspace.strobject import newstr_utf8
        self.setitem(newstr_utf8(name), w_value)

    def getitem_str(self, name):
        from fastpy.objspace.strobject import newstr_utf8
        return self.getitem(newstr_utf8(name))


def newdict():
    return W_DictObject()
