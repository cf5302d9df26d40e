"""The weak references to one object: its `WeakrefList`, and the hook
that clears them when the object is released.

Classes whose instances can be weakly referenced and released (user
instances, functions, bound methods, sets) carry a field `weaklist`,
None until the first weak reference to the object is made (CPython's
tp_weaklistoffset).  Their release_children() starts with

    if self.weaklist is not None:
        weaklist.clear_weakrefs(self)

so releasing an object that never had a weak reference costs one field
read and test; in a JIT trace the field of an object allocated in the
trace is known to be None and the test folds away.  Immortal objects
(types, builtin functions, code objects, modules) have no field: their
lists live in a table of fastpy/modules/weakrefmodule.py.

A WeakrefList does not count its references, nor keep them alive: a
weak reference object is kept alive only by the Python slots holding
it, and takes itself off the list when it is released.  The order of
its items is CPython's list order (the plain `ref` without callback
first, then the plain proxy, then the others, most recently created
first), which is the order in which callbacks run.
"""

import weakref

from rpython.rlib import jit


class WeakrefList(object):
    """The weak reference objects to one referent, in CPython's list
    order.  It holds them weakly (RPython weak references), as the
    referent holds its list: when the GC finds the referent unreachable
    (cyclic garbage, which counting never releases), it reports the list
    (finalizer.weakref_list_queue) and the weak references still alive
    are cleared and their callbacks called.  Those that were garbage too
    are gone by then and call nothing, as in CPython, which calls only
    the callbacks of reachable weak references."""

    def __init__(self):
        self.refs = []              # RPython weakrefs to W_WeakrefBase
        self.queued = False         # registered with the GC's queue

    def items(self):
        """The weak reference objects, in list order."""
        result = []
        for ref in self.refs:
            w_ref = ref()
            if w_ref is not None:
                result.append(w_ref)
        return result

    def length(self):
        return len(self.items())

    def first(self):
        for ref in self.refs:
            w_ref = ref()
            if w_ref is not None:
                return w_ref
        return None

    def insert_first(self, w_ref):
        assert w_ref is not None
        self.refs.insert(0, weakref.ref(w_ref))

    def insert_after(self, w_prev, w_ref):
        """After w_prev, or first if w_prev is None or not listed."""
        if w_prev is not None:
            for i in range(len(self.refs)):
                if self.refs[i]() is w_prev:
                    assert w_ref is not None
                    self.refs.insert(i + 1, weakref.ref(w_ref))
                    return
        self.insert_first(w_ref)

    def remove(self, w_ref):
        """Take w_ref off the list (and the dead entries with it)."""
        kept = []
        for ref in self.refs:
            w_item = ref()
            if w_item is not None and w_item is not w_ref:
                kept.append(ref)
        self.refs = kept

    def take_all(self):
        """Empty the list; return its weak reference objects."""
        result = self.items()
        self.refs = []
        return result


@jit.dont_look_inside
def clear_weakrefs(w_obj):
    """w_obj is being released (its count is DEAD): clear every weak
    reference to it, then run their callbacks (weakrefmodule.py)."""
    lst = w_obj.get_weaklist()
    w_obj.set_weaklist(None)
    if lst is not None:
        from fastpy.modules.weakrefmodule import clear_list
        clear_list(lst)


class WeaklistMixin(object):
    """get_weaklist/set_weaklist over a `weaklist` field (import_from_mixin
    into a class whose _attrs_ list 'weaklist' and whose class body sets
    `weaklist = None`)."""

    def get_weaklist(self):
        return self.weaklist

    def set_weaklist(self, lst):
        self.weaklist = lst
        return True


def has_weaklist_field(cls):
    """Do instances of the RPython class cls have their own field?"""
    from fastpy.objspace.root import W_Root
    return cls.get_weaklist.im_func is not W_Root.get_weaklist.im_func
