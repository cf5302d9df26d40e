"""Methods of the builtin types list, str and dict."""

from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import make_builtin
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import (W_StrObject, w_str_type, newstr,
    str_upper, str_lower, str_strip, str_split_whitespace, str_split_sep,
    str_find, str_replace)
from fastpy.objspace.listobject import W_ListObject, w_list_type, newlist
from fastpy.objspace.dictobject import W_DictObject, w_dict_type, newdict
from fastpy.objspace.dictview import W_DictView, KEYS, VALUES, ITEMS
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type


def _self_list(args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_ListObject)
    return w_self


def _self_str(args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_StrObject)
    return w_self.value


def _self_dict(args):
    w_self = args.args_w[0]
    assert isinstance(w_self, W_DictObject)
    return w_self


def _str_arg(args, i, method):
    w_arg = args.args_w[i]
    if not isinstance(w_arg, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s arg must be None or str" % method)
    return w_arg.value


# ---------------------------------------------------------------- list

def list_append(args):
    _self_list(args).append(args.args_w[1])
    return space.w_None


def list_extend(args):
    w_list = _self_list(args)
    w_other = args.args_w[1]
    if isinstance(w_other, W_ListObject):
        w_list.extend_list(w_other)
    else:
        w_list.extend(space.iterate(w_other))
    return space.w_None


def list_insert(args):
    w_list = _self_list(args)
    i = space.int_w(args.args_w[1])
    n = w_list.length()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_list.insert(i, args.args_w[2])
    return space.w_None


def list_pop(args):
    w_list = _self_list(args)
    n = w_list.length()
    if n == 0:
        raise oefmt(exc.w_IndexError, "pop from empty list")
    i = n - 1
    if len(args.args_w) > 1:
        i = space.int_w(args.args_w[1])
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(exc.w_IndexError, "pop index out of range")
    return w_list.pop(i)


def list_index(args):
    w_list = _self_list(args)
    w_x = args.args_w[1]
    i = w_list.find(w_x)
    if i < 0:
        raise oefmt(exc.w_ValueError, "%s is not in list" %
                    space.str_to_utf8(space.repr_u(w_x)))
    return newint(i)


def list_count(args):
    return newint(_self_list(args).count(args.args_w[1]))


def list_remove(args):
    w_list = _self_list(args)
    i = w_list.find(args.args_w[1])
    if i < 0:
        raise oefmt(exc.w_ValueError, "list.remove(x): x not in list")
    w_list.delitem(i)
    return space.w_None


def list_reverse(args):
    _self_list(args).reverse()
    return space.w_None


def list_copy(args):
    return _self_list(args).copy()


def list_clear(args):
    _self_list(args).clear()
    return space.w_None


def list_sort(args):
    from fastpy.interpreter.gateway import kwarg, reject_other_kwargs
    reject_other_kwargs('sort', args, ['reverse'])
    w_list = _self_list(args)
    w_reverse = kwarg(args, 'reverse')
    reverse = w_reverse is not None and space.is_true(w_reverse)
    w_list.sort(reverse)
    return space.w_None


# ---------------------------------------------------------------- str

def str_join(args):
    sep = _self_str(args)
    items_w = space.iterate(args.args_w[1])
    b = UnicodeBuilder()
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise oefmt(exc.w_TypeError,
                        "sequence item %d: expected str instance, %s found" %
                        (i, space.type_name(w_item)))
        if i > 0:
            b.append(sep)
        b.append(w_item.value)
    return newstr(b.build())


def str_split(args):
    u = _self_str(args)
    if len(args.args_w) == 1 or args.args_w[1] is space.w_None:
        parts = str_split_whitespace(u)
    else:
        sep = _str_arg(args, 1, 'split')
        if len(sep) == 0:
            raise oefmt(exc.w_ValueError, "empty separator")
        parts = str_split_sep(u, sep)
    return newlist([newstr(p) for p in parts])


def str_upper_(args):
    return newstr(str_upper(_self_str(args)))


def str_lower_(args):
    return newstr(str_lower(_self_str(args)))


def str_strip_(args):
    return newstr(str_strip(_self_str(args)))


def str_startswith(args):
    u = _self_str(args)
    prefix = _str_arg(args, 1, 'startswith')
    return space.newbool(u.startswith(prefix))


def str_endswith(args):
    u = _self_str(args)
    suffix = _str_arg(args, 1, 'endswith')
    return space.newbool(u.endswith(suffix))


def str_replace_(args):
    u = _self_str(args)
    return newstr(str_replace(u, _str_arg(args, 1, 'replace'),
                              _str_arg(args, 2, 'replace')))


def str_find_(args):
    u = _self_str(args)
    return newint(str_find(u, _str_arg(args, 1, 'find'), 0))


def str_count(args):
    u = _self_str(args)
    sub = _str_arg(args, 1, 'count')
    if len(sub) == 0:
        return newint(len(u) + 1)
    count = 0
    i = str_find(u, sub, 0)
    while i >= 0:
        count += 1
        i = str_find(u, sub, i + len(sub))
    return newint(count)


def str_isdigit(args):
    u = _self_str(args)
    if len(u) == 0:
        return space.w_False
    for ch in u:
        if not (u'0' <= ch <= u'9'):
            return space.w_False
    return space.w_True


# ---------------------------------------------------------------- dict

def dict_get(args):
    w_dict = _self_dict(args)
    space.hash_w(args.args_w[1])
    w_value = w_dict.getitem(args.args_w[1])
    if w_value is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        return space.w_None
    return w_value


def dict_keys(args):
    return W_DictView(_self_dict(args), KEYS)


def dict_values(args):
    return W_DictView(_self_dict(args), VALUES)


def dict_items(args):
    return W_DictView(_self_dict(args), ITEMS)


def dict_pop(args):
    w_dict = _self_dict(args)
    w_key = args.args_w[1]
    space.hash_w(w_key)
    w_value = w_dict.pop_value(w_key)
    if w_value is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        raise OperationError(exc.W_BaseException(exc.w_KeyError, [w_key]))
    return w_value


def dict_copy(args):
    w_src = _self_dict(args)
    w_dict = newdict()
    for entry in w_src.entries():
        w_dict.setitem(entry.w_key, entry.w_value)
    return w_dict


def dict_update(args):
    w_dict = _self_dict(args)
    w_src = args.args_w[1]
    if not isinstance(w_src, W_DictObject):
        raise oefmt(exc.w_TypeError,
                    "fastpy supports dict.update() from a dict only")
    for entry in w_src.entries():
        w_dict.setitem(entry.w_key, entry.w_value)
    return space.w_None


def dict_setdefault(args):
    w_dict = _self_dict(args)
    w_key = args.args_w[1]
    space.hash_w(w_key)
    w_value = w_dict.getitem(w_key)
    if w_value is None:
        w_value = space.w_None
        if len(args.args_w) > 2:
            w_value = args.args_w[2]
        w_dict.setitem(w_key, w_value)
    return w_value


def dict_clear(args):
    w_dict = _self_dict(args)
    for w_key in w_dict.keys():
        w_dict.delitem(w_key)
    return space.w_None


# ---------------------------------------------------------------- tables

def _method(w_type, name, impl, min_args, max_args, allow_kw=False):
    # min/max count the explicit arguments; self is added here.
    w_type.add_method(make_builtin(name, impl, min_args + 1, max_args + 1,
                                   allow_kw, w_type.name + '.' + name,
                                   nself=1))

_method(w_list_type, 'append', list_append, 1, 1)
_method(w_list_type, 'extend', list_extend, 1, 1)
_method(w_list_type, 'insert', list_insert, 2, 2)
_method(w_list_type, 'pop', list_pop, 0, 1)
_method(w_list_type, 'index', list_index, 1, 1)
_method(w_list_type, 'count', list_count, 1, 1)
_method(w_list_type, 'remove', list_remove, 1, 1)
_method(w_list_type, 'reverse', list_reverse, 0, 0)
_method(w_list_type, 'copy', list_copy, 0, 0)
_method(w_list_type, 'clear', list_clear, 0, 0)
_method(w_list_type, 'sort', list_sort, 0, 0, allow_kw=True)

_method(w_str_type, 'join', str_join, 1, 1)
_method(w_str_type, 'split', str_split, 0, 1)
_method(w_str_type, 'upper', str_upper_, 0, 0)
_method(w_str_type, 'lower', str_lower_, 0, 0)
_method(w_str_type, 'strip', str_strip_, 0, 0)
_method(w_str_type, 'startswith', str_startswith, 1, 1)
_method(w_str_type, 'endswith', str_endswith, 1, 1)
_method(w_str_type, 'replace', str_replace_, 2, 2)
_method(w_str_type, 'find', str_find_, 1, 1)
_method(w_str_type, 'count', str_count, 1, 1)
_method(w_str_type, 'isdigit', str_isdigit, 0, 0)

_method(w_dict_type, 'get', dict_get, 1, 2)
_method(w_dict_type, 'keys', dict_keys, 0, 0)
_method(w_dict_type, 'values', dict_values, 0, 0)
_method(w_dict_type, 'items', dict_items, 0, 0)
_method(w_dict_type, 'pop', dict_pop, 1, 2)
_method(w_dict_type, 'copy', dict_copy, 0, 0)
_method(w_dict_type, 'update', dict_update, 1, 1)
_method(w_dict_type, 'setdefault', dict_setdefault, 1, 2)
_method(w_dict_type, 'clear', dict_clear, 0, 0)
