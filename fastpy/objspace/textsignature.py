"""`__text_signature__` of builtin functions and types, which
inspect.signature() reads: Argument Clinic's form, with the bound first
parameter written `$self`, `$type` or `$module` and followed by `/`
when the parameters that come after it are not positional-only
themselves, e.g. '($module, iterable, /, *, key=None, reverse=False)'.
Built from the gateway's argument spec (Signature.text_params)."""

from fastpy.interpreter.function import (W_BuiltinFunction, W_BoundMethod,
                                         w_builtin_function_type)
from fastpy.interpreter.gateway import getset
from fastpy.objspace import space
from fastpy.objspace.typeobject import w_type_type, w_object_type


def text_signature(first, params):
    if first is None:
        return '(%s)' % params
    if params == '':
        return '(%s, /)' % first
    if params.split(', ')[0] == '/' or ', /' in params:
        return '(%s, %s)' % (first, params)
    return '(%s, /, %s)' % (first, params)


def _builtin_text_signature(w_func):
    if isinstance(w_func, W_BoundMethod):
        w_func = w_func.w_func
    if not isinstance(w_func, W_BuiltinFunction):
        return space.w_None
    sig = w_func.signature
    if sig is None or sig.text_params is None:
        return space.w_None
    if sig.varkw and w_func.w_objclass is None:
        return space.w_None     # a function taking **kwargs is not clinic's
    doc = w_func.doc
    if doc is not None and doc.startswith(w_func.name + '('):
        # a signature line written into the docstring by hand: CPython
        # finds a signature only in Argument Clinic's `name(...)\n--\n\n`
        # header, which it strips from __doc__
        return space.w_None
    first = sig.bound_first
    if first is None and w_func.w_objclass is None and \
            w_func.module_name is not None:
        first = '$module'
    return space.newtext(text_signature(first, sig.text_params))


def _type_text_signature(w_type):
    # `object()` takes no arguments; the other builtin types document
    # their constructors in prose (None, as CPython gives for most).
    if w_type is w_object_type:
        return space.newtext('()')
    return space.w_None


getset(w_builtin_function_type, '__text_signature__',
       _builtin_text_signature)
getset(w_type_type, '__text_signature__', _type_text_signature)
