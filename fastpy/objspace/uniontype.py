"""types.UnionType: `int | str | None` (PEP 604), as CPython's
Objects/unionobject.c.

`a | b` where both operands are classes, None, GenericAliases or unions
makes a union of their flattened, de-duplicated arguments (None becomes
NoneType; a single remaining argument is returned as it is).  A union
works with isinstance/issubclass (each argument in turn), compares equal
to a union of the same arguments in any order, and prints as
`int | str | None`.
"""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import newstr
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

w_union_type = W_TypeObject('UnionType', w_object_type)
w_union_type.dict_w['__module__'] = newstr(u'types')


class W_Union(W_Counted):
    _attrs_ = ['w_args', 'w_parameters']

    def __init__(self, w_args):
        self.w_args = w_args
        self.w_parameters = None
        refcount.incref(w_args)

    def gettype(self):
        return w_union_type

    def args_w(self):
        assert isinstance(self.w_args, W_TupleObject)
        return self.w_args.items_w

    def referents(self):
        return [self.w_args, self.w_parameters]

    def release_children(self):
        w_args, w_params = self.w_args, self.w_parameters
        self.w_args = self.w_parameters = None
        refcount.decref(w_args)
        refcount.decref(w_params)

    def sp_repr(self):
        from fastpy.objspace.genericalias import type_repr
        from fastpy.objspace.noneobject import w_None
        parts = []
        for w_arg in self.args_w():
            if w_arg is w_None.gettype():
                parts.append(u'None')
            else:
                parts.append(type_repr(w_arg))
        return u' | '.join(parts)

    def sp_hash(self):
        # hash(frozenset(args)), as typing.Union's
        from fastpy.objspace.setobject import newfrozenset
        # a copy: newfrozenset also takes resizable lists, and RPython
        # gives one function's list argument one kind
        w_set = newfrozenset([w_arg for w_arg in self.args_w()])
        try:
            return space.hash_w(w_set)
        finally:
            refcount.discard(w_set)

    def sp_eq(self, w_other):
        if not isinstance(w_other, W_Union):
            return -1
        a_w = self.args_w()
        b_w = w_other.args_w()
        for w_x in a_w:
            if not _contains(b_w, w_x):
                return 0
        for w_x in b_w:
            if not _contains(a_w, w_x):
                return 0
        return 1

    def sp_getitem(self, w_index):
        return union_getitem(self, w_index)

    def sp_binop(self, op, w_other, inplace):
        if op == space.OP_OR:
            return union_or(self, w_other)
        return None

    def sp_rbinop(self, op, w_other):
        if op == space.OP_OR:
            return union_or(w_other, self)
        return None


def union_getitem(w_union, w_items):
    """(int | list[T])[str]: the type variables substituted in each
    argument, and the results joined with `|` again."""
    from fastpy.objspace.genericalias import substitute_args
    w_params = _parameters(w_union)
    assert isinstance(w_params, W_TupleObject)
    w_args = newtuple(substitute_args(w_union.sp_repr(), w_params.items_w,
                                      w_union.args_w(), w_items))
    refcount.incref(w_args)
    try:
        args_w = w_args.items_w
        w_res = args_w[0]
        for i in range(1, len(args_w)):
            try:
                w_next = space.binary_op(space.OP_OR, w_res, args_w[i])
            except OperationError:
                refcount.discard(w_res)
                raise
            if w_next is not w_res:
                refcount.discard(w_res)
            w_res = w_next
        refcount.incref(w_res)
    finally:
        refcount.decref(w_args)
    refcount.disown(w_res)
    return w_res


def _contains(items_w, w_x):
    for w_y in items_w:
        if w_y is w_x or space.eq_w(w_y, w_x):
            return True
    return False


def is_unionable(w_obj):
    from fastpy.objspace.genericalias import W_GenericAlias
    return (w_obj is space.w_None or isinstance(w_obj, W_TypeObject) or
            isinstance(w_obj, W_GenericAlias) or isinstance(w_obj, W_Union))


def union_or(w_a, w_b):
    """a | b, or None (NotImplemented) when an operand cannot be in a
    union."""
    if not is_unionable(w_a) or not is_unionable(w_b):
        return None
    args_w = []
    _flatten_into(args_w, w_a)
    _flatten_into(args_w, w_b)
    if len(args_w) == 1:
        return args_w[0]
    return W_Union(newtuple(args_w))


def _flatten_into(args_w, w_obj):
    if isinstance(w_obj, W_Union):
        for w_arg in w_obj.args_w():
            _add(args_w, w_arg)
        return
    if w_obj is space.w_None:
        w_obj = space.w_None.gettype()
    _add(args_w, w_obj)


def _add(args_w, w_arg):
    from fastpy.objspace.genericalias import W_GenericAlias
    for w_x in args_w:
        if w_x is w_arg:
            return
        # aliases are compared by value (list[int] | list[int])
        if isinstance(w_x, W_GenericAlias) and \
                isinstance(w_arg, W_GenericAlias) and space.eq_w(w_x, w_arg):
            return
    args_w.append(w_arg)


def _union(w_self):
    if not isinstance(w_self, W_Union):
        raise oefmt(exc.w_TypeError, "descriptor requires a "
                    "'types.UnionType' object")
    return w_self


def _parameters(w_self):
    u = _union(w_self)
    if u.w_parameters is None:
        from fastpy.objspace.genericalias import collect_parameters
        w_params = newtuple(collect_parameters(u.args_w()))
        refcount.incref(w_params)
        u.w_parameters = w_params
    return u.w_parameters


getset(w_union_type, '__args__', lambda w: _union(w).w_args)
getset(w_union_type, '__parameters__', _parameters)


@method(w_union_type, '__instancecheck__(self, instance, /)')
def union_instancecheck(w_self, w_obj):
    from fastpy.objspace.typemethods import isinstance_w
    for w_arg in _union(w_self).args_w():
        if not isinstance(w_arg, W_TypeObject):
            raise oefmt(exc.w_TypeError, "isinstance() argument 2 cannot "
                        "contain a parameterized generic")
    for w_arg in _union(w_self).args_w():
        if isinstance_w(w_obj, w_arg):
            return space.w_True
    return space.w_False


@method(w_union_type, '__subclasscheck__(self, cls, /)')
def union_subclasscheck(w_self, w_cls):
    from fastpy.objspace.typemethods import issubclass_w
    for w_arg in _union(w_self).args_w():
        if not isinstance(w_arg, W_TypeObject):
            raise oefmt(exc.w_TypeError, "issubclass() argument 2 cannot "
                        "contain a parameterized generic")
    for w_arg in _union(w_self).args_w():
        if issubclass_w(w_cls, w_arg):
            return space.w_True
    return space.w_False


def _install():
    from fastpy.objspace.slots import publish
    publish(w_union_type, ['__repr__', '__hash__', '__eq__', '__ne__',
                           '__or__'])

_install()
