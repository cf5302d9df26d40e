"""The `_collections` module: deque (dequeobject.py) and defaultdict, the
two types collections/__init__.py takes from C in CPython.

A defaultdict is a dict subclass: its instances are the RPython class of
user dict subclasses (map storage, `is_user`, so every operation goes
through the type's dict, where dict's slots are inherited) plus the
`default_factory` slot.  `d[key]` for a missing key reaches
`__missing__` through dict's subscript (space._dict_missing).
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import subclassable_constructor, check_new
from fastpy.modules import dequeobject
from fastpy.modules.builtinfuncs import callable_w
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.dictobject import w_dict_type
from fastpy.objspace.genericalias import install_class_getitem
from fastpy.objspace.strobject import newstr
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.userobjects import W_UserDict

module = ModuleDef('_collections', 'High performance data structures.')

w_defaultdict_type = W_TypeObject('defaultdict', w_dict_type)
w_defaultdict_type.dict_w['__module__'] = newstr(u'collections')


class W_DefaultDict(W_UserDict):
    _attrs_ = ['w_factory']

    def referents(self):
        result = W_UserDict.referents(self)
        result.append(self.w_factory)
        return result

    def release_children(self):
        # CPython's defdict_dealloc: the factory, then the dict.
        w_factory = self.w_factory
        self.w_factory = None
        refcount.decref(w_factory)
        W_UserDict.release_children(self)

    def set_factory(self, w_factory):
        w_old = self.w_factory
        refcount.incref(w_factory)
        self.w_factory = w_factory
        refcount.decref(w_old)


def _dd(w_self):
    if not isinstance(w_self, W_DefaultDict):
        raise oefmt(exc.w_TypeError, "descriptor requires a "
                    "'collections.defaultdict' object but received '%s'" %
                    space.type_name(w_self))
    return w_self


@subclassable_constructor(w_defaultdict_type, 'defaultdict(*args, **kwargs)')
def defaultdict_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_defaultdict_type)
    w_res = W_DefaultDict()
    w_res.w_factory = None
    assert isinstance(w_cls, W_TypeObject)
    w_res.init_map(w_cls)
    if not user:
        # defaultdict(...) itself: the constructor does __init__'s work.
        try:
            defaultdict_init(w_res, args_w, kw_names, kw_values_w)
        except OperationError:
            refcount.discard(w_res)
            raise
    return w_res


@method(w_defaultdict_type, '__init__(self, *args, **kwargs)')
def defaultdict_init(w_self, args_w, kw_names, kw_values_w):
    from fastpy.objspace.dictmethods import dict_update
    d = _dd(w_self)
    w_factory = space.w_None
    rest_w = args_w
    if len(args_w) > 0:
        w_factory = args_w[0]
        if w_factory is not space.w_None and not callable_w(w_factory):
            raise oefmt(exc.w_TypeError,
                        "first argument must be callable or None")
        rest_w = args_w[1:]
    d.set_factory(w_factory)
    if len(rest_w) > 1:
        raise oefmt(exc.w_TypeError, "dict expected at most 1 argument, "
                    "got %d" % len(rest_w))
    w_other = rest_w[0] if len(rest_w) == 1 else None
    dict_update(d, w_other, kw_names, kw_values_w)
    return space.w_None


@method(w_defaultdict_type, '__missing__(self, key, /)')
def defaultdict_missing(w_self, w_key):
    d = _dd(w_self)
    w_factory = d.w_factory
    if w_factory is None or w_factory is space.w_None:
        raise OperationError(exc.W_BaseException(exc.w_KeyError, [w_key]))
    from fastpy.objspace.attribute import _call
    w_value = _call(w_factory, [])
    refcount.incref(w_value)
    try:
        space.setitem(d, w_key, w_value)
    finally:
        refcount.disown(w_value)
    return w_value


def _factory(w_self):
    w_factory = _dd(w_self).w_factory
    return space.w_None if w_factory is None else w_factory


def _set_factory(w_self, w_value):
    _dd(w_self).set_factory(space.w_None if w_value is None else w_value)


getset(w_defaultdict_type, 'default_factory', _factory, _set_factory)


@method(w_defaultdict_type, '__repr__(self, /)')
def defaultdict_repr(w_self):
    from fastpy.objspace.space import _enter_repr, _leave_repr, _repr_dict
    d = _dd(w_self)
    w_factory = _factory(d)
    if w_factory is space.w_None:
        factory = u'None'
    elif not _enter_repr(w_factory):
        factory = u'...'
    else:
        try:
            factory = space.repr_u(w_factory)
        finally:
            _leave_repr()
    return space.newtext(space.str_to_utf8(
        space.type_name(d).decode('utf-8') + u'(' + factory + u', ' +
        _repr_dict(d) + u')'))


@method(w_defaultdict_type, 'copy(self, /)')
def defaultdict_copy(w_self):
    from fastpy.objspace.attribute import _call
    d = _dd(w_self)
    return _call(d.gettype(), [_factory(d), d])


@method(w_defaultdict_type, '__copy__(self, /)')
def defaultdict_copy_dunder(w_self):
    return defaultdict_copy(w_self)


@method(w_defaultdict_type, '__reduce__(self, /)')
def defaultdict_reduce(w_self):
    from fastpy.objspace.tupleobject import newtuple
    d = _dd(w_self)
    w_factory = _factory(d)
    if w_factory is space.w_None:
        w_args = newtuple([])
    else:
        w_args = newtuple([w_factory])
    from fastpy.objspace.attribute import _call
    w_meth = space.getattr_w(d, 'items')
    refcount.incref(w_meth)
    try:
        w_items = _call(w_meth, [])
    finally:
        refcount.decref(w_meth)
    try:
        w_iter = space.get_iter(w_items)
    finally:
        refcount.discard(w_items)
    return newtuple([d.gettype(), w_args, space.w_None, space.w_None,
                     w_iter])


install_class_getitem([dequeobject.w_deque_type, w_defaultdict_type])


@module.initializer
def init_collections(w_dict):
    w_dict.setitem_str('deque', dequeobject.w_deque_type)
    w_dict.setitem_str('defaultdict', w_defaultdict_type)
    w_dict.setitem_str('_deque_iterator', dequeobject.w_deque_iter_type)
    w_dict.setitem_str('_deque_reverse_iterator',
                       dequeobject.w_deque_reviter_type)
