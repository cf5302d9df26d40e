"""The one API through which every Python-visible slot counts references.

Invariant: `w.refcount` equals the number of slots (frame locals, value
stack entries, container items, dict keys/values, function defaults and
globals, ...) that hold `w`.  References held in RPython locals are
borrowed and not counted.

A decref that reaches zero does not release the object at once: it goes
into a zero-count queue, drained at the next instruction boundary.  If the
count is still zero then, the object is released (its children are
decref'd).  This keeps transfers like `lst.pop()` (item leaves the list,
then lands on the value stack) safe without CPython's new/borrowed
reference distinction.  A released object has refcount -1.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import we_are_translated
from fastpy import config
from fastpy.objspace.root import W_Counted

DEAD = -1


class ZeroCountQueue(object):
    def __init__(self):
        self.pending = []

queue = ZeroCountQueue()


def incref(w_obj):
    if config.REFCOUNT and w_obj is not None and w_obj.counted:
        assert isinstance(w_obj, W_Counted)
        w_obj.refcount += 1
        if not we_are_translated():
            debug_tracker.track(w_obj)


class DebugTracker(object):
    """Untranslated only: every counted object that was ever stored, so
    the heap checker (tests/unit/heapcheck.py) can find leaks among the
    objects no longer reachable."""

    def __init__(self):
        self.objects = {}

    def track(self, w_obj):
        self.objects[id(w_obj)] = w_obj

    def reset(self):
        self.objects = {}

debug_tracker = DebugTracker()


def decref(w_obj):
    if config.REFCOUNT and w_obj is not None and w_obj.counted:
        assert isinstance(w_obj, W_Counted)
        w_obj.refcount -= 1
        if w_obj.refcount == 0:
            queue.pending.append(w_obj)


def has_pending():
    return config.REFCOUNT and len(queue.pending) > 0


@jit.dont_look_inside
def drain():
    """Release every queued object whose count is still zero.  Releasing
    an object may queue its children; they are released in the same
    drain, in the order CPython would deallocate them."""
    pending = queue.pending
    i = 0
    while i < len(pending):
        w_obj = pending[i]
        i += 1
        assert isinstance(w_obj, W_Counted)
        if w_obj.refcount == 0:
            w_obj.refcount = DEAD
            w_obj.release_children()
    del pending[:]
