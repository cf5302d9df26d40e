"""Methods and operators of set and frozenset (CPython's algorithms, so
results iterate in CPython's order)."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.setobject import (W_SetObject, W_FrozenSetObject,
    w_set_type, w_frozenset_type, key_for_lookup, set_equal, DUMMY)
from fastpy.objspace import space


def _new_like(w_set):
    return w_set.new_empty()


def _as_set(w_iterable):
    """A temporary set of the items of any iterable (a set is itself)."""
    if isinstance(w_iterable, W_SetObject):
        return w_iterable
    w_new = W_SetObject()
    w_new.update_from(w_iterable)
    return w_new


def _drop(w_tmp, w_orig):
    if w_tmp is not w_orig:
        refcount.discard(w_tmp)


# ---------------------------------------------------------------- algebra

def set_union(w_set, others_w):
    w_result = w_set.copy()
    for w_other in others_w:
        w_result.update_from(w_other)
    return w_result


def intersection_of(w_set, w_other, w_result):
    """Fill w_result with the keys of w_set also in w_other."""
    if isinstance(w_other, W_SetObject):
        w_small, w_big = w_other, w_set
        if w_set.used < w_other.used:
            w_small, w_big = w_set, w_other
        keys_w = w_small.keys_w
        for k in range(len(keys_w)):
            w_key = keys_w[k]
            if w_key is None or w_key is DUMMY:
                continue
            if w_big.lookup(w_key, w_small.hashes[k]) >= 0:
                w_result.add_hashed(w_key, w_small.hashes[k])
        return
    for w_item in space.iterate(w_other):
        if w_set.contains(w_item):
            w_result.add(w_item)
        refcount.discard(w_item)


def set_intersection(w_set, others_w):
    if len(others_w) == 0:
        return w_set.copy()
    w_result = w_set
    for w_other in others_w:
        w_new = _new_like(w_set)
        intersection_of(w_result, w_other, w_new)
        if w_result is not w_set:
            refcount.discard(w_result)
        w_result = w_new
    return w_result


def difference_update(w_set, w_other):
    if w_set is w_other:
        w_set.clear()
        return
    if isinstance(w_other, W_SetObject):
        for w_key in w_other.active_keys():
            w_set.discard(w_key)
        return
    for w_item in space.iterate(w_other):
        w_set.discard(w_item)
        refcount.discard(w_item)


def set_difference(w_set, others_w):
    w_result = w_set.copy()
    for w_other in others_w:
        difference_update(w_result, w_other)
    return w_result


def symmetric_difference_update(w_set, w_other):
    if w_set is w_other:
        w_set.clear()
        return
    w_tmp = w_other
    if not isinstance(w_other, W_SetObject):
        w_tmp = W_SetObject()
        w_tmp.update_from(w_other)
    assert isinstance(w_tmp, W_SetObject)
    keys_w = w_tmp.keys_w
    for k in range(len(keys_w)):
        w_key = keys_w[k]
        if w_key is None or w_key is DUMMY:
            continue
        h = w_tmp.hashes[k]
        j = w_set.lookup(w_key, h)
        if j >= 0:
            refcount.discard(w_set.remove_slot(j))
        else:
            w_set.add_hashed(w_key, h)
    _drop(w_tmp, w_other)


def set_symmetric_difference(w_set, w_other):
    w_result = _new_like(w_set)
    w_result.update_from(w_other)
    symmetric_difference_update(w_result, w_set)
    return w_result


def set_issubset(w_set, w_other):
    w_tmp = _as_set(w_other)
    result = True
    if w_set.used > w_tmp.used:
        result = False
    else:
        for w_key in w_set.active_keys():
            if not w_tmp.contains(w_key):
                result = False
                break
    _drop(w_tmp, w_other)
    return result


def set_issuperset(w_set, w_other):
    if isinstance(w_other, W_SetObject):
        return set_issubset(w_other, w_set)
    result = True
    for w_item in space.iterate(w_other):
        if result and not w_set.contains(w_item):
            result = False
        refcount.discard(w_item)
    return result


def set_isdisjoint(w_set, w_other):
    if isinstance(w_other, W_SetObject):
        w_small, w_big = w_set, w_other
        if w_other.used < w_set.used:
            w_small, w_big = w_other, w_set
        for w_key in w_small.active_keys():
            if w_big.contains(w_key):
                return False
        return True
    result = True
    for w_item in space.iterate(w_other):
        if result and w_set.contains(w_item):
            result = False
        refcount.discard(w_item)
    return result


# ---------------------------------------------------------------- operators

def set_compare(w_set, op, w_other):
    if op == space.CMP_LE:
        return set_issubset(w_set, w_other)
    if op == space.CMP_GE:
        return set_issubset(w_other, w_set)
    if op == space.CMP_LT:
        return w_set.used < w_other.used and set_issubset(w_set, w_other)
    if op == space.CMP_GT:
        return w_set.used > w_other.used and set_issubset(w_other, w_set)
    if op == space.CMP_EQ:
        return set_equal(w_set, w_other)
    return not set_equal(w_set, w_other)


def set_binop(w_set, op, w_other, inplace):
    if not isinstance(w_other, W_SetObject):
        return None
    if op != space.OP_OR and op != space.OP_AND and op != space.OP_SUB \
            and op != space.OP_XOR:
        return None
    if inplace and not w_set.is_frozen():
        if op == space.OP_OR:
            w_set.update_from(w_other)
        elif op == space.OP_AND:
            _intersection_update(w_set, [w_other])
        elif op == space.OP_SUB:
            difference_update(w_set, w_other)
        else:
            symmetric_difference_update(w_set, w_other)
        return w_set
    if op == space.OP_OR:
        return set_union(w_set, [w_other])
    if op == space.OP_AND:
        return set_intersection(w_set, [w_other])
    if op == space.OP_SUB:
        return set_difference(w_set, [w_other])
    return set_symmetric_difference(w_set, w_other)


def _intersection_update(w_set, others_w):
    w_tmp = set_intersection(w_set, others_w)
    assert isinstance(w_tmp, W_SetObject)
    _swap_bodies(w_set, w_tmp)
    refcount.discard(w_tmp)


def _swap_bodies(w_a, w_b):
    """set_swap_bodies: exchange the tables (counts move with them)."""
    w_a.keys_w, w_b.keys_w = w_b.keys_w, w_a.keys_w
    w_a.hashes, w_b.hashes = w_b.hashes, w_a.hashes
    w_a.mask, w_b.mask = w_b.mask, w_a.mask
    w_a.fill, w_b.fill = w_b.fill, w_a.fill
    w_a.used, w_b.used = w_b.used, w_a.used
    w_a.hash_cache = w_b.hash_cache = -1


# ---------------------------------------------------------------- gateway

@constructor(w_set_type, 'set(iterable=NULL, /)')
def set_new(w_cls, w_iterable):
    w_set = W_SetObject()
    if w_iterable is not None:
        w_set.update_from(w_iterable)
    return w_set


@constructor(w_frozenset_type, 'frozenset(iterable=NULL, /)')
def frozenset_new(w_cls, w_iterable):
    if isinstance(w_iterable, W_FrozenSetObject) and \
            w_cls is w_frozenset_type:
        return w_iterable
    w_set = W_FrozenSetObject()
    if w_iterable is not None:
        w_set.update_from(w_iterable)
    return w_set


@method(w_set_type, 'add(self, object, /)', W_SetObject)
def set_add_m(w_set, w_item):
    w_set.add(w_item)
    return space.w_None


@method(w_set_type, 'clear(self, /)', W_SetObject)
def set_clear(w_set):
    w_set.clear()
    return space.w_None


@method(w_set_type, 'discard(self, object, /)', W_SetObject)
def set_discard(w_set, w_item):
    w_set.discard(key_for_lookup(w_item))
    return space.w_None


@method(w_set_type, 'remove(self, object, /)', W_SetObject)
def set_remove(w_set, w_item):
    if not w_set.discard(key_for_lookup(w_item)):
        raise OperationError(exc.W_BaseException(exc.w_KeyError, [w_item]))
    return space.w_None


@method(w_set_type, 'pop(self, /)', W_SetObject)
def set_pop(w_set):
    if w_set.used == 0:
        raise oefmt(exc.w_KeyError, "pop from an empty set")
    mask = w_set.mask
    i = w_set.finger & mask
    while True:
        w_key = w_set.keys_w[i]
        if w_key is not None and w_key is not DUMMY:
            break
        i += 1
        if i > mask:
            i = 0
    w_set.finger = i + 1
    return w_set.remove_slot(i)


@method(w_set_type, 'update(self, *others)', W_SetObject)
def set_update(w_set, others_w):
    for w_other in others_w:
        w_set.update_from(w_other)
    return space.w_None


@method(w_set_type, 'intersection_update(self, *others)', W_SetObject)
def set_intersection_update(w_set, others_w):
    if len(others_w) > 0:
        _intersection_update(w_set, others_w)
    return space.w_None


@method(w_set_type, 'difference_update(self, *others)', W_SetObject)
def set_difference_update(w_set, others_w):
    for w_other in others_w:
        difference_update(w_set, w_other)
    return space.w_None


@method(w_set_type, 'symmetric_difference_update(self, other, /)',
        W_SetObject)
def set_symmetric_difference_update(w_set, w_other):
    symmetric_difference_update(w_set, w_other)
    return space.w_None


def _shared(name, spec, impl):
    for w_type in [w_set_type, w_frozenset_type]:
        method(w_type, spec, W_SetObject)(impl)


def m_copy(w_set):
    if w_set.is_frozen():
        return w_set
    return w_set.copy()


def m_union(w_set, others_w):
    return set_union(w_set, others_w)


def m_intersection(w_set, others_w):
    return set_intersection(w_set, others_w)


def m_difference(w_set, others_w):
    return set_difference(w_set, others_w)


def m_symmetric_difference(w_set, w_other):
    return set_symmetric_difference(w_set, w_other)


def m_issubset(w_set, w_other):
    return space.newbool(set_issubset(w_set, w_other))


def m_issuperset(w_set, w_other):
    return space.newbool(set_issuperset(w_set, w_other))


def m_isdisjoint(w_set, w_other):
    return space.newbool(set_isdisjoint(w_set, w_other))


_shared('copy', 'copy(self, /)', m_copy)
_shared('union', 'union(self, *others)', m_union)
_shared('intersection', 'intersection(self, *others)', m_intersection)
_shared('difference', 'difference(self, *others)', m_difference)
_shared('symmetric_difference', 'symmetric_difference(self, other, /)',
        m_symmetric_difference)
_shared('issubset', 'issubset(self, other, /)', m_issubset)
_shared('issuperset', 'issuperset(self, other, /)', m_issuperset)
_shared('isdisjoint', 'isdisjoint(self, other, /)', m_isdisjoint)


def m_reduce(w_set):
    """(type(self), (list(self),), self.__dict__ or None), for pickle and
    copy.deepcopy."""
    from fastpy.objspace.tupleobject import newtuple
    from fastpy.objspace.listobject import newlist
    w_state = w_set.getdict()
    if w_state is None:
        w_state = space.w_None
    return newtuple([w_set.gettype(), newtuple([newlist(w_set.active_keys())]),
                     w_state])

_shared('__reduce__', '__reduce__(self, /)', m_reduce)
