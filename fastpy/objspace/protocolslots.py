"""`__iter__` and `__next__` in the type dicts of the builtin iterator
types (list_iterator, dict_keyiterator, enumerate, zip, ...), so that
`iter(x).__next__`, `hasattr(it, '__next__')` and collections.abc's
Iterator check see them as in CPython; `__reversed__` of the builtin
sequences and mappings; the special methods of the dict views;
`__call__` of functions and methods; `__self__` of builtin methods.
Imported once by fastpy/modules/builtins.py."""

from fastpy.interpreter.gateway import interp2app
from fastpy.objspace.slots import publish, COMPARISONS, SET_OPS
from fastpy.objspace import iterobject, itertypes, dictiterobject, seqiter
from fastpy.objspace import bytesmethods, bigrange
from fastpy.objspace import mappingproxy as _mappingproxy
from fastpy.objspace.rangeobject import w_range_iterator_type, w_range_type
from fastpy.objspace.setobject import w_set_iterator_type
from fastpy.objspace.listobject import w_list_type
from fastpy.objspace.dictobject import w_dict_type
from fastpy.objspace.dictview import (w_dict_keys_type, w_dict_values_type,
                                      w_dict_items_type)

ITERATOR_TYPES = [
    iterobject.w_list_iterator_type, iterobject.w_tuple_iterator_type,
    iterobject.w_str_iterator_type, w_range_iterator_type,
    w_set_iterator_type, seqiter.w_iterator_type,
    bytesmethods.w_bytes_iterator_type,
    bytesmethods.w_bytearray_iterator_type,
    bigrange.w_longrange_iterator_type,
    itertypes.w_enumerate_type, itertypes.w_zip_type, itertypes.w_map_type,
    itertypes.w_filter_type, itertypes.w_reversed_type,
    itertypes.w_list_reverseiterator_type,
    itertypes.w_dict_reversekeyiterator_type,
    itertypes.w_dict_reversevalueiterator_type,
    itertypes.w_dict_reverseitemiterator_type,
    itertypes.w_callable_iterator_type] + dictiterobject.ITERATOR_TYPES

for _w_type in ITERATOR_TYPES:
    for _name in ['__iter__', '__next__']:
        if _name not in _w_type.dict_w:
            publish(_w_type, [_name])


def _reversed(w_self):
    return itertypes.reversed_w(w_self)


for _w_type in [w_list_type, w_dict_type, w_range_type, w_dict_keys_type,
                w_dict_values_type, w_dict_items_type]:
    if '__reversed__' not in _w_type.dict_w:
        _w_type.dict_w['__reversed__'] = interp2app(
            '__reversed__(self, /)', _reversed,
            display='%s.__reversed__' % _w_type.name, nself=1,
            w_objclass=_w_type)


def _publish_missing(w_type, names):
    publish(w_type, [name for name in names
                     if name.split('=')[0] not in w_type.dict_w])


for _w_type in [w_dict_keys_type, w_dict_values_type, w_dict_items_type]:
    _publish_missing(_w_type, ['__repr__', '__iter__', '__len__'])
for _w_type in [w_dict_keys_type, w_dict_items_type]:
    _publish_missing(_w_type, ['__hash__=None', '__contains__'] +
                     COMPARISONS + SET_OPS)
_publish_missing(_mappingproxy.w_mappingproxy_type, COMPARISONS)


def _call(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    return call_function(w_self, Arguments(args_w, kw_names, kw_values_w))


def _install_call():
    """`__call__` of functions, builtin functions and bound methods (what
    collections.abc.Callable looks for in the type dicts)."""
    from fastpy.interpreter.function import (w_function_type,
                                             w_builtin_function_type,
                                             w_method_type)
    for w_type in [w_function_type, w_builtin_function_type, w_method_type]:
        if '__call__' not in w_type.dict_w:
            w_type.dict_w['__call__'] = interp2app(
                '__call__(self, /, *args, **kwargs)', _call,
                display='%s.__call__' % w_type.name, nself=1,
                w_objclass=w_type)

_install_call()


def _builtin_self(w_func):
    """builtin_function_or_method.__self__: the object a builtin method is
    bound to, or the module of a module's function."""
    from fastpy.interpreter.function import W_BoundMethod, W_BuiltinFunction
    from fastpy.objspace.noneobject import w_None
    if isinstance(w_func, W_BoundMethod):
        return w_func.w_self
    if isinstance(w_func, W_BuiltinFunction) and \
            w_func.w_objclass is None and w_func.module_name is not None:
        from fastpy.interpreter import importing
        w_module = importing.modules_get(w_func.module_name)
        if w_module is not None:
            return w_module
    return w_None


def _install_builtin_self():
    from fastpy.interpreter.gateway import getset
    from fastpy.interpreter.function import w_builtin_function_type
    if '__self__' not in w_builtin_function_type.dict_w:
        getset(w_builtin_function_type, '__self__', _builtin_self)

_install_builtin_self()
