"""The method resolution order of classes and `__bases__` assignment, as
CPython 3.11's typeobject.c does them:

* `mro_internal`: a class's `__mro__` is set when the class is made and
  whenever `__bases__` (its own or a base's) is assigned.  A metaclass
  other than `type` is asked through its `mro()` method (looked up on
  the metaclass, like a special method); its result must be a non-empty
  sequence of classes whose layouts suit the class ("mro() returned a
  non-class ('X')", "... base with unsuitable layout ('X')").  While it
  runs, the class has no MRO yet (`__mro__` is None, lookups on it find
  nothing, subclass tests follow the chain of best bases).  An `mro()`
  that itself recomputes the class's MRO (assigning `__bases__`) wins:
  the outer result is dropped (CPython's reentrancy check compares the
  MRO before and after the call; fastpy compares list identities, every
  new MRO being a new list).
* `type.mro(cls)`: the C3 linearization of the current bases
  (`mro_implementation`), whatever `__mro__` is.
* `type_set_bases`: CPython's checks and messages (cycles, best base,
  layout compatibility: `compatible_for_assignment`), then the new MRO
  of the class and of all its subclasses (`mro_hierarchy`, subclasses in
  the order they were registered).  When one fails, every MRO set so far
  and the bases are put back; the subclass lists of the old and new
  bases change only after success.

A class with no MRO yet has an empty `mro_w` (CPython's NULL tp_mro: an
MRO is never empty).  `mro_w` and `bases_w` are quasi-immutable: they
are always replaced by new lists, and `mutated()` replaces the version
tags of the class and its subclasses after each change, which is what
the elidable lookups and the method cache depend on.

The layout rules (solid base, best base, compatibility for assignment)
map CPython's sizes and offsets onto fastpy's representations: the
builtin type whose representation the instances have, the number of
`__slots__` (mapdict.Terminator.nslots), the instance dict, the
`__weakref__` descriptor, and whether CPython's type is garbage
collected (its deallocator).
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.typeobject import (W_TypeObject, w_object_type,
                                        w_type_type, MroError, fixed_types,
                                        compute_mro, base_chain_has)
from fastpy.objspace.mapdict import get_terminator, W_MemberDescr
from fastpy.objspace.tupleobject import W_TupleObject, newtuple


# ---------------------------------------------------------------- the MRO

def mro_implementation(w_type):
    """type.mro(cls): C3 over the current bases (a new fixed list)."""
    bases_w = w_type.bases_w
    for w_b in bases_w:
        if len(w_b.mro_w) == 0:
            raise oefmt(exc.w_TypeError, "Cannot extend an incomplete type "
                        "'%s'" % w_b.name)
    if len(bases_w) > 1:
        for i in range(len(bases_w)):
            for j in range(i + 1, len(bases_w)):
                if bases_w[j] is bases_w[i]:
                    raise oefmt(exc.w_TypeError, "duplicate base class %s"
                                % bases_w[i].name)
    try:
        return fixed_types(compute_mro(w_type))
    except MroError as e:
        raise oefmt(exc.w_TypeError, e.message)


def _is_default_mro(w_meth):
    from fastpy.objspace.typemethods import type_mro
    return w_meth is type_mro.w_func


def has_default_mro(w_type):
    """Is w_type's MRO plain C3, with no Python code called?"""
    w_meta = w_type.gettype()
    return w_meta is w_type_type or _is_default_mro(w_meta.lookup('mro'))


def mro_invoke(w_type):
    """The new MRO of w_type (CPython's mro_invoke): type(cls).mro(cls)
    when the metaclass is not `type`, checked."""
    from fastpy.objspace import protocol
    w_meta = w_type.gettype()
    if w_meta is w_type_type:
        return mro_implementation(w_type)
    w_meth = w_meta.lookup('mro')
    if w_meth is None:
        raise oefmt(exc.w_AttributeError, "mro")
    if _is_default_mro(w_meth):
        return mro_implementation(w_type)
    refcount.incref(w_meth)          # mro() may delete itself
    try:
        w_res = protocol.call_descr(w_meth, w_type, [])
    finally:
        refcount.decref(w_meth)
    # PySequence_Tuple(result)
    if isinstance(w_res, W_TupleObject) and not w_res.is_user:
        w_tuple = w_res
    else:
        try:
            w_tuple = newtuple(space.iterate(w_res))
        finally:
            refcount.discard(w_res)
    try:
        return _checked_mro(w_type, w_tuple.items_w)
    finally:
        refcount.discard(w_tuple)


def _checked_mro(w_type, items_w):
    """CPython's mro_check: classes only, each with a layout that the
    instances of w_type have."""
    if len(items_w) == 0:
        raise oefmt(exc.w_TypeError, "type MRO must not be empty")
    w_solid = solid_base(w_type)
    result_w = [None] * len(items_w)
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_TypeObject):
            raise oefmt(exc.w_TypeError, "mro() returned a non-class ('%s')"
                        % w_item.gettype().name)
        if not w_solid.is_subtype(solid_base(w_item)):
            raise oefmt(exc.w_TypeError, "mro() returned base with "
                        "unsuitable layout ('%s')" % w_item.name)
        result_w[i] = w_item
    return result_w


def mro_internal(w_type):
    """Compute and set w_type's MRO.  False when the mro() call already
    set a newer one (reentrance): that one stays."""
    old_mro_w = w_type.mro_w
    new_mro_w = mro_invoke(w_type)
    if w_type.mro_w is not old_mro_w:
        return False
    w_type.mro_w = new_mro_w
    w_type.mutated()
    return True


class MroChange(object):
    """One MRO set by mro_hierarchy, to be undone if a later one fails."""
    def __init__(self, w_type, new_mro_w, old_mro_w):
        self.w_type = w_type
        self.new_mro_w = new_mro_w
        self.old_mro_w = old_mro_w


def mro_hierarchy(w_type, changes):
    """New MROs for w_type and then, depth first, its subclasses (a copy
    of the list: mro() calls may change it)."""
    old_mro_w = w_type.mro_w
    if not mro_internal(w_type):
        return
    changes.append(MroChange(w_type, w_type.mro_w, old_mro_w))
    subs_w = [w_sub for w_sub in w_type.subclasses_w]
    for w_sub in subs_w:
        mro_hierarchy(w_sub, changes)


def add_all_subclasses(w_type, bases_w):
    for w_b in bases_w:
        if w_type not in w_b.subclasses_w:
            w_b.subclasses_w.append(w_type)


def remove_all_subclasses(w_type, bases_w):
    for w_b in bases_w:
        if w_type in w_b.subclasses_w:
            w_b.subclasses_w.remove(w_type)


def init_type_mro(w_type, default_mro):
    """The MRO of a class made by type.__new__ (after its dict is set),
    then its place among its bases' subclasses.  default_mro: what
    has_default_mro(w_type) said."""
    if default_mro:
        w_type.mro_w = mro_implementation(w_type)
        w_type.mutated()
        for w_b in w_type.bases_w:
            w_b.subclasses_w.append(w_type)
        return
    try:
        mro_internal(w_type)
    except OperationError:
        # an mro() call may have registered it (by assigning __bases__)
        remove_all_subclasses(w_type, w_type.bases_w)
        raise
    add_all_subclasses(w_type, w_type.bases_w)


# ---------------------------------------------------------- __bases__

def type_set_bases(w_type, bases_w):
    """cls.__bases__ = bases (a non-empty list of classes; the type and
    value checks are done)."""
    new_bases_w = fixed_types(bases_w)
    for w_b in new_bases_w:
        if w_b.is_subtype(w_type) or (len(w_b.mro_w) > 0 and
                                      base_chain_has(w_b, w_type)):
            raise oefmt(exc.w_TypeError,
                        "a __bases__ item causes an inheritance cycle")
    w_new_base = best_base(new_bases_w, True)
    compatible_for_assignment(w_type.w_base, w_new_base, '__bases__')
    old_bases_w = w_type.bases_w
    w_old_base = w_type.w_base
    w_type.bases_w = new_bases_w
    w_type.w_base = w_new_base
    changes = []
    try:
        mro_hierarchy(w_type, changes)
    except OperationError:
        i = len(changes) - 1
        while i >= 0:
            change = changes[i]
            w_t = change.w_type
            if w_t.mro_w is change.new_mro_w:   # no newer MRO since
                w_t.mro_w = change.old_mro_w
                w_t.mutated()
            i -= 1
        if w_type.bases_w is new_bases_w:
            w_type.bases_w = old_bases_w
            w_type.w_base = w_old_base
            w_type.mutated()
        raise
    if w_type.bases_w is new_bases_w:   # (else a reentrant assignment won)
        remove_all_subclasses(w_type, old_bases_w)
        add_all_subclasses(w_type, new_bases_w)
    w_type.mutated()


# ------------------------------------------------------------- layouts

# CPython's builtin types without garbage collection support (another
# deallocator than the one of heap types and containers).
NON_GC_TYPE_NAMES = ['object', 'int', 'bool', 'float', 'complex', 'str',
                     'bytes', 'bytearray']
# Builtin types whose instances already have a dict or weak references
# (their subclasses add none).
WEAKREF_TYPE_NAMES = ['module', 'set', 'frozenset', 'deque', 'OrderedDict',
                      'partial', 'array']
DICT_TYPE_NAMES = ['module', 'function', 'partial']


def _builtin_solid(w_t):
    from fastpy.objspace.typemethods import _builtin_solid as solid
    return solid(w_t)


def _builtin_layout(w_t):
    """The builtin type that gives w_t's instances their representation
    (following the best bases)."""
    while w_t is not None and w_t.is_heaptype:
        w_t = w_t.w_base
    if w_t is None:
        return w_object_type
    return _builtin_solid(w_t)


def _is_gc(w_t):
    return w_t.is_heaptype or w_t.name not in NON_GC_TYPE_NAMES


def _nslots(w_t):
    if w_t is None or not w_t.is_heaptype:
        return 0
    return get_terminator(w_t).nslots


def _builtin_has_dict(w_t):
    return (w_t.is_subtype(w_type_type) or
            w_t.is_subtype(exc.w_BaseException) or
            w_t.name in DICT_TYPE_NAMES)


def _builtin_has_weakref(w_t):
    return w_t.is_subtype(w_type_type) or w_t.name in WEAKREF_TYPE_NAMES


def _has_dict(w_t):
    if w_t.is_heaptype:
        return get_terminator(w_t).has_dict
    return _builtin_has_dict(w_t)


def _adds_dict(w_t):
    """Does w_t give its instances a dict that its best base's lack?"""
    if not w_t.is_heaptype or not get_terminator(w_t).has_dict:
        return False
    w_base = w_t.w_base
    return w_base is None or not _has_dict(w_base)


def _adds_weakref(w_t):
    return (w_t.is_heaptype and '__weakref__' in w_t.dict_w and
            not _builtin_has_weakref(_builtin_layout(w_t)))


def _is_varsize(w_t):
    from fastpy.objspace.typemethods import VARSIZE_TYPE_NAMES
    return _builtin_layout(w_t).name in VARSIZE_TYPE_NAMES


def solid_base(w_t):
    """CPython's solid_base: the nearest class along the best bases whose
    instances have fields of their own (slots, a builtin's fields)."""
    if not w_t.is_heaptype:
        return _builtin_solid(w_t)
    w_base = w_t.w_base
    if w_base is None:
        return w_object_type
    if _nslots(w_t) > _nslots(w_base):
        return w_t
    if _adds_dict(w_t) and _is_varsize(w_base):
        return w_t       # (the dict of an int subclass is a field)
    return solid_base(w_base)


def best_base(bases_w, strict):
    """CPython's best_base: the base with the most derived solid base.
    With strict false, a layout conflict (type.__new__ reported it
    already) keeps the current winner."""
    from fastpy.objspace.typemethods import FINAL_TYPE_NAMES
    from fastpy.objspace.protocol import type_module_name
    w_base = None
    w_winner = None
    for w_b in bases_w:
        if strict and not w_b.is_heaptype and w_b.name in FINAL_TYPE_NAMES:
            raise oefmt(exc.w_TypeError, "type '%s' is not an acceptable "
                        "base type" % type_module_name(w_b))
        w_candidate = solid_base(w_b)
        if w_winner is None:
            w_winner = w_candidate
            w_base = w_b
        elif w_winner.is_subtype(w_candidate):
            pass
        elif w_candidate.is_subtype(w_winner):
            w_winner = w_candidate
            w_base = w_b
        elif strict:
            raise oefmt(exc.w_TypeError,
                        "multiple bases have instance lay-out conflict")
    return w_base


def _compatible_with_base(w_t):
    """Do w_t's instances have exactly the layout of its best base's?"""
    w_base = w_t.w_base
    if w_base is None or _is_gc(w_t) != _is_gc(w_base):
        return False
    if not w_t.is_heaptype:
        return _builtin_solid(w_t) is _builtin_solid(w_base)
    return (_nslots(w_t) == _nslots(w_base) and not _adds_dict(w_t) and
            not _adds_weakref(w_t))


def _own_slot_names(w_t):
    names = []
    for w_value in w_t.dict_w.values():
        if isinstance(w_value, W_MemberDescr) and w_value.w_objclass is w_t:
            names.append(w_value.name)
    return names


def _same_slots_added(w_a, w_b):
    if not w_a.is_heaptype or not w_b.is_heaptype:
        return False
    names_a = _own_slot_names(w_a)
    names_b = _own_slot_names(w_b)
    if len(names_a) != len(names_b):
        return False
    for i in range(len(names_a)):
        if names_a[i] != names_b[i]:
            return False
    if _adds_weakref(w_a) != _adds_weakref(w_b):
        return False
    if (_adds_dict(w_a) or _adds_dict(w_b)) and _is_varsize(w_a):
        return False
    return True


def _managed_dict(w_t):
    """CPython's Py_TPFLAGS_MANAGED_DICT: a class along the best bases
    added the instance dict (and the instances are not var-sized)."""
    while w_t is not None and w_t.is_heaptype:
        if _adds_dict(w_t):
            return not _is_varsize(w_t)
        w_t = w_t.w_base
    return False


def compatible_for_assignment(w_old, w_new, attr):
    """CPython's compatible_for_assignment: can instances laid out for
    w_old serve as instances of w_new?"""
    if _is_gc(w_new) != _is_gc(w_old):
        raise oefmt(exc.w_TypeError, "%s assignment: '%s' deallocator "
                    "differs from '%s'" % (attr, w_new.name, w_old.name))
    w_newbase = w_new
    while _compatible_with_base(w_newbase):
        w_newbase = w_newbase.w_base
    w_oldbase = w_old
    while _compatible_with_base(w_oldbase):
        w_oldbase = w_oldbase.w_base
    if (w_newbase is not w_oldbase and
            (w_newbase.w_base is not w_oldbase.w_base or
             not _same_slots_added(w_newbase, w_oldbase))) or \
            _managed_dict(w_old) != _managed_dict(w_new):
        raise oefmt(exc.w_TypeError, "%s assignment: '%s' object layout "
                    "differs from '%s'" % (attr, w_new.name, w_old.name))
