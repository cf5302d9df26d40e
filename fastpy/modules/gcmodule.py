"""The gc module.

fastpy releases objects by reference counting at the moment their count
reaches zero (docs/finalization.md), so there is never a backlog of
garbage that counting can free: `collect()` finishes any release still
deferred by the trashcan, calls `gc.callbacks` with CPython's "start"
and "stop" phases, and returns the number of unreachable objects it
found: the instances with `__del__` in unreachable reference cycles,
which RPython's GC reports and whose `__del__` it then calls
(objspace/finalizer.py); other cyclic garbage is freed by the GC without
being counted.

enable/disable/isenabled, the thresholds and the debug flags are kept
and reported as CPython does; get_count() is (0, 0, 0).  get_referents,
get_referrers and get_objects raise NotImplementedError: they need the
objects' slots or a walk of the whole heap, which only the untranslated
heap checker has (the stdlib uses them only in debugging helpers).
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import Arguments
from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import finalizer
from fastpy.objspace import space
from fastpy.objspace.dictobject import newdict
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.tupleobject import newtuple

module = ModuleDef('gc', 'This module provides access to the garbage '
                   'collector for reference cycles.\n\n'
                   'enable() -- Enable automatic garbage collection.\n'
                   'disable() -- Disable automatic garbage collection.\n'
                   'isenabled() -- Returns true if automatic collection '
                   'is enabled.\n'
                   'collect() -- Do a full collection right now.\n'
                   'get_count() -- Return the current collection counts.\n'
                   'get_stats() -- Return list of dictionaries containing '
                   'per-generation stats.\n'
                   'set_debug() -- Set debugging flags.\n'
                   'get_debug() -- Get debugging flags.\n'
                   'set_threshold() -- Set the collection thresholds.\n'
                   'get_threshold() -- Return the current the collection '
                   'thresholds.\n'
                   'get_objects() -- Return a list of all objects tracked '
                   'by the collector.\n'
                   'is_tracked() -- Returns true if a given object is '
                   'tracked.\n'
                   'is_finalized() -- Returns true if a given object has '
                   'been already finalized.\n'
                   'get_referrers() -- Return the list of objects that '
                   'refer to an object.\n'
                   'get_referents() -- Return the list of objects that an '
                   'object refers to.\n'
                   'freeze() -- Freeze all tracked objects and ignore them '
                   'for future collections.\n'
                   'unfreeze() -- Unfreeze all objects in the permanent '
                   'generation.\n'
                   'get_freeze_count() -- Return the number of objects in '
                   'the permanent generation.\n')

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL


class GcState(object):
    def __init__(self):
        self.reset()

    def reset(self):
        self.enabled = True
        self.debug = 0
        self.thresholds = [700, 10, 10]
        self.collections = [0, 0, 0]
        self.w_callbacks = None     # the module's lists (held by its dict)
        self.w_garbage = None
        self.collecting = False

state = GcState()


@module.function('enable()')
def gc_enable():
    state.enabled = True
    return space.w_None


@module.function('disable()')
def gc_disable():
    state.enabled = False
    return space.w_None


@module.function('isenabled()')
def gc_isenabled():
    return space.newbool(state.enabled)


@module.function('collect(generation: int = 2)')
def gc_collect(generation):
    if generation < 0 or generation > 2:
        raise oefmt(exc.w_ValueError, "invalid generation")
    return space.newint(collect(generation))


def collect(generation):
    """What gc.collect() does: see the module docstring."""
    if state.collecting:
        return 0
    state.collecting = True
    try:
        _invoke_callbacks('start', generation, 0)
        tc = refcount.trashcan
        if tc.depth == 0 and len(tc.deferred) > 0:
            refcount._release_deferred()
        found = finalizer.collect_cycles()
        state.collections[generation] += 1
        _invoke_callbacks('stop', generation, found)
    finally:
        state.collecting = False
    return found


def _invoke_callbacks(phase, generation, collected):
    from fastpy.interpreter.eval import call_function
    from fastpy.modules.weakrefmodule import write_unraisable
    w_callbacks = state.w_callbacks
    if not isinstance(w_callbacks, W_ListObject) or \
            w_callbacks.refcount == refcount.DEAD or \
            w_callbacks.length() == 0:
        return
    w_info = newdict()
    w_info.setitem_str('generation', space.newint(generation))
    w_info.setitem_str('collected', space.newint(collected))
    w_info.setitem_str('uncollectable', space.newint(0))
    refcount.incref(w_info)
    w_phase = space.newtext(phase)
    # A copy: callbacks may change the list (CPython iterates a copy too).
    items_w = list(w_callbacks.getitems_copy())
    for w_cb in items_w:
        refcount.incref(w_cb)
    try:
        for w_cb in items_w:
            try:
                w_res = call_function(w_cb, Arguments([w_phase, w_info]))
            except OperationError as e:
                write_unraisable(e, w_cb, 'Exception ignored in: ')
                refcount.discard(e.w_exc)
            else:
                refcount.discard(w_res)
    finally:
        for w_cb in items_w:
            refcount.decref(w_cb)
        refcount.decref(w_info)


@module.function('get_count()')
def gc_get_count():
    return newtuple([space.newint(0), space.newint(0), space.newint(0)])


@module.function('get_threshold()')
def gc_get_threshold():
    t = state.thresholds
    return newtuple([space.newint(t[0]), space.newint(t[1]),
                     space.newint(t[2])])


@module.function('set_threshold(threshold0: int, threshold1=NULL, '
                 'threshold2=NULL, /)')
def gc_set_threshold(t0, w_t1, w_t2):
    state.thresholds[0] = t0
    if w_t1 is not None:
        state.thresholds[1] = space.int_w(w_t1)
    if w_t2 is not None:
        state.thresholds[2] = space.int_w(w_t2)
    return space.w_None


@module.function('get_debug()')
def gc_get_debug():
    return space.newint(state.debug)


@module.function('set_debug(flags: int, /)')
def gc_set_debug(flags):
    state.debug = flags
    return space.w_None


@module.function('get_stats()')
def gc_get_stats():
    items_w = []
    for i in range(3):
        w_d = newdict()
        w_d.setitem_str('collections', space.newint(state.collections[i]))
        w_d.setitem_str('collected', space.newint(0))
        w_d.setitem_str('uncollectable', space.newint(0))
        items_w.append(w_d)
    return W_ListObject(items_w)


@module.function('is_tracked(obj, /)')
def gc_is_tracked(w_obj):
    return space.newbool(is_tracked(w_obj))


def is_tracked(w_obj):
    """CPython's answer for the common cases: containers and instances
    are tracked; atomic objects, empty tuples and dicts holding only
    atomic values are not."""
    from fastpy.objspace.dictobject import W_DictObject
    from fastpy.objspace.tupleobject import W_TupleObject
    from fastpy.objspace.typeobject import W_TypeObject
    from fastpy.interpreter.function import W_BuiltinFunction
    if isinstance(w_obj, W_TypeObject) or \
            isinstance(w_obj, W_BuiltinFunction):
        return True
    if w_obj.is_user:
        return True
    if isinstance(w_obj, W_DictObject):
        for entry in w_obj.entries():
            if _maybe_tracked(entry.w_key) or _maybe_tracked(entry.w_value):
                return True
        return False
    if isinstance(w_obj, W_TupleObject):
        for w_item in w_obj.items_w:
            if _maybe_tracked(w_item):
                return True
        return False
    return w_obj.counted


def _maybe_tracked(w_obj):
    return is_tracked(w_obj)


@module.function('is_finalized(obj, /)')
def gc_is_finalized(w_obj):
    return space.w_False


@module.function('get_referents(*objs)')
def gc_get_referents(objs_w):
    # The objects' referents() lists exist for the untranslated heap
    # checker only; they are not RPython.
    raise oefmt(exc.w_NotImplementedError,
                "gc.get_referents() is not supported by fastpy")


@module.function('get_referrers(*objs)')
def gc_get_referrers(objs_w):
    raise oefmt(exc.w_NotImplementedError,
                "gc.get_referrers() is not supported by fastpy")


@module.function('get_objects(generation=None)')
def gc_get_objects(w_generation):
    raise oefmt(exc.w_NotImplementedError,
                "gc.get_objects() is not supported by fastpy")


@module.function('freeze()')
def gc_freeze():
    return space.w_None


@module.function('unfreeze()')
def gc_unfreeze():
    return space.w_None


@module.function('get_freeze_count()')
def gc_get_freeze_count():
    return space.newint(0)


@module.initializer
def init_gc(w_dict):
    state.reset()
    w_garbage = W_ListObject([])
    w_callbacks = W_ListObject([])
    w_dict.setitem_str('garbage', w_garbage)
    w_dict.setitem_str('callbacks', w_callbacks)
    state.w_garbage = w_garbage
    state.w_callbacks = w_callbacks
    w_dict.setitem_str('DEBUG_STATS', space.newint(DEBUG_STATS))
    w_dict.setitem_str('DEBUG_COLLECTABLE', space.newint(DEBUG_COLLECTABLE))
    w_dict.setitem_str('DEBUG_UNCOLLECTABLE',
                       space.newint(DEBUG_UNCOLLECTABLE))
    w_dict.setitem_str('DEBUG_SAVEALL', space.newint(DEBUG_SAVEALL))
    w_dict.setitem_str('DEBUG_LEAK', space.newint(DEBUG_LEAK))
