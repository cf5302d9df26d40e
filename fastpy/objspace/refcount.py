"""The one API through which every Python-visible slot counts references.

Invariant: `w.refcount` equals the number of slots (frame locals, value
stack entries, container items, dict keys/values, function defaults and
globals, ...) that hold `w`.  References held in RPython locals are not
counted.  A released object has refcount DEAD.

The rule is CPython's: an object is released the moment a slot drops its
last reference (`decref` reaching zero), depth-first, so finalization
happens exactly where CPython's would.  An object whose count is zero
and which was never released is a *temporary*: it belongs to the RPython
code that holds it (a result on its way to the value stack, an item just
taken out of a list by `pop`).  That code either stores it in a slot
(`incref`) or drops it with `discard`.  The four operations:

    incref(w)    a slot starts holding w
    decref(w)    a slot stops holding w; release it if that was the last
    disown(w)    a slot hands w to the RPython caller (count may reach 0,
                 w stays alive as a temporary)
    discard(w)   RPython code drops a temporary: release it if no slot
                 holds it

Why immediate release keeps the JIT's escape analysis intact: inside a
trace, `release` is inlined; for an object allocated in the trace (a
tuple built and unpacked, a bound method called once) the count field is
a virtual field, the test `refcount == 0` folds, releasing its children
folds to nothing for uncounted children, and the allocation disappears.
Nothing is appended to a queue, so nothing escapes.  Containers whose
release needs a loop over unknown many items are residual calls.

Deep chains (a 1,000,000-deep nest of lists) must not exhaust the C
stack: outside compiled code, releases nest at most TRASHCAN_DEPTH deep;
deeper ones are deferred and released iteratively by the outermost
release, like CPython's trashcan.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import we_are_translated
from fastpy import config
from fastpy.objspace.root import W_Counted

DEAD = -1

# Nesting of releases (C stack frames) before the rest is deferred.
TRASHCAN_DEPTH = 64


def incref(w_obj):
    if config.REFCOUNT and w_obj is not None and w_obj.counted:
        if not we_are_translated():
            # A slot taking a released object is a use after release:
            # translated, it reads cleared slots (a crash or garbage).
            assert _count(w_obj) != DEAD, "incref of a released %r" % (
                w_obj,)
            debug_tracker.track(w_obj)
        _set_count(w_obj, _count(w_obj) + 1)


def decref(w_obj):
    if config.REFCOUNT and w_obj is not None and w_obj.counted:
        count = _count(w_obj) - 1
        _set_count(w_obj, count)
        if count == 0:
            release(w_obj)


# Counting the items of a small list: the loops unroll when a trace
# knows the list's length (a constant or a virtual list), so an object
# holding a few counted slots (a closure, an exception's args) can stay
# virtual; longer lists are a residual call.
UNROLL_ITEMS = 8


@jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), UNROLL_ITEMS))
def incref_all(items_w):
    for w_item in items_w:
        incref(w_item)


@jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), UNROLL_ITEMS))
def decref_all(items_w):
    for w_item in items_w:
        decref(w_item)


@jit.unroll_safe
def decref_all_promoted(items_w):
    """decref_all for a list whose length is the same each time a given
    trace reaches here (a function's closure cells, as many as its
    code's free variables; its defaults): the length is promoted, so the
    loop unrolls even where the list is not known to be virtual (a
    closure that dies at the end of the comprehension it ran)."""
    n = jit.promote(len(items_w))
    for i in range(n):
        decref(items_w[i])


def _make_decref_all_from_end():
    """decref_all, the last item first; one function per kind of array
    that calls it (RPython gives one function's argument one kind)."""
    @jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
        items_w, len(items_w), UNROLL_ITEMS))
    def decref_all_from_end(items_w):
        i = len(items_w) - 1
        while i >= 0:
            decref(items_w[i])
            i -= 1
    return decref_all_from_end


decref_all_from_end = _make_decref_all_from_end()


def make_release_items_from_end():
    """A function that drops the items of a container being released,
    the last first (CPython's list and tuple deallocation).  In a trace,
    an array of at most UNROLL_ITEMS items has its length promoted: the
    decrements are inlined, and an item that dies is released by the
    trace (or a bridge) with its class known, instead of one residual
    call that can run any code (so it forces the frame's state out) and
    then takes the generic release path for every item.  Each release
    site compiles a bridge per length it sees, at most UNROLL_ITEMS + 1.
    Longer arrays stay a residual call, unless the trace knows them
    (virtual).

    One function per kind of array: a list's storage is resizable and a
    tuple's is not, and RPython gives one function's argument one kind."""

    @jit.unroll_safe
    def decref_first_from_end(items_w, n):
        i = n - 1
        while i >= 0:
            decref(items_w[i])
            i -= 1

    decref_every_from_end = _make_decref_all_from_end()

    def release_items_from_end(items_w):
        if jit.we_are_jitted() and len(items_w) <= UNROLL_ITEMS:
            decref_first_from_end(items_w, jit.promote(len(items_w)))
        else:
            decref_every_from_end(items_w)
    return release_items_from_end


def disown(w_obj):
    if config.REFCOUNT and w_obj is not None and w_obj.counted:
        _set_count(w_obj, _count(w_obj) - 1)


def discard(w_obj):
    if config.REFCOUNT and w_obj is not None and w_obj.counted:
        if _count(w_obj) == 0:
            release(w_obj)


def release(w_obj):
    """The count of w_obj reached zero for good: mark it dead and drop
    the references its slots hold, in CPython's order."""
    _set_count(w_obj, DEAD)
    if jit.we_are_jitted():
        # Compiled code has no C-stack recursion to bound: each class's
        # release_children decides itself whether the trace inlines it
        # (fixed, small structures) or calls it.
        w_obj.release_children()
    else:
        _release_nested(w_obj)


# A counted object is a W_Counted, or an instance of a user subclass of
# an uncounted value type (int, str, ...: its base class is not a
# W_Counted), which keeps its count through get/set_refcount.  The
# isinstance test folds after the JIT's class guard.

def _count(w_obj):
    if isinstance(w_obj, W_Counted):
        return w_obj.refcount
    return w_obj.get_refcount()


def _set_count(w_obj, count):
    if isinstance(w_obj, W_Counted):
        w_obj.refcount = count
    else:
        w_obj.set_refcount(count)


def get_count(w_obj):
    return _count(w_obj)


def set_count(w_obj, count):
    """For finalizer.py, which revives an object while __del__ runs."""
    _set_count(w_obj, count)


class Trashcan(object):
    """Depth of nested releases and the releases deferred past it."""
    def __init__(self):
        self.depth = 0
        self.deferred = []

trashcan = Trashcan()


def _release_nested(w_obj):
    tc = trashcan
    if tc.depth >= TRASHCAN_DEPTH:
        tc.deferred.append(w_obj)
        return
    tc.depth += 1
    try:
        w_obj.release_children()
    finally:
        tc.depth -= 1
    if tc.depth == 0 and len(tc.deferred) > 0:
        _release_deferred()


def _release_deferred():
    """Release the deferred objects in the order they were deferred; each
    may defer more, which join the end of the list."""
    tc = trashcan
    i = 0
    tc.depth = 1
    try:
        while i < len(tc.deferred):
            w_obj = tc.deferred[i]
            i += 1
            w_obj.release_children()
    finally:
        tc.depth = 0
        del tc.deferred[:]


# The stack checks (recursion limits of the C stack) go at the entry of
# the releases: the toolchain then breaks the call-graph cycles through
# them there, instead of searching the whole strongly connected call
# graph (over 5000 functions reach each other through releases, __del__
# and calls) for places to put them, which took minutes of translation.
_release_nested.insert_stack_check_here = True
_release_deferred.insert_stack_check_here = True


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
