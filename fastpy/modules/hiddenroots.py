"""Objects that builtin modules keep alive in interpreter state, outside
any module dict: the codec registry, the csv dialect registry, the
current contextvars Context...  Each is held by one counted reference
from here (`hold_root`); the heap checker (tests/unit/heapcheck.py) walks
them as roots, as CPython's interpreter state is a root for its cycle
collector."""

from fastpy.objspace import refcount


class HiddenRoots(object):
    def __init__(self):
        self.roots_w = []


hidden = HiddenRoots()


def hold_root(w_obj):
    """Keep w_obj alive for the whole run (one counted reference)."""
    refcount.incref(w_obj)
    hidden.roots_w.append(w_obj)
    return w_obj
