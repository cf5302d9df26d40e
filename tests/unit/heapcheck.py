"""The reference-count checker for untranslated runs.

Walks the object graph from the interpreter's roots, counts the real
references from Python-visible slots to each counted object, and compares
them with the stored counts.  Objects that were counted at some point but
are no longer reachable must have been released.
"""

from fastpy.objspace import refcount
from fastpy.interpreter.eval import ec


class RefcountMismatch(AssertionError):
    pass


def roots(interp):
    """(object, references held from outside the object graph)."""
    result = [(interp.w_main, 1), (ec.w_builtins, 1)]
    for name in sorted(ec.modules):
        result.append((ec.modules[name], 0))
    if interp.main_code is not None:
        result.append((interp.main_code, 0))
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
    errors = []
    for key, w_obj in objs.items():
        if w_obj.refcount != real[key]:
            errors.append('%r: stored refcount %d, real references %d' %
                          (w_obj, w_obj.refcount, real[key]))
    for key, w_obj in refcount.debug_tracker.objects.items():
        if key not in seen and w_obj.refcount != refcount.DEAD:
            errors.append('%r: unreachable but refcount %d (leak)' %
                          (w_obj, w_obj.refcount))
    if errors:
        raise RefcountMismatch('\n'.join(sorted(errors)[:20]))
