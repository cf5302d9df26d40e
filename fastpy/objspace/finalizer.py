"""`__del__` of user classes, called when the instance's count reaches
zero, as CPython's subtype_dealloc does (PEP 442).

Order at release: `__del__` first, with the object alive again (count
1, the finalizer's own reference); then, unless it was resurrected,
weak references are cleared and their callbacks run, then the slots and
`__dict__` are dropped (mapdict.py).  A `__del__` that raises prints
CPython's "Exception ignored in: <function C.__del__ ...>" block and the
release goes on.

Resurrection: `__del__` may store `self` somewhere.  Its count is then
above one when `__del__` returns; the object lives on, and is
remembered as finalized, so that its next death does not call `__del__`
again (PEP 442: at most once per object).  Only resurrected objects are
remembered (a weak-key dictionary), so ordinary instances carry no
flag.

Objects that counting never frees (reference cycles) and objects still
alive when the interpreter exits are finalized through a registry: every
instance of a class with `__del__` is registered when it is made
(`register`, called by mapdict's init_map):
- with RPython's GC through a FinalizerQueue, which reports it once the
  GC finds it unreachable: cyclic garbage.  Its `__del__` runs at the
  next safe point: gc.collect(), the creation of another instance with
  `__del__`, or exit (`run_pending`).  The GC reports an object only
  after the finalizable objects that reach it, so gc.collect() repeats
  until the queue stays empty, as CPython's single pass finalizes a
  whole unreachable set;
- in a list of weak references in creation order: at exit, after the
  atexit functions, `finalize_at_exit` calls `__del__` of every object
  still alive, in that order, as CPython's last collection does for the
  objects hanging off the modules (the gc list is in creation order).
Weak references to cyclic garbage: an object's WeakrefList is
registered with a second FinalizerQueue when a weak reference with a
callback is made to it.  The list is reachable only from its referent,
so the GC reports it when the referent is unreachable; `run_pending`
then clears the weak references still alive and calls their callbacks
(before any `__del__`, CPython's order), and `finalize_alive` clears an
object's weak references before its `__del__`.
Divergence: CPython then clears the cycle (tp_clear), which releases
what only the cycle held at that moment; fastpy leaves the cycle to
RPython's GC, which reports what hangs off it (objects with `__del__`,
weakly referenced ones) in the next rounds of the same gc.collect().

In traces, `lookup('__del__')` on the promoted type folds to a constant:
a class without `__del__` pays nothing at allocation or release.
"""

import weakref

from rpython.rlib import rgc, rweakref
from rpython.rlib.objectmodel import we_are_translated
from fastpy.interpreter.error import OperationError
from fastpy.objspace import refcount
from fastpy.objspace.root import W_Root
from fastpy.objspace.weaklist import WeakrefList


class _Finalized(object):
    """The value of the set of resurrected, already finalized objects."""

_finalized_mark = _Finalized()


class FinalizerState(object):
    def __init__(self):
        # objects whose __del__ ran and which lived on (PEP 442)
        self.resurrected = rweakref.RWeakKeyDictionary(W_Root, _Finalized)
        self.any_resurrected = False
        # every instance with __del__, in creation order (weak)
        self.registry = []
        self.compact_at = 64
        self.pending = False        # the GC queued cyclic garbage
        self.running_pending = False

state = FinalizerState()


class CycleQueue(rgc.FinalizerQueue):
    """Instances with __del__ that the GC found unreachable."""
    Class = W_Root

    def finalizer_trigger(self):
        # Called inside the GC: only note it; run_pending does the work.
        state.pending = True

cycle_queue = CycleQueue()


class WeakrefListQueue(rgc.FinalizerQueue):
    """Weak-reference lists (with a callback among them) of objects the
    GC found unreachable: their referents were cyclic garbage."""
    Class = WeakrefList

    def finalizer_trigger(self):
        state.pending = True

weakref_list_queue = WeakrefListQueue()


def watch_weakref_list(lst):
    """lst is the list of an object that has a weak reference with a
    callback (weakrefmodule._watch_for_cycles)."""
    if we_are_translated():
        weakref_list_queue.register_finalizer(lst)


def register(w_obj):
    """w_obj is a new instance of a class with __del__."""
    if state.pending:
        run_pending()
    if len(state.registry) >= state.compact_at:
        _compact_registry()
    state.registry.append(weakref.ref(w_obj))
    if we_are_translated():
        # (untranslated, the heap checker keeps every object alive)
        cycle_queue.register_finalizer(w_obj)


def _compact_registry():
    alive = []
    for ref in state.registry:
        w_obj = ref()
        if w_obj is not None and refcount.get_count(w_obj) != refcount.DEAD:
            alive.append(ref)
    state.registry = alive
    state.compact_at = max(64, 2 * len(alive))


def run_pending():
    """Call __del__ of the cyclic garbage the GC reported; returns how
    many objects it finalized."""
    if state.running_pending:
        return 0
    state.running_pending = True
    state.pending = False
    count = 0
    try:
        while True:
            # CPython clears the weak references to cyclic garbage (and
            # calls their callbacks) before it calls the finalizers.
            lst = weakref_list_queue.next_dead()
            if lst is not None:
                if clear_collected_list(lst):
                    count += 1
                continue
            w_obj = cycle_queue.next_dead()
            if w_obj is None:
                break
            if finalize_alive(w_obj):
                count += 1
    finally:
        state.running_pending = False
    return count


def collect_cycles():
    """gc.collect(): collect, then finalize what the GC reported, until
    nothing more is reported.  Returns the number of objects finalized."""
    total = 0
    for i in range(100):
        rgc.collect()
        found = run_pending()
        total += found
        if found == 0:
            break
    return total


def finalize_at_exit():
    """After atexit: __del__ of every instance still alive, in creation
    order (objects made by these finalizers are finalized too)."""
    i = 0
    while i < len(state.registry):
        w_obj = state.registry[i]()
        i += 1
        if w_obj is not None:
            finalize_alive(w_obj)
    del state.registry[:]


def clear_collected_list(lst):
    """The GC found the referent of lst unreachable: clear the weak
    references still alive and call their callbacks.  Returns whether
    there were any."""
    from fastpy.modules.weakrefmodule import clear_list
    if lst.length() == 0:
        return False
    clear_list(lst)
    return True


def finalize_alive(w_obj):
    """__del__ of an object that counting did not free; once only."""
    from fastpy.objspace.protocol import lookup, call_descr
    if refcount.get_count(w_obj) == refcount.DEAD or was_finalized(w_obj):
        return False
    lst = w_obj.get_weaklist()
    if lst is not None and lst.length() > 0:
        # Weak references are cleared before the finalizer runs.
        from fastpy.modules.weakrefmodule import clear_list
        clear_list(lst)
    w_del = lookup(w_obj, '__del__')
    if w_del is None:
        return False
    state.resurrected.set(w_obj, _finalized_mark)
    state.any_resurrected = True
    refcount.incref(w_obj)          # alive while __del__ runs
    try:
        w_res = call_descr(w_del, w_obj, [])
        refcount.discard(w_res)
    except OperationError as e:
        write_unraisable_del(e, w_del)
        refcount.discard(e.w_exc)
    refcount.decref(w_obj)
    return True


def has_del(w_obj):
    """Does the object's class define __del__ (folds in traces)?"""
    from fastpy.objspace.protocol import type_of
    return type_of(w_obj).has_finalizer()


def was_finalized(w_obj):
    return (state.any_resurrected and
            state.resurrected.get(w_obj) is not None)


def run_del(w_obj):
    """w_obj was just released (count DEAD) and its class has __del__:
    call it.  Returns True if the object was resurrected, in which case
    its release stops here."""
    from fastpy.objspace.protocol import lookup, call_descr
    if was_finalized(w_obj):
        return False
    w_del = lookup(w_obj, '__del__')
    if w_del is None:
        return False
    refcount.set_count(w_obj, 1)        # the finalizer's own reference
    try:
        w_res = call_descr(w_del, w_obj, [])
        refcount.discard(w_res)
    except OperationError as e:
        write_unraisable_del(e, w_del)
        refcount.discard(e.w_exc)
    count = refcount.get_count(w_obj) - 1
    if count > 0:
        refcount.set_count(w_obj, count)
        state.resurrected.set(w_obj, _finalized_mark)
        state.any_resurrected = True
        return True
    refcount.set_count(w_obj, refcount.DEAD)
    return False


def write_unraisable_del(e, w_del):
    from fastpy.modules.weakrefmodule import write_unraisable
    write_unraisable(e, w_del, 'Exception ignored in: ')
