"""W_Root: the base class of every object a Python program can see.

Reference counting (see refcount.py) is decided per class: `counted` is a
class-level constant, so for leaf types (int, float, str, None, ...) every
incref/decref folds away at translation and inside JIT traces.
"""


class W_Root(object):
    _attrs_ = []
    # Class-level constant: does this type carry a reference count?  Only
    # objects that hold references to other objects (or will have
    # finalizers) are counted.
    counted = False
    # Class-level constant: is this an instance of a class defined in
    # Python (a user class, or a user subclass of a builtin type)?  Then
    # its special methods may be overridden, and the object space takes
    # the generic protocol path (protocol.py) instead of the exact-type
    # fast paths.  Folds after the JIT's class guard.
    is_user = False

    def gettype(self):
        raise NotImplementedError

    # The count of a counted object that is not a W_Counted: an instance
    # of a user subclass of an uncounted value type (int, str, float,
    # bytes, complex, bytearray; userobjects.py), whose attributes are
    # counted slots.  refcount.py reads W_Counted's field directly.
    def get_refcount(self):
        raise NotImplementedError

    def set_refcount(self, count):
        raise NotImplementedError

    # The weak references to this object (objspace/weaklist.py): classes
    # with a `weaklist` field override both; set_weaklist answers False
    # where there is no field.
    def get_weaklist(self):
        return None

    def set_weaklist(self, lst):
        return False

    def referents(self):
        """Every Python-visible slot of this object, counted or not.  Used
        by the debug heap checker; keep in sync with release_children()."""
        return []

    def release_children(self):
        """Called once when the object's count reaches zero for good: drop
        the references held in its slots, in CPython's order."""
        pass

    # ------------------------------------------------------------ attributes
    # Instances of Python classes (is_user) store attributes in maps
    # (mapdict.py, which overrides these); builtin objects have none.

    def getdictvalue(self, name):
        return None

    def store_attr(self, name, w_value):
        return False

    def delete_attr(self, name):
        return False

    def getdict(self):
        return None

    def has_instance_dict(self):
        return False

    def setdict(self, w_dict):
        pass

    def set_class(self, w_type):
        """`obj.__class__ = w_type` once the layouts were found the same:
        False for an object that cannot change class."""
        return False

    def read_slot(self, index):
        return None

    def write_slot(self, index, w_value):
        pass

    # ------------------------------------------------------------ slots
    # space.py handles the common builtin types inline, fast paths first;
    # every other builtin type (set, complex, bytearray, the iterator
    # types, ...) answers through these methods, which space.py calls
    # last, before its TypeError.  The defaults mean "not handled".

    def sp_bool(self):
        """1/0 for truth, or -1: no __bool__/__len__ here."""
        return -1

    def sp_len(self):
        """len(self), or -1 if the type has no length."""
        return -1

    def sp_repr(self):
        """repr(self) as unicode, or None."""
        return None

    def sp_str(self):
        """str(self) as unicode, or None (then repr is used)."""
        return None

    def sp_hash(self):
        """hash(self); the default is the identity hash."""
        from rpython.rlib.objectmodel import compute_hash
        return compute_hash(self)

    def sp_eq(self, w_other):
        """1/0 for self == w_other, or -1 (NotImplemented)."""
        return -1

    def sp_compare(self, op, w_other):
        """1/0 for the ordering `self <op> w_other` (space.CMP_LT..GE),
        or -1 (NotImplemented)."""
        return -1

    def sp_contains(self, w_item):
        """1/0 for `w_item in self`, or -1 (use iteration)."""
        return -1

    def sp_binop(self, op, w_other, inplace):
        """self <op> w_other (space.OP_*), or None (NotImplemented)."""
        return None

    def sp_rbinop(self, op, w_other):
        """w_other <op> self, self on the right; or None."""
        return None

    def sp_unary(self, which):
        """-self ('-'), +self ('+'), ~self ('~'), abs(self) ('a'), or
        None."""
        return None

    def sp_iter(self):
        """A new iterator over self (a temporary), or None."""
        return None

    def sp_is_iterator(self):
        return False

    def sp_next(self):
        """For iterators: the next item, or None when exhausted."""
        return None

    def sp_getitem(self, w_index):
        """self[w_index], or None if not subscriptable."""
        return None

    def sp_setitem(self, w_index, w_value):
        """self[w_index] = w_value; False if not supported."""
        return False

    def sp_delitem(self, w_index):
        """del self[w_index]; False if not supported."""
        return False

    def sp_buffer(self):
        """The bytes this object exports through the buffer protocol
        (array.array; bytes, bytearray and memoryview are handled
        directly), or None."""
        return None

    def sp_buffer_write(self, index, char):
        """Store one byte through a writable view of sp_buffer(); False
        if the exporter does not support it."""
        return False

    def sp_buffer_unexport(self):
        """A view that blocked resizing (BytesIO.getbuffer) is released."""


class W_Counted(W_Root):
    """An object with a reference count of its Python-visible references."""
    _attrs_ = ['refcount']
    counted = True
    refcount = 0
