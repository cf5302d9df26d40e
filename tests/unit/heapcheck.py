"""The reference-count checker for untranslated runs.

Walks the object graph from the interpreter's roots, counts the real
references from Python-visible slots to each counted object, and compares
them with the stored counts.  Objects that were counted at some point but
are no longer reachable must have been released, unless they are cyclic
garbage: unreachable objects whose counts are exactly the references they
hold to each other (a reference cycle, which counting alone never frees;
CPython's cycle collector finds them with the same subtraction).
"""

from fastpy.objspace import refcount
from fastpy.interpreter.eval import ec


# Builtin descriptors made at start-up (descriptor.py) are immortal: their
# types are not heap types, so the walk need not reach them.
IMMORTAL = 1 << 29


class RefcountMismatch(AssertionError):
    pass


def roots(interp):
    """(object, references held from outside the object graph)."""
    from fastpy.interpreter import importing, importspec
    # sys holds sys.modules, which holds every module (and __main__).
    result = [(importing.state.w_sys, 0), (ec.w_builtins, 1)]
    if importspec.app.w_namespace is not None:
        result.append((importspec.app.w_namespace, 1))
    from fastpy.modules import astmodule
    if astmodule.state.w_namespace is not None:
        result.append((astmodule.state.w_namespace, 1))
    from fastpy.modules import signalmodule
    if signalmodule.state.w_handlers is not None:
        result.append((signalmodule.state.w_handlers, 1))
    from fastpy.modules.hiddenroots import hidden
    for w_root in hidden.roots_w:
        result.append((w_root, 1))
    if interp.main_code is not None:
        result.append((interp.main_code, 0))
    # Classes live for the whole run: their dicts' values are held.
    from fastpy.objspace.typeobject import all_heap_types
    for w_type in all_heap_types:
        result.append((w_type, 0))
    return result


def check_heap(interp):
    real = {}
    objs = {}
    seen = set()
    todo = []
    for w_obj, external in roots(interp):
        if w_obj.counted:
            real[id(w_obj)] = real.get(id(w_obj), 0) + external
            objs[id(w_obj)] = w_obj
        if id(w_obj) not in seen:
            seen.add(id(w_obj))
            todo.append(w_obj)
    while todo:
        w_obj = todo.pop()
        for w_child in w_obj.referents():
            if w_child is None:
                continue
            if w_child.counted:
                real[id(w_child)] = real.get(id(w_child), 0) + 1
                objs[id(w_child)] = w_child
            if id(w_child) not in seen:
                seen.add(id(w_child))
                todo.append(w_child)
    # Objects still alive though unreachable (cyclic garbage, or leaks)
    # hold real references to reachable objects too.
    for key, w_obj in refcount.debug_tracker.objects.items():
        if key not in seen and w_obj.refcount != refcount.DEAD:
            for w_child in w_obj.referents():
                if w_child is not None and id(w_child) in seen and \
                        w_child.counted:
                    real[id(w_child)] = real.get(id(w_child), 0) + 1
                    objs[id(w_child)] = w_child
    errors = []
    for key, w_obj in objs.items():
        if w_obj.refcount != real[key]:
            errors.append('%r: stored refcount %d, real references %d' %
                          (w_obj, w_obj.refcount, real[key]))
    errors.extend(check_unreachable(seen))
    if errors:
        raise RefcountMismatch('\n'.join(sorted(errors)[:20]))


def check_unreachable(seen):
    """Leaks among the tracked objects that the walk did not reach."""
    alive = {}
    for key, w_obj in refcount.debug_tracker.objects.items():
        if key not in seen and w_obj.refcount != refcount.DEAD and \
                w_obj.refcount < IMMORTAL:
            alive[key] = w_obj
    internal = {}
    for w_obj in alive.values():
        for w_child in w_obj.referents():
            if w_child is not None and id(w_child) in alive:
                internal[id(w_child)] = internal.get(id(w_child), 0) + 1
    errors = []
    for key, w_obj in alive.items():
        if w_obj.refcount != internal.get(key, 0):
            errors.append('%r: unreachable but refcount %d, %d references '
                          'from other unreachable objects (leak)' %
                          (w_obj, w_obj.refcount, internal.get(key, 0)))
    return errors
