"""The types of the methods of builtin types: method_descriptor
(`str.join`), wrapper_descriptor (`object.__init__`, a special method)
and method-wrapper (`object().__str__`, a special method bound to an
instance).  Their objects are W_BuiltinFunction and W_BoundMethod
(interpreter/function.py picks the type); this module fills the type
dicts: `__get__`, `__call__`, `__objclass__`, `__self__`,
`__text_signature__`, `__reduce__`.  Imported once by
fastpy/modules/builtins.py, after the attributes of
builtin_function_or_method are in place."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import interp2app, getset, method
from fastpy.interpreter.function import (W_BuiltinFunction, W_BoundMethod,
                                         w_method_descriptor_type,
                                         w_wrapper_descriptor_type,
                                         w_method_wrapper_type)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.attribute import _check_descr_applies
from fastpy.objspace.textsignature import _builtin_text_signature
from fastpy.objspace.builtinreduce import builtin_function_reduce
from fastpy.objspace.protocolslots import _call, _builtin_self

DESCRIPTOR_TYPES = [w_method_descriptor_type, w_wrapper_descriptor_type]
ALL_TYPES = DESCRIPTOR_TYPES + [w_method_wrapper_type]


def _objclass(w_obj):
    """__objclass__: the builtin type whose dict holds the method."""
    if isinstance(w_obj, W_BoundMethod):
        w_obj = w_obj.w_func
    if isinstance(w_obj, W_BuiltinFunction) and \
            w_obj.w_objclass is not None:
        return w_obj.w_objclass
    return space.w_None


def _descr_get(w_descr, w_instance, w_owner):
    """descriptor.__get__(instance, owner=None): the method bound to
    instance; the descriptor itself when read through the class."""
    assert isinstance(w_descr, W_BuiltinFunction)
    if w_instance is space.w_None:
        if w_owner is space.w_None:
            raise oefmt(exc.w_TypeError, "__get__(None, None) is invalid")
        return w_descr
    _check_descr_applies(w_descr.name, w_descr.w_objclass, w_instance)
    return W_BoundMethod(w_instance, w_descr)


def _install():
    for w_type in ALL_TYPES:
        w_type.dict_w['__call__'] = interp2app(
            '__call__(self, /, *args, **kwargs)', _call,
            display='%s.__call__' % w_type.name, nself=1,
            w_objclass=w_type)
        getset(w_type, '__objclass__', _objclass, member=True)
        getset(w_type, '__text_signature__', _builtin_text_signature)
        method(w_type, '__reduce__(self, /)')(builtin_function_reduce)
    for w_type in DESCRIPTOR_TYPES:
        w_type.dict_w['__get__'] = interp2app(
            '__get__(self, instance, owner=None, /)', _descr_get,
            display='%s.__get__' % w_type.name, nself=1,
            w_objclass=w_type)
    getset(w_method_wrapper_type, '__self__', _builtin_self)

_install()
