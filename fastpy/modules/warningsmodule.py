"""The `_warnings` module, reduced to `warn`: CPython's warnings.py runs
its pure-Python implementation when `_warnings` lacks `filters`, so
`warn` here hands the warning to that module (`warnings.warn`, one
stack level further out).  importlib's bootstrap needs the module to
exist as a builtin."""

from fastpy.modules.moduledef import ModuleDef
from fastpy.objspace import space

module = ModuleDef('_warnings', '_warnings provides basic warning '
                   'filtering support.')


@module.function('warn(message, category=None, stacklevel: int = 1, '
                 'source=None)')
def warnings_warn(w_message, w_category, stacklevel, w_source):
    from fastpy.interpreter import importing
    from fastpy.objspace.attribute import _call
    w_warnings = importing.import_module_level('warnings', None, None, 0)
    w_warn = space.getattr_w(w_warnings, 'warn')
    return _call(w_warn, [w_message, w_category,
                          space.newint(stacklevel + 1), w_source])


def warn(w_category, msg):
    """warnings.warn(msg, category) issued by the interpreter itself: it
    is attributed to the innermost Python frame, and raises when the
    filters turn it into an error."""
    from fastpy.interpreter.error import OperationError
    from fastpy.interpreter.importing import gcd_import
    from fastpy.objspace import exceptions as exc
    from fastpy.objspace import refcount
    from fastpy.objspace.itertypes import call_holding
    try:
        w_warnings = gcd_import('warnings')
    except OperationError as e:
        if not e.match(exc.w_ImportError):
            raise
        # No standard library: the warning is dropped rather than
        # turning the operation that issued it into an ImportError.
        refcount.discard(e.w_exc)
        return
    w_warn = space.getattr_w(w_warnings, 'warn')
    refcount.incref(w_warn)
    w_msg = space.newtext(msg)
    try:
        w_res = call_holding(w_warn, [w_msg, w_category])
    finally:
        refcount.decref(w_warn)
        refcount.discard(w_msg)
    refcount.discard(w_res)
