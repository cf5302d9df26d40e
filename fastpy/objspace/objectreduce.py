"""object.__reduce_ex__, __reduce__ and __getstate__: how `copy` and
`pickle` take an instance apart, as CPython 3.11's typeobject.c does.

Protocol 2 and above (`reduce_newobj`) gives

    (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)

with `args` from __getnewargs_ex__ / __getnewargs__ (then
copyreg.__newobj_ex__ when there are keyword arguments), `state` from
__getstate__ (by default the instance dict, plus a dict of the
`__slots__` values when there are any), and iterators over the items of
list and dict subclasses.  Protocols 0 and 1 go through
copyreg._reduce_ex.  A class that defines its own __reduce__ is asked
instead.
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.function import Arguments
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.mapdict import W_ObjectInstance
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import w_object_type


def _call(w_func, args_w):
    from fastpy.interpreter.eval import call_function
    return call_function(w_func, Arguments(args_w))


def _copyreg(name):
    """copyreg.<name> (a temporary)."""
    from fastpy.interpreter.importing import gcd_import
    return space.getattr_w(gcd_import('copyreg'), name)


def _type_name(w_obj):
    return space.type_name(w_obj)


def _tp_name(w_type):
    """CPython's tp_name: a builtin type of a module is 'module.name'."""
    if w_type.is_heaptype:
        return w_type.name
    from fastpy.objspace.protocol import type_module_name
    return type_module_name(w_type)


# ---------------------------------------------------------------- methods

@method(w_object_type, '__reduce_ex__(self, protocol: int, /)')
def object_reduce_ex(w_self, protocol):
    """Helper for pickle."""
    w_cls_reduce = w_self.gettype().lookup('__reduce__')
    if w_cls_reduce is not None and \
            w_cls_reduce is not object_reduce.w_func:
        w_reduce = space.getattr_w(w_self, '__reduce__')
        try:
            return _call(w_reduce, [])
        finally:
            refcount.discard(w_reduce)
    return common_reduce(w_self, protocol)


@method(w_object_type, '__reduce__(self, /)')
def object_reduce(w_self):
    """Helper for pickle."""
    return common_reduce(w_self, 0)


@method(w_object_type, '__getstate__(self, /)')
def object_getstate(w_self):
    """Helper for pickle."""
    return getstate_default(w_self, False)


def common_reduce(w_self, protocol):
    if protocol >= 2:
        return reduce_newobj(w_self)
    w_reduce_ex = _copyreg('_reduce_ex')
    try:
        return _call(w_reduce_ex, [w_self, space.newint(protocol)])
    finally:
        refcount.discard(w_reduce_ex)


# ---------------------------------------------------------------- newobj

def reduce_newobj(w_self):
    w_type = w_self.gettype()
    w_args, w_kwargs = get_new_arguments(w_self)
    try:
        has_args = w_args is not None
        if w_kwargs is None or (isinstance(w_kwargs, W_DictObject) and
                                w_kwargs.length() == 0):
            w_newobj = _copyreg('__newobj__')
            items_w = [w_type]
            if w_args is not None:
                assert isinstance(w_args, W_TupleObject)
                items_w = items_w + w_args.items_w
            w_newargs = newtuple(items_w)
        else:
            w_newobj = _copyreg('__newobj_ex__')
            w_newargs = newtuple([w_type, w_args, w_kwargs])
    finally:
        refcount.discard(w_args)
        refcount.discard(w_kwargs)
    required = not (has_args or isinstance(w_self, W_ListObject) or
                    isinstance(w_self, W_DictObject))
    w_state = None
    w_listitems = space.w_None
    w_dictitems = space.w_None
    try:
        w_state = get_state(w_self, required)
        if isinstance(w_self, W_ListObject):
            w_listitems = space.get_iter(w_self)
        if isinstance(w_self, W_DictObject):
            w_items_method = space.getattr_w(w_self, 'items')
            try:
                w_items = _call(w_items_method, [])
            finally:
                refcount.discard(w_items_method)
            try:
                w_dictitems = space.get_iter(w_items)
            finally:
                refcount.discard(w_items)
        return newtuple([w_newobj, w_newargs, w_state, w_listitems,
                         w_dictitems])
    except OperationError:
        refcount.discard(w_newobj)
        refcount.discard(w_newargs)
        refcount.discard(w_state)
        refcount.discard(w_listitems)
        raise


def get_new_arguments(w_self):
    """(args tuple or None, kwargs dict or None), both temporaries, from
    __getnewargs_ex__ or __getnewargs__."""
    from fastpy.objspace.protocol import call_special
    w_res = call_special(w_self, '__getnewargs_ex__', [])
    if w_res is not None:
        try:
            if not isinstance(w_res, W_TupleObject):
                raise oefmt(exc.w_TypeError, "__getnewargs_ex__ should "
                            "return a tuple, not '%s'" % _type_name(w_res))
            if len(w_res.items_w) != 2:
                raise oefmt(exc.w_ValueError, "__getnewargs_ex__ should "
                            "return a tuple of length 2, not %d" %
                            len(w_res.items_w))
            w_args = w_res.items_w[0]
            w_kwargs = w_res.items_w[1]
            if not isinstance(w_args, W_TupleObject):
                raise oefmt(exc.w_TypeError, "first item of the tuple "
                            "returned by __getnewargs_ex__ must be a tuple, "
                            "not '%s'" % _type_name(w_args))
            if not isinstance(w_kwargs, W_DictObject):
                raise oefmt(exc.w_TypeError, "second item of the tuple "
                            "returned by __getnewargs_ex__ must be a dict, "
                            "not '%s'" % _type_name(w_kwargs))
            # they outlive the tuple that holds them
            refcount.incref(w_args)
            refcount.incref(w_kwargs)
        finally:
            refcount.discard(w_res)
        refcount.disown(w_args)
        refcount.disown(w_kwargs)
        return w_args, w_kwargs
    w_res = call_special(w_self, '__getnewargs__', [])
    if w_res is not None:
        if not isinstance(w_res, W_TupleObject):
            name = _type_name(w_res)
            refcount.discard(w_res)
            raise oefmt(exc.w_TypeError, "__getnewargs__ should return a "
                        "tuple, not '%s'" % name)
        return w_res, None
    return None, None


# ---------------------------------------------------------------- state

def get_state(w_self, required):
    """What __getstate__ gives; the default one is told `required`: the
    object has no other way to be rebuilt."""
    if w_self.gettype().lookup('__getstate__') is object_getstate.w_func:
        return getstate_default(w_self, required)
    w_getstate = space.getattr_w(w_self, '__getstate__')
    try:
        return _call(w_getstate, [])
    finally:
        refcount.discard(w_getstate)


def getstate_default(w_self, required):
    if required and not isinstance(w_self, W_ObjectInstance):
        # a builtin object whose data is not in attributes
        raise oefmt(exc.w_TypeError, "cannot pickle '%s' object" %
                    _tp_name(w_self.gettype()))
    w_state = _dict_copy_or_none(w_self)
    w_slotnames = None
    try:
        w_slotnames = _slotnames(w_self)
        if w_slotnames is not None:
            w_slots = _slot_values(w_self, w_slotnames)
            if w_slots is not None:
                w_pair = newtuple([w_state, w_slots])
                refcount.discard(w_state)
                refcount.discard(w_slots)
                w_state = w_pair
    except OperationError:
        refcount.discard(w_state)
        refcount.discard(w_slotnames)
        raise
    refcount.discard(w_slotnames)
    return w_state


def _dict_copy_or_none(w_self):
    try:
        w_dict = space.getattr_w(w_self, '__dict__')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return space.w_None
    try:
        if not isinstance(w_dict, W_DictObject) or w_dict.length() == 0:
            return space.w_None
        w_copy = newdict()
        for entry in w_dict.entries():
            w_copy.setitem(entry.w_key, entry.w_value)
        return w_copy
    finally:
        refcount.discard(w_dict)


def _slotnames(w_self):
    """copyreg._slotnames(cls): a list of names, or None when empty."""
    w_func = _copyreg('_slotnames')
    try:
        w_names = _call(w_func, [w_self.gettype()])
    finally:
        refcount.discard(w_func)
    if not isinstance(w_names, W_ListObject):
        if w_names is space.w_None:
            return None
        name = _type_name(w_names)
        refcount.discard(w_names)
        raise oefmt(exc.w_TypeError, "copyreg._slotnames didn't return a "
                    "list or None")
    if w_names.length() == 0:
        refcount.discard(w_names)
        return None
    return w_names


def _slot_values(w_self, w_names):
    """{name: value} of the slots that are set, or None if none is."""
    w_slots = None
    for w_name in space.iterate(w_names):
        name = space.str_to_utf8(space.str_u(w_name))
        try:
            w_value = space.getattr_w(w_self, name)
        except OperationError as e:
            if not e.match(exc.w_AttributeError):
                refcount.discard(w_slots)
                raise
            refcount.discard(e.w_exc)
            continue
        if w_slots is None:
            w_slots = newdict()
        w_slots.setitem(w_name, w_value)
        refcount.discard(w_value)
    return w_slots


# ---------------------------------------------------------------- getnewargs
# The immutable builtin types rebuild from their value: __getnewargs__
# gives the exact-type copy (int(self), str(self), ...), so subclasses of
# them copy and pickle through reduce_newobj.

def _install_getnewargs():
    from fastpy.objspace.intobject import w_int_type
    from fastpy.objspace.floatobject import w_float_type
    from fastpy.objspace.strobject import w_str_type
    from fastpy.objspace.bytesobject import w_bytes_type
    from fastpy.objspace.tupleobject import w_tuple_type
    for w_type in [w_int_type, w_float_type, w_str_type, w_bytes_type,
                   w_tuple_type]:
        _value_getnewargs(w_type)
    from fastpy.objspace.complexobject import w_complex_type

    @method(w_complex_type, '__getnewargs__(self, /)')
    def complex_getnewargs(w_self):
        w_real = space.getattr_w(w_self, 'real')
        w_imag = space.getattr_w(w_self, 'imag')
        return newtuple([w_real, w_imag])


def _value_getnewargs(w_type):
    def getnewargs(w_self):
        w_value = _call(w_type, [w_self])
        w_result = newtuple([w_value])
        refcount.discard(w_value)
        return w_result
    getnewargs.__name__ = '%s_getnewargs' % w_type.name
    method(w_type, '__getnewargs__(self, /)')(getnewargs)

_install_getnewargs()
