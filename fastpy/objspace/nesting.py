"""CPython's Py_EnterRecursiveCall for the builtin operations that recurse
into nested containers (repr of lists, tuples, dicts): each level counts
against the same limit as Python calls (eval.py's ec.depth), so a deeply
nested structure gives CPython's RecursionError, decided by this counter
rather than by the host stack."""

from fastpy import config
from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc

REPR = " while getting the repr of an object"
CALL = " while calling a Python object"


def enter(where):
    from fastpy.interpreter.eval import ec
    if ec.depth >= ec.recursion_limit:
        raise oefmt(exc.w_RecursionError,
                    "maximum recursion depth exceeded" + where)
    ec.depth += 1


def leave():
    from fastpy.interpreter.eval import ec
    ec.depth -= 1


def repr_nested(w_obj):
    """repr of a container, counted (space.repr_u)."""
    from fastpy.objspace.space import repr_u_builtin
    enter(REPR)
    try:
        return repr_u_builtin(w_obj)
    finally:
        leave()
