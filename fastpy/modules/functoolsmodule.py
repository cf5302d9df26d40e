"""The _functools module: reduce, partial (functools.partial, a
subclassable type whose instances take attributes), cmp_to_key (the
functools.KeyWrapper type) and _lru_cache_wrapper (lrucache.py)."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset, interp2app
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import (module_type, subclassable_constructor,
                                     check_new, check_positional,
                                     parse_args, call_holding,
                                     check_dict_value)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import W_StrObject, newstr_utf8
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.objspace.mapdict import make_user_subclass, Terminator
from fastpy.objspace.slots import publish

module = ModuleDef('_functools', 'Tools that operate on functions.')


# ---------------------------------------------------------------- reduce

def functools_reduce(args_w, kw_names, kw_values_w):
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "reduce() takes no keyword arguments")
    check_positional('reduce', len(args_w), 2, 3)
    w_func = args_w[0]
    w_seq = args_w[1]
    try:
        w_it = space.get_iter(w_seq)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError, "reduce() arg 2 must support iteration")
    refcount.incref(w_it)
    w_result = None
    if len(args_w) == 3:
        w_result = args_w[2]
        refcount.incref(w_result)
    try:
        while True:
            w_item = space.next_w(w_it)
            if w_item is None:
                break
            if w_result is None:
                refcount.incref(w_item)
                w_result = w_item
                continue
            refcount.incref(w_item)
            try:
                w_new = call_holding(w_func, [w_result, w_item])
            except OperationError:
                refcount.decref(w_item)
                raise
            # Counted first: the function may return w_item itself.
            refcount.incref(w_new)
            refcount.decref(w_item)
            w_old = w_result
            w_result = w_new
            refcount.decref(w_old)
    except OperationError:
        refcount.decref(w_it)
        refcount.decref(w_result)
        raise
    refcount.decref(w_it)
    if w_result is None:
        raise oefmt(exc.w_TypeError,
                    "reduce() of empty iterable with no initial value")
    refcount.disown(w_result)
    return w_result

_w_reduce = interp2app('reduce(*args, **kwargs)', functools_reduce,
                       doc="reduce(function, iterable[, initial]) -> value")
_w_reduce.module_name = '_functools'
module.add_function(_w_reduce)


# ---------------------------------------------------------------- partial

w_partial_type = module_type('partial', 'functools')
# Instances have a __dict__ (map storage, as instances of user classes).
w_partial_type.terminator = Terminator(w_partial_type, 0, True)


class W_PartialBase(W_Counted):
    """The slots of a partial object: func, args (a tuple), keywords (a
    dict).  Instances are always W_Partial (below), which adds map
    storage for the instance attributes."""
    _attrs_ = ['w_func', 'w_args', 'w_kw']

    def __init__(self, w_func, w_args, w_kw):
        self.w_func = w_func
        self.w_args = w_args
        self.w_kw = w_kw
        refcount.incref(w_func)
        refcount.incref(w_args)
        refcount.incref(w_kw)

    def referents(self):
        return [w for w in [self.w_func, self.w_args, self.w_kw]
                if w is not None]

    def release_children(self):
        w_func, w_args, w_kw = self.w_func, self.w_args, self.w_kw
        self.w_func = self.w_args = self.w_kw = None
        refcount.decref(w_func)
        refcount.decref(w_args)
        refcount.decref(w_kw)

    def args_items(self):
        w_args = self.w_args
        assert isinstance(w_args, W_TupleObject)
        return w_args.items_w

    def kw_dict(self):
        w_kw = self.w_kw
        assert isinstance(w_kw, W_DictObject)
        return w_kw

    def has_attributes(self):
        return False

W_Partial = make_user_subclass(W_PartialBase)


def _partial_has_attributes(w_p):
    assert isinstance(w_p, W_Partial)
    map = w_p.getmap()
    return map.devolved or map.length > 0


@subclassable_constructor(w_partial_type, 'partial(*args, **kwargs)')
def partial_new(w_cls, args_w, kw_names, kw_values_w):
    check_new(w_cls, w_partial_type)
    if len(args_w) < 1:
        raise oefmt(exc.w_TypeError,
                    "type 'partial' takes at least one argument")
    w_func = args_w[0]
    pargs_w = None
    w_pkw = None
    if isinstance(w_func, W_Partial) and (
            w_func.gettype().lookup('__call__') is partial_call.w_func) \
            and not _partial_has_attributes(w_func):
        pargs_w = w_func.args_items()
        w_pkw = w_func.kw_dict()
        w_func = w_func.w_func
    from fastpy.modules.builtinfuncs import callable_w
    if not callable_w(w_func):
        raise oefmt(exc.w_TypeError, "the first argument must be callable")
    items_w = []
    if pargs_w is not None:
        for w_a in pargs_w:
            items_w.append(w_a)
    for i in range(1, len(args_w)):
        items_w.append(args_w[i])
    w_args = W_TupleObject(items_w[:])
    w_kw = newdict()
    if w_pkw is not None:
        for entry in w_pkw.entries():
            w_kw.setitem(entry.w_key, entry.w_value)
    if kw_names is not None:
        for i in range(len(kw_names)):
            w_kw.setitem(newstr_utf8(kw_names[i]), kw_values_w[i])
    w_res = W_Partial(w_func, w_args, w_kw)
    assert isinstance(w_cls, W_TypeObject)
    w_res.init_map(w_cls)
    return w_res


@method(w_partial_type, '__call__(self, *args, **kwargs)', W_Partial)
def partial_call(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    pargs_w = w_self.args_items()
    all_w = [None] * (len(pargs_w) + len(args_w))
    for i in range(len(pargs_w)):
        all_w[i] = pargs_w[i]
    for i in range(len(args_w)):
        all_w[len(pargs_w) + i] = args_w[i]
    names = []
    values_w = []
    for entry in w_self.kw_dict().entries():
        w_key = entry.w_key
        if not isinstance(w_key, W_StrObject):
            raise oefmt(exc.w_TypeError, "keywords must be strings")
        names.append(w_key.value.encode('utf-8'))
        values_w.append(entry.w_value)
    if kw_names is not None:
        for k in range(len(kw_names)):
            name = kw_names[k]
            found = False
            for i in range(len(names)):
                if names[i] == name:
                    values_w[i] = kw_values_w[k]
                    found = True
                    break
            if not found:
                names.append(name)
                values_w.append(kw_values_w[k])
    # The partial's own slots keep func, args and keyword values alive
    # unless the call replaces them: hold them for the call.
    w_func = w_self.w_func
    refcount.incref(w_func)
    w_args = w_self.w_args
    refcount.incref(w_args)
    w_kw = w_self.w_kw
    refcount.incref(w_kw)
    for w_v in values_w:
        refcount.incref(w_v)
    try:
        return call_function(w_func, Arguments(all_w, names, values_w))
    finally:
        for w_v in values_w:
            refcount.decref(w_v)
        refcount.decref(w_kw)
        refcount.decref(w_args)
        refcount.decref(w_func)


def _partial_repr(w_self):
    from fastpy.objspace.strobject import newstr
    assert isinstance(w_self, W_Partial)
    if not space._enter_repr(w_self):
        return newstr(u'...')
    try:
        w_type = w_self.gettype()
        if w_type is w_partial_type:
            name = u'functools.partial'
        else:
            name = w_type.name.decode('utf-8')
        parts = [space.repr_u(w_self.w_func)]
        for w_a in w_self.args_items():
            parts.append(space.repr_u(w_a))
        for entry in w_self.kw_dict().entries():
            parts.append(space.str_u(entry.w_key) + u'=' +
                         space.repr_u(entry.w_value))
        return newstr(name + u'(' + u', '.join(parts) + u')')
    finally:
        space._leave_repr()

w_partial_type.dict_w['__repr__'] = interp2app(
    '__repr__(self, /)', _partial_repr, self_cls=W_Partial,
    display='partial.__repr__', nself=1, w_objclass=w_partial_type)


def _readonly(w_obj, w_value):
    raise oefmt(exc.w_AttributeError, "readonly attribute")


def _partial_self(w_obj):
    if not isinstance(w_obj, W_Partial):
        raise oefmt(exc.w_TypeError, "descriptor requires a "
                    "'functools.partial' object but received '%s'" %
                    space.type_name(w_obj))
    return w_obj


def _get_func(w_obj):
    return _partial_self(w_obj).w_func


def _get_args(w_obj):
    return _partial_self(w_obj).w_args


def _get_keywords(w_obj):
    return _partial_self(w_obj).w_kw

def _get_dict(w_obj):
    w_dict = _partial_self(w_obj).getdict()
    assert w_dict is not None
    return w_dict

def _set_dict(w_obj, w_value):
    w_self = _partial_self(w_obj)
    w_self.setdict(check_dict_value(w_value))

getset(w_partial_type, '__dict__', _get_dict, _set_dict)
getset(w_partial_type, 'func', _get_func, _readonly,
       doc="function object to use in future partial calls")
getset(w_partial_type, 'args', _get_args, _readonly,
       doc="tuple of arguments to future partial calls")
getset(w_partial_type, 'keywords', _get_keywords, _readonly,
       doc="dictionary of keyword arguments to future partial calls")


# Pickling: (type(p), (func,), (func, args, keywords or None,
# __dict__ or None)), restored by __setstate__ (CPython's partial_reduce
# and partial_setstate).

@method(w_partial_type, '__reduce__(self, /)')
def partial_reduce(w_self):
    w_p = _partial_self(w_self)
    w_kw = w_p.w_kw
    if w_kw is None or w_p.kw_dict().length() == 0:
        w_kw = space.w_None
    w_dict = space.w_None
    if _partial_has_attributes(w_p):
        w_dict = _get_dict(w_p)
    return newtuple([w_p.gettype(), newtuple([w_p.w_func]),
                     newtuple([w_p.w_func, w_p.w_args, w_kw, w_dict])])


@method(w_partial_type, '__setstate__(self, state, /)')
def partial_setstate(w_self, w_state):
    from fastpy.modules.builtinfuncs import callable_w
    w_p = _partial_self(w_self)
    if not isinstance(w_state, W_TupleObject) or \
            len(w_state.items_w) != 4:
        raise oefmt(exc.w_TypeError, "invalid partial state")
    w_func, w_args, w_kw, w_dict = w_state.items_w
    if not callable_w(w_func) or not isinstance(w_args, W_TupleObject) or \
            (w_kw is not space.w_None and
             not isinstance(w_kw, W_DictObject)):
        raise oefmt(exc.w_TypeError, "invalid partial state")
    if w_args.is_user:
        w_args = newtuple(list(w_args.items_w))
    if w_kw is space.w_None:
        w_kw = newdict()
    elif w_kw.is_user:
        assert isinstance(w_kw, W_DictObject)
        w_copy = newdict()
        for entry in w_kw.entries():
            w_copy.setitem(entry.w_key, entry.w_value)
        w_kw = w_copy
    w_old_func, w_old_args, w_old_kw = w_p.w_func, w_p.w_args, w_p.w_kw
    refcount.incref(w_func)
    refcount.incref(w_args)
    refcount.incref(w_kw)
    w_p.w_func, w_p.w_args, w_p.w_kw = w_func, w_args, w_kw
    refcount.decref(w_old_func)
    refcount.decref(w_old_args)
    refcount.decref(w_old_kw)
    if w_dict is not space.w_None:
        _set_dict(w_p, w_dict)
    return space.w_None


# ---------------------------------------------------------------- cmp_to_key

w_keywrapper_type = module_type('KeyWrapper', 'functools')


class W_KeyWrapper(W_Counted):
    _attrs_ = ['w_cmp', 'w_object']

    def __init__(self, w_cmp, w_object):
        self.w_cmp = w_cmp
        self.w_object = w_object
        refcount.incref(w_cmp)
        refcount.incref(w_object)

    def gettype(self):
        return w_keywrapper_type

    def referents(self):
        return [w for w in [self.w_cmp, self.w_object] if w is not None]

    def release_children(self):
        w_cmp, w_object = self.w_cmp, self.w_object
        self.w_cmp = self.w_object = None
        refcount.decref(w_cmp)
        refcount.decref(w_object)

    def sp_repr(self):
        from fastpy.objspace import protocol
        return protocol.default_repr(self)

    def sp_hash(self):
        raise oefmt(exc.w_TypeError,
                    "unhashable type: 'functools.KeyWrapper'")

    def sp_eq(self, w_other):
        return self._compare(space.CMP_EQ, w_other)

    def sp_compare(self, op, w_other):
        return self._compare(op, w_other)

    def _compare(self, op, w_other):
        if (not isinstance(w_other, W_KeyWrapper) or
                w_other.gettype() is not self.gettype()):
            raise oefmt(exc.w_TypeError, "other argument must be K instance")
        if self.w_object is None or w_other.w_object is None:
            raise oefmt(exc.w_AttributeError, "object")
        w_res = call_holding(self.w_cmp, [self.w_object, w_other.w_object])
        refcount.incref(w_res)
        try:
            return 1 if space.compare_w(op, w_res, newint(0)) else 0
        finally:
            refcount.decref(w_res)


@method(w_keywrapper_type, '__call__(self, *args, **kwargs)', W_KeyWrapper)
def keywrapper_call(w_self, args_w, kw_names, kw_values_w):
    [w_obj] = parse_args('K', ['obj'], 1, 1, args_w, kw_names, kw_values_w)
    return W_KeyWrapper(w_self.w_cmp, w_obj)


def _get_obj(w_obj):
    if not isinstance(w_obj, W_KeyWrapper):
        raise oefmt(exc.w_TypeError, "descriptor 'obj' for "
                    "'functools.KeyWrapper' objects doesn't apply to a "
                    "'%s' object" % space.type_name(w_obj))
    if w_obj.w_object is None:
        raise oefmt(exc.w_AttributeError, "obj")
    return w_obj.w_object


def _set_obj(w_obj, w_value):
    if not isinstance(w_obj, W_KeyWrapper):
        raise oefmt(exc.w_TypeError, "descriptor 'obj' for "
                    "'functools.KeyWrapper' objects doesn't apply to a "
                    "'%s' object" % space.type_name(w_obj))
    refcount.incref(w_value)
    w_old = w_obj.w_object
    w_obj.w_object = w_value
    refcount.decref(w_old)

getset(w_keywrapper_type, 'obj', _get_obj, _set_obj,
       doc="Value wrapped by a key function.")
publish(w_keywrapper_type, ['__hash__=None', '__lt__', '__le__', '__eq__',
                            '__ne__', '__gt__', '__ge__'])


def functools_cmp_to_key(args_w, kw_names, kw_values_w):
    [w_cmp] = parse_args('cmp_to_key', ['mycmp'], 1, 1, args_w, kw_names,
                         kw_values_w)
    return W_KeyWrapper(w_cmp, None)

_w_cmp_to_key = interp2app('cmp_to_key(*args, **kwargs)',
                           functools_cmp_to_key,
                           doc="Convert a cmp= function into a key= "
                           "function.")
_w_cmp_to_key.module_name = '_functools'
module.add_function(_w_cmp_to_key)


@module.initializer
def init_functools(w_dict):
    from fastpy.modules.lrucache import w_lru_cache_wrapper_type
    w_dict.setitem_str('partial', w_partial_type)
    w_dict.setitem_str('_lru_cache_wrapper', w_lru_cache_wrapper_type)
