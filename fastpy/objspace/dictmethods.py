"""Methods and operators of `dict` and of its views, published through
the gateway (CPython 3.11's behaviour and messages)."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, classmethod_, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import newint
from fastpy.objspace.dictobject import W_DictObject, w_dict_type, newdict
from fastpy.objspace.dictview import (W_DictView, KEYS, VALUES, ITEMS,
    w_dict_keys_type, w_dict_values_type, w_dict_items_type)
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace import space
from fastpy.objspace.noneobject import w_NotImplemented


def _key_error(w_key):
    return OperationError(exc.W_BaseException(exc.w_KeyError, [w_key]))


def _has_keys(w_obj):
    """Does w_obj have a `keys` attribute (the mapping protocol)?"""
    try:
        w_keys = space.getattr_w(w_obj, 'keys')
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return False
    refcount.discard(w_keys)
    return True


def update_from_mapping(w_dict, w_mapping):
    """PyDict_Merge of a non-dict mapping: keys(), then m[key]."""
    from fastpy.objspace.attribute import _call
    w_keys_meth = space.getattr_w(w_mapping, 'keys')
    refcount.incref(w_keys_meth)
    try:
        w_keys = _call(w_keys_meth, [])
    finally:
        refcount.decref(w_keys_meth)
    refcount.incref(w_keys)
    try:
        for w_key in space.iterate(w_keys):
            refcount.incref(w_key)
            try:
                w_value = space.getitem(w_mapping, w_key)
                w_dict.setitem(w_key, w_value)
                refcount.discard(w_value)
            finally:
                refcount.decref(w_key)
    finally:
        refcount.decref(w_keys)


def _overrides_iter(w_other):
    """Is w_other of a dict subclass with its own __iter__?  Such a dict
    is merged as a mapping, through keys() and its __getitem__."""
    if not w_other.is_user:
        return False
    return (w_other.gettype().lookup('__iter__') is not
            w_dict_type.lookup('__iter__'))


def merge_dict(w_dict, w_other):
    """Insert the pairs of the dict w_other in its order, holding each
    pair while it is inserted (a key's __eq__ may change w_other, which
    is then a RuntimeError)."""
    size = w_other.length()
    i = 0
    while i < len(w_other.order):
        entry = w_other.order[i]
        i += 1
        if entry is None:
            continue
        w_key = entry.w_key
        w_value = entry.w_value
        refcount.incref(w_key)
        refcount.incref(w_value)
        try:
            w_dict.setitem(w_key, w_value)
        finally:
            refcount.decref(w_key)
            refcount.decref(w_value)
        if w_other.length() != size:
            raise oefmt(exc.w_RuntimeError, "dict mutated during update")


def update_from_pairs(w_dict, w_iterable):
    """dict_merge/PyDict_MergeFromSeq2: a dict, or pairs."""
    if isinstance(w_iterable, W_DictObject) and \
            not _overrides_iter(w_iterable):
        if w_iterable is w_dict:
            return
        merge_dict(w_dict, w_iterable)
        return
    if _has_keys(w_iterable):
        update_from_mapping(w_dict, w_iterable)
        return
    items_w = space.iterate(w_iterable)
    try:
        for i in range(len(items_w)):
            w_pair = items_w[i]
            try:
                pair_w = space.iterate(w_pair)
            except OperationError as e:
                if not e.match(exc.w_TypeError):
                    raise
                refcount.discard(e.w_exc)
                raise oefmt(exc.w_TypeError,
                            "cannot convert dictionary update sequence "
                            "element #%d to a sequence" % i)
            if len(pair_w) != 2:
                raise oefmt(exc.w_ValueError,
                            "dictionary update sequence element #%d has "
                            "length %d; 2 is required" % (i, len(pair_w)))
            w_dict.setitem(pair_w[0], pair_w[1])
    finally:
        for w_pair in items_w:
            refcount.discard(w_pair)


def update_from_kwargs(w_dict, kw_names, kw_values_w):
    if kw_names is None:
        return
    for i in range(len(kw_names)):
        w_dict.setitem(space.newtext(kw_names[i]), kw_values_w[i])


@constructor(w_dict_type, 'dict(iterable=NULL, /, **kwargs)')
def dict_new(w_cls, w_iterable, kw_names, kw_values_w):
    w_dict = newdict()
    if w_iterable is not None:
        update_from_pairs(w_dict, w_iterable)
    update_from_kwargs(w_dict, kw_names, kw_values_w)
    return w_dict


@method(w_dict_type, 'get(self, key, default=None, /)', W_DictObject)
def dict_get(w_dict, w_key, w_default):
    w_value = w_dict.getitem(w_key)
    if w_value is None:
        return w_default
    return w_value


@method(w_dict_type, 'keys(self, /)', W_DictObject)
def dict_keys(w_dict):
    return W_DictView(w_dict, KEYS)


@method(w_dict_type, 'values(self, /)', W_DictObject)
def dict_values(w_dict):
    return W_DictView(w_dict, VALUES)


@method(w_dict_type, 'items(self, /)', W_DictObject)
def dict_items(w_dict):
    return W_DictView(w_dict, ITEMS)


@method(w_dict_type, 'pop(self, key, default=NULL, /)', W_DictObject)
def dict_pop(w_dict, w_key, w_default):
    # an empty dict answers before hashing (CPython's _PyDict_Pop)
    w_value = None
    if w_dict.length() > 0:
        w_value = w_dict.pop_value(w_key)
    if w_value is None:
        if w_default is not None:
            return w_default
        raise _key_error(w_key)
    return w_value


@method(w_dict_type, 'popitem(self, /)', W_DictObject)
def dict_popitem(w_dict):
    order = w_dict.order
    i = len(order) - 1
    while i >= 0 and order[i] is None:
        i -= 1
    if i < 0:
        raise oefmt(exc.w_KeyError, "popitem(): dictionary is empty")
    entry = order[i]
    w_key = entry.w_key
    # Hold the key while the pair leaves the dict.
    refcount.incref(w_key)
    w_value = w_dict.pop_value(w_key)
    w_result = newtuple([w_key, w_value])
    refcount.decref(w_key)
    refcount.discard(w_value)
    # Trim the trailing holes so the next popitem is O(1).
    while len(w_dict.order) > 0 and w_dict.order[-1] is None:
        w_dict.order.pop()
        w_dict.nholes -= 1
    return w_result


@method(w_dict_type, 'copy(self, /)', W_DictObject)
def dict_copy(w_src):
    w_dict = newdict()
    for entry in w_src.entries():
        w_dict.setitem(entry.w_key, entry.w_value)
    return w_dict


@method(w_dict_type, 'update(self, other=NULL, /, **kwargs)', W_DictObject)
def dict_update(w_dict, w_other, kw_names, kw_values_w):
    if w_other is not None:
        update_from_pairs(w_dict, w_other)
    update_from_kwargs(w_dict, kw_names, kw_values_w)
    return space.w_None


@method(w_dict_type, 'setdefault(self, key, default=None, /)',
        W_DictObject)
def dict_setdefault(w_dict, w_key, w_default):
    return w_dict.setdefault(w_key, w_default)


@method(w_dict_type, 'clear(self, /)', W_DictObject)
def dict_clear(w_dict):
    w_dict.release_children()
    return space.w_None


@classmethod_(w_dict_type, 'fromkeys(type, iterable, value=None, /)')
def dict_fromkeys(w_type, w_iterable, w_value):
    if w_type is w_dict_type:
        w_dict = newdict()
    else:
        # a subclass (or anything its constructor returns) is filled
        # through its own __setitem__
        from fastpy.objspace.attribute import _call
        w_dict = _call(w_type, [])
    # held while its __setitem__ runs, handed back as a temporary
    refcount.incref(w_dict)
    try:
        keys_w = space.iterate(w_iterable)
        # The keys are temporaries: each is held while the dict takes it,
        # since its __hash__ or __eq__ may run Python code, whose frame
        # would otherwise drop the last reference to it.
        for w_key in keys_w:
            refcount.incref(w_key)
        try:
            for w_key in keys_w:
                if w_type is w_dict_type:
                    assert isinstance(w_dict, W_DictObject)
                    w_dict.setitem(w_key, w_value)
                else:
                    space.setitem(w_dict, w_key, w_value)
        finally:
            for w_key in keys_w:
                refcount.decref(w_key)
    except OperationError:
        refcount.decref(w_dict)
        raise
    refcount.disown(w_dict)
    return w_dict


# ---------------------------------------------------------------- operators

def dict_binop(w_dict, op, w_other, inplace):
    """d | other and d |= other."""
    if op != space.OP_OR:
        return None
    if inplace:
        update_from_pairs(w_dict, w_other)
        return w_dict
    if not isinstance(w_other, W_DictObject):
        return None
    w_new = dict_copy(w_dict)
    try:
        update_from_pairs(w_new, w_other)
    except OperationError:
        refcount.discard(w_new)
        raise
    return w_new


@method(w_dict_type, '__or__(self, value, /)', W_DictObject)
def dict_or(w_dict, w_other):
    w_res = dict_binop(w_dict, space.OP_OR, w_other, False)
    if w_res is None:
        return w_NotImplemented
    return w_res


@method(w_dict_type, '__ror__(self, value, /)', W_DictObject)
def dict_ror(w_dict, w_other):
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    w_res = dict_binop(w_other, space.OP_OR, w_dict, False)
    assert w_res is not None
    return w_res


@method(w_dict_type, '__ior__(self, value, /)', W_DictObject)
def dict_ior(w_dict, w_other):
    return dict_binop(w_dict, space.OP_OR, w_other, True)


# ---------------------------------------------------------------- views

def view_set(w_view):
    """A temporary set of a keys/items view's elements."""
    from fastpy.objspace.setobject import W_SetObject
    w_set = W_SetObject()
    for w_item in w_view.items_w():
        w_set.add(w_item)
        refcount.discard(w_item)
    return w_set


def view_binop(w_view, op, w_other, reflected):
    """keys/items views & | - ^ with any iterable: a new set."""
    from fastpy.objspace.setmethods import set_binop
    if w_view.kind == VALUES:
        return None
    if op != space.OP_OR and op != space.OP_AND and op != space.OP_SUB \
            and op != space.OP_XOR:
        return None
    from fastpy.objspace.setobject import W_SetObject
    items_w = None
    if not isinstance(w_other, W_SetObject):
        try:
            items_w = space.iterate(w_other)      # once: it may be an iterator
        except OperationError as e:
            if e.match(exc.w_TypeError):
                refcount.discard(e.w_exc)
                return None
            raise
    w_left = view_set(w_view)
    w_right = W_SetObject()
    if items_w is None:
        w_right.update_from(w_other)
    else:
        w_right.add_items(items_w)
    if reflected:
        w_left, w_right = w_right, w_left
    w_res = set_binop(w_left, op, w_right, False)
    refcount.discard(w_left)
    refcount.discard(w_right)
    return w_res


def view_compare(w_view, op, w_other):
    """Keys and items views compare like sets with sets and with keys and
    items views: by length, then by membership of each element (a
    lookup, so unhashable values of an items view compare too)."""
    from fastpy.objspace.setobject import W_SetObject
    if w_view.kind == VALUES:
        return -1
    if isinstance(w_other, W_DictView):
        if w_other.kind == VALUES:
            return -1
    elif not isinstance(w_other, W_SetObject):
        return -1
    len_self = w_view.w_dict.length()
    len_other = space.len_w(w_other)
    if op == space.CMP_EQ or op == space.CMP_NE:
        result = len_self == len_other and _all_contained_in(w_view, w_other)
        if op == space.CMP_NE:
            result = not result
    elif op == space.CMP_LT:
        result = len_self < len_other and _all_contained_in(w_view, w_other)
    elif op == space.CMP_LE:
        result = len_self <= len_other and _all_contained_in(w_view, w_other)
    elif op == space.CMP_GT:
        result = len_self > len_other and _all_contained_in(w_other, w_view)
    else:
        result = len_self >= len_other and _all_contained_in(w_other, w_view)
    return 1 if result else 0


def _all_contained_in(w_a, w_b):
    """Is every element of w_a in w_b?"""
    items_w = space.iterate(w_a)
    try:
        for w_item in items_w:
            if not space.contains_w(w_b, w_item):
                return False
    finally:
        for w_item in items_w:
            refcount.discard(w_item)
    return True


def _view_isdisjoint(w_view, w_other):
    w_set = view_set(w_view)
    result = True
    for w_item in space.iterate(w_other):
        if result and w_set.contains(w_item):
            result = False
        refcount.discard(w_item)
    refcount.discard(w_set)
    return space.newbool(result)


def _view_mapping(w_view):
    from fastpy.objspace.mappingproxy import W_DictProxy
    assert isinstance(w_view, W_DictView)
    return W_DictProxy(w_view.w_dict)


for _w_vt in [w_dict_keys_type, w_dict_values_type, w_dict_items_type]:
    getset(_w_vt, 'mapping', _view_mapping,
           doc='dictionary that this view refers to')


for _w_vt in [w_dict_keys_type, w_dict_items_type]:
    method(_w_vt, 'isdisjoint(self, other, /)', W_DictView)(
        _view_isdisjoint)
