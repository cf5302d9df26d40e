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

    def gettype(self):
        raise NotImplementedError

    def referents(self):
        """Every Python-visible slot of this object, counted or not.  Used
        by the debug heap checker; keep in sync with release_children()."""
        return []

    def release_children(self):
        """Called once when the object's count reaches zero for good: drop
        the references held in its slots, in CPython's order."""
        pass


class W_Counted(W_Root):
    """An object with a reference count of its Python-visible references."""
    _attrs_ = ['refcount']
    counted = True
    refcount = 0
