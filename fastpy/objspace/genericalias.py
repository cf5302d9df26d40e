"""types.GenericAlias: `list[int]`, `dict[str, T]`, `type[C]` (PEP 585),
as CPython's Objects/genericaliasobject.c.

An alias holds its origin (the class) and its arguments (a tuple).  It
forwards attribute reads to the origin except for its own few names,
calling it makes an instance of the origin (and tries to set
`__orig_class__` on it), `__parameters__` are the type variables among
the arguments (objects with `__typing_subst__`, and the parameters of
nested aliases), and subscripting substitutes them.  The builtin
containers and `type` get `__class_getitem__ = classmethod(GenericAlias)`.
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import W_StrObject, newstr, str_to_utf8
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_generic_alias_type = W_TypeObject('GenericAlias', w_object_type)
w_generic_alias_type.dict_w['__module__'] = newstr(u'types')

# Attributes an alias answers itself; every other is the origin's.
OWN_ATTRIBUTES = ['__class__', '__origin__', '__args__', '__unpacked__',
                  '__parameters__', '__typing_unpacked_tuple_args__',
                  '__mro_entries__', '__reduce_ex__', '__reduce__',
                  '__copy__', '__deepcopy__']


class W_GenericAlias(W_Counted):
    _attrs_ = ['w_origin', 'w_args', 'w_parameters', 'starred']

    def __init__(self, w_origin, w_args, starred=False):
        if not isinstance(w_args, W_TupleObject):
            w_args = newtuple([w_args])
        self.w_origin = w_origin
        self.w_args = w_args
        self.w_parameters = None
        self.starred = starred
        refcount.incref(w_origin)
        refcount.incref(w_args)

    def gettype(self):
        return w_generic_alias_type

    def args_w(self):
        assert isinstance(self.w_args, W_TupleObject)
        return self.w_args.items_w

    def referents(self):
        return [self.w_origin, self.w_args, self.w_parameters]

    def release_children(self):
        w_origin, w_args, w_params = (self.w_origin, self.w_args,
                                      self.w_parameters)
        self.w_origin = self.w_args = self.w_parameters = None
        refcount.decref(w_origin)
        refcount.decref(w_args)
        refcount.decref(w_params)

    def parameters(self):
        if self.w_parameters is None:
            w_params = newtuple(collect_parameters(self.args_w()))
            refcount.incref(w_params)
            self.w_parameters = w_params
        return self.w_parameters

    def sp_repr(self):
        args_w = self.args_w()
        parts = []
        for w_arg in args_w:
            parts.append(type_repr(w_arg))
        if len(args_w) == 0:
            parts.append(u'()')
        text = type_repr(self.w_origin) + u'[' + u', '.join(parts) + u']'
        if self.starred:
            return u'*' + text
        return text

    def sp_hash(self):
        return space.hash_w(self.w_origin) ^ space.hash_w(self.w_args)

    def sp_eq(self, w_other):
        if not isinstance(w_other, W_GenericAlias):
            return -1
        if self.starred != w_other.starred:
            return 0
        if not space.eq_w(self.w_origin, w_other.w_origin):
            return 0
        return 1 if space.eq_w(self.w_args, w_other.w_args) else 0

    def sp_getitem(self, w_index):
        return substitute(self, w_index)

    def sp_binop(self, op, w_other, inplace):
        from fastpy.objspace import uniontype
        if op == space.OP_OR:
            return uniontype.union_or(self, w_other)
        return None

    def sp_rbinop(self, op, w_other):
        from fastpy.objspace import uniontype
        if op == space.OP_OR:
            return uniontype.union_or(w_other, self)
        return None


def _lookup_attr(w_obj, name):
    return space.getattr_or_none(w_obj, name)


def _is_typevar_like(w_arg):
    if isinstance(w_arg, W_TypeObject):
        return False
    w_subst = _lookup_attr(w_arg, '__typing_subst__')
    if w_subst is None:
        return False
    refcount.discard(w_subst)
    return True


def collect_parameters(args_w):
    """CPython's _Py_make_parameters: the type variables of args, each
    once, in order of appearance."""
    result = []
    for w_arg in args_w:
        if isinstance(w_arg, W_TypeObject):
            continue
        if _is_typevar_like(w_arg):
            _add_unique(result, w_arg)
            continue
        w_sub = _lookup_attr(w_arg, '__parameters__')
        if isinstance(w_sub, W_TupleObject):
            for w_p in w_sub.items_w:
                _add_unique(result, w_p)
        refcount.discard(w_sub)
    return result


def _add_unique(result, w_item):
    for w_x in result:
        if w_x is w_item:
            return
    result.append(w_item)


def type_repr(w_obj):
    """_Py_typing_type_repr: `...`, module.qualname for classes
    (builtins' without the module), repr() otherwise."""
    from fastpy.objspace.noneobject import w_Ellipsis
    if w_obj is w_Ellipsis:
        return u'...'
    if isinstance(w_obj, W_GenericAlias) and not w_obj.is_user:
        return w_obj.sp_repr()
    w_origin = _lookup_attr(w_obj, '__origin__')
    if w_origin is not None:
        refcount.discard(w_origin)
        w_args = _lookup_attr(w_obj, '__args__')
        if w_args is not None:
            refcount.discard(w_args)
            return space.repr_u(w_obj)
    w_qual = _lookup_attr(w_obj, '__qualname__')
    if isinstance(w_qual, W_StrObject):
        w_mod = _lookup_attr(w_obj, '__module__')
        if isinstance(w_mod, W_StrObject):
            if w_mod.value == u'builtins':
                return w_qual.value
            return w_mod.value + u'.' + w_qual.value
    return space.repr_u(w_obj)


def substitute(w_alias, w_items):
    """alias[items]: replace its type variables (CPython's
    _Py_subs_parameters, without the ParamSpec/TypeVarTuple forms)."""
    w_params = w_alias.parameters()
    assert isinstance(w_params, W_TupleObject)
    new_args_w = substitute_args(w_alias.sp_repr(), w_params.items_w,
                                 w_alias.args_w(), w_items)
    return W_GenericAlias(w_alias.w_origin, newtuple(new_args_w),
                          w_alias.starred)


def substitute_args(text, params_w, args_w, w_items):
    """The arguments args_w with the type variables params_w replaced by
    w_items (one item, or a tuple of them); `text` is the repr of the
    generic in the error messages.  The results may be temporaries."""
    if len(params_w) == 0:
        raise OperationError(exc.W_BaseException(exc.w_TypeError, [
            space.newtext(str_to_utf8(text) + " is not a generic class")]))
    if isinstance(w_items, W_TupleObject):
        items_w = w_items.items_w
    else:
        items_w = [w_items]
    if len(items_w) != len(params_w):
        raise OperationError(exc.W_BaseException(exc.w_TypeError, [
            space.newtext("Too %s arguments for %s; actual %d, expected %d" %
                          ("many" if len(items_w) > len(params_w) else
                           "few", str_to_utf8(text),
                           len(items_w), len(params_w)))]))
    new_args_w = []
    for w_arg in args_w:
        new_args_w.append(_substitute_arg(w_arg, params_w, items_w))
    return new_args_w


def _substitute_arg(w_arg, params_w, items_w):
    from fastpy.objspace.attribute import _call
    if isinstance(w_arg, W_TypeObject):
        return w_arg
    for i in range(len(params_w)):
        if params_w[i] is w_arg:
            w_subst = space.getattr_w(w_arg, '__typing_subst__')
            refcount.incref(w_subst)
            try:
                return _call(w_subst, [items_w[i]])
            finally:
                refcount.decref(w_subst)
    w_sub = _lookup_attr(w_arg, '__parameters__')
    if isinstance(w_sub, W_TupleObject) and len(w_sub.items_w) > 0:
        subargs_w = []
        for w_p in w_sub.items_w:
            for i in range(len(params_w)):
                if params_w[i] is w_p:
                    subargs_w.append(items_w[i])
        w_key = subargs_w[0] if len(subargs_w) == 1 else newtuple(subargs_w)
        return space.getitem(w_arg, w_key)
    return w_arg


# ---------------------------------------------------------------- methods

@constructor(w_generic_alias_type, 'GenericAlias(origin, args, /)')
def generic_alias_new(w_cls, w_origin, w_args):
    return W_GenericAlias(w_origin, w_args)


def _alias(w_self):
    if not isinstance(w_self, W_GenericAlias):
        raise oefmt(exc.w_TypeError, "descriptor requires a "
                    "'types.GenericAlias' object")
    return w_self


@method(w_generic_alias_type, '__getattribute__(self, name, /)')
def generic_alias_getattribute(w_self, w_name):
    from fastpy.objspace import attribute
    alias = _alias(w_self)
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "attribute name must be string, not "
                    "'%s'" % space.type_name(w_name))
    name = str_to_utf8(w_name.value)
    if name not in OWN_ATTRIBUTES:
        return space.getattr_w(alias.w_origin, name)
    w_value = attribute.generic_getattr(alias, name, alias.gettype())
    if w_value is None:
        raise attribute.attribute_error(alias, name)
    return w_value


getset(w_generic_alias_type, '__origin__', lambda w: _alias(w).w_origin)
getset(w_generic_alias_type, '__args__', lambda w: _alias(w).w_args)
getset(w_generic_alias_type, '__parameters__',
       lambda w: _alias(w).parameters())
getset(w_generic_alias_type, '__unpacked__',
       lambda w: space.newbool(_alias(w).starred))


@method(w_generic_alias_type, '__call__(self, *args, **kwargs)')
def generic_alias_call(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.function import Arguments
    from fastpy.objspace import attribute
    alias = _alias(w_self)
    w_obj = attribute._call_args(alias.w_origin, Arguments(
        args_w, kw_names, kw_values_w))
    refcount.incref(w_obj)
    try:
        attribute.setattr_w(w_obj, '__orig_class__', alias)
    except OperationError as e:
        if not (e.match(exc.w_AttributeError) or e.match(exc.w_TypeError)):
            refcount.decref(w_obj)
            raise
        refcount.discard(e.w_exc)
    refcount.disown(w_obj)
    return w_obj


@method(w_generic_alias_type, '__mro_entries__(self, bases, /)')
def generic_alias_mro_entries(w_self, w_bases):
    return newtuple([_alias(w_self).w_origin])


@method(w_generic_alias_type, '__instancecheck__(self, obj, /)')
def generic_alias_instancecheck(w_self, w_obj):
    raise oefmt(exc.w_TypeError, "isinstance() argument 2 cannot be a "
                "parameterized generic")


@method(w_generic_alias_type, '__subclasscheck__(self, cls, /)')
def generic_alias_subclasscheck(w_self, w_cls):
    raise oefmt(exc.w_TypeError, "issubclass() argument 2 cannot be a "
                "parameterized generic")


@method(w_generic_alias_type, '__reduce__(self, /)')
def generic_alias_reduce(w_self):
    alias = _alias(w_self)
    return newtuple([w_generic_alias_type,
                     newtuple([alias.w_origin, alias.w_args])])


def install_class_getitem(types_w):
    """`__class_getitem__ = classmethod(GenericAlias)` on builtin types."""
    from fastpy.objspace.descriptor import W_ClassMethod
    for w_type in types_w:
        w_type.dict_w['__class_getitem__'] = W_ClassMethod(
            w_generic_alias_type, immortal=True)


def _install_core():
    from fastpy.objspace.slots import publish
    from fastpy.objspace.listobject import w_list_type
    from fastpy.objspace.dictobject import w_dict_type
    from fastpy.objspace.tupleobject import w_tuple_type
    from fastpy.objspace.setobject import w_set_type, w_frozenset_type
    from fastpy.objspace.typeobject import w_type_type
    publish(w_generic_alias_type, ['__repr__', '__hash__', '__eq__', '__ne__',
                                   '__getitem__', '__or__'])
    publish(w_type_type, ['__or__'])
    install_class_getitem([w_list_type, w_dict_type, w_tuple_type,
                           w_set_type, w_frozenset_type, w_type_type])

_install_core()
