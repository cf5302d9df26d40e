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

A WeakrefList does not count its references: a weak reference object is
kept alive only by the Python slots holding it, and takes itself off the
list when it is released.  The order of `refs_w` is CPython's list order
(the plain `ref` without callback first, then the plain proxy, then the
others, most recently created first), which is the order in which
callbacks run.
"""

from rpython.rlib import jit


class WeakrefList(object):
    def __init__(self):
        self.refs_w = []        # W_WeakrefBase, CPython's list order


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
