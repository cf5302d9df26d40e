"""`tuple`: an immutable array of counted slots.

Two classes share the type: `W_TupleObject`, counted, for tuples built at
run time, and `W_ConstTupleObject`, for the constants the compiler folds
(`1, 2`, `(1, 'a', None)`): those live as long as their code object, so
they are immortal and not counted (refcount.py), and in a trace a
constant tuple's length and items fold to constants.

Construction and release loop over the items; for the lengths a trace
knows (BUILD_TUPLE n, a tuple that never escaped) the loops are unrolled
so a temporary tuple stays virtual.
"""

from rpython.rlib import jit
from rpython.rlib.debug import make_sure_not_resized
from fastpy.objspace.root import W_Counted
from fastpy.objspace.typeobject import W_TypeObject, w_object_type
from fastpy.objspace import refcount

w_tuple_type = W_TypeObject('tuple', w_object_type)

# Tuples up to this length are built and released inline in traces.
UNROLL_CUTOFF = 16


class W_TupleObject(W_Counted):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w[*]']

    def __init__(self, items_w):
        """Takes a fixed-size list; every item gains a reference."""
        make_sure_not_resized(items_w)
        self.items_w = items_w
        _incref_all(items_w)

    def gettype(self):
        return w_tuple_type

    def referents(self):
        return list(self.items_w)

    def release_children(self):
        # CPython's tupledealloc drops items from the end.
        _release_items_from_end(self.items_w)


class W_ConstTupleObject(W_TupleObject):
    """A tuple constant of a code object: immortal, never counted."""
    _attrs_ = []
    counted = False


# A tuple's release drops its items, the last first (tupledealloc).
_release_items_from_end = refcount.make_release_items_from_end()


@jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), UNROLL_CUTOFF))
def _incref_all(items_w):
    for w_item in items_w:
        refcount.incref(w_item)


def newtuple(items_w):
    """A counted tuple of a copy of items_w (any RPython list)."""
    return W_TupleObject(fixed_copy(items_w))


@jit.look_inside_iff(lambda items_w: jit.loop_unrolling_heuristic(
    items_w, len(items_w), UNROLL_CUTOFF))
def fixed_copy(items_w):
    n = len(items_w)
    result = [None] * n
    for i in range(n):
        result[i] = items_w[i]
    return result


def newconsttuple(items_w):
    return W_ConstTupleObject(fixed_copy(items_w))
