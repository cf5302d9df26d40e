"""The special methods of builtin types, published in their type dicts.

`int.__add__`, `list.__len__`, `str.__eq__`, `object.__repr__` are real
builtin functions, found by attribute lookup like any type attribute, so a
user class that subclasses a builtin type inherits them and `super()`
reaches them.  Each wrapper checks that its operands are of the kinds the
builtin handles (returning NotImplemented otherwise, as CPython's slots
do) and then runs the object space's builtin path (`space.*_builtin`),
which never dispatches back to Python-level special methods, so a wrapper
cannot recurse into itself.

Which special methods a type has is declared once per type below (or by
the type's own module with `publish`), and is what `dir(type)` and
`hasattr(type, '__len__')` see.
"""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import interp2app
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.noneobject import w_None, w_NotImplemented
from fastpy.objspace.typeobject import w_object_type, w_type_type
from fastpy.objspace.intobject import w_int_type
from fastpy.objspace.boolobject import w_bool_type
from fastpy.objspace.floatobject import w_float_type
from fastpy.objspace.strobject import w_str_type, newstr
from fastpy.objspace.listobject import w_list_type, W_ListObject
from fastpy.objspace.tupleobject import w_tuple_type, W_TupleObject
from fastpy.objspace.dictobject import w_dict_type, W_DictObject
from fastpy.objspace.rangeobject import w_range_type
from fastpy.objspace.setobject import w_set_type, w_frozenset_type
from fastpy.objspace.complexobject import w_complex_type
from fastpy.objspace.bytearrayobject import w_bytearray_type
from fastpy.objspace.memoryobject import w_memoryview_type
from fastpy.objspace.bytesobject import w_bytes_type, W_BytesObject
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace import protocol

OPS = space.OP_SYMBOLS
NUMBER_OPS = range(len(protocol.BINARY_NAMES))

# Kinds of operands the builtin fast paths combine.
K_NUMBER, K_STR, K_LIST, K_TUPLE, K_DICT, K_BYTES, K_OTHER = range(7)


def kind_of(w_obj):
    if space.is_number(w_obj):
        return K_NUMBER
    if isinstance(w_obj, W_StrObject):
        return K_STR
    if isinstance(w_obj, W_ListObject):
        return K_LIST
    if isinstance(w_obj, W_TupleObject):
        return K_TUPLE
    if isinstance(w_obj, W_DictObject):
        return K_DICT
    if isinstance(w_obj, W_BytesObject):
        return K_BYTES
    return K_OTHER


def binary_applies(op, w_a, w_b):
    """Does the builtin path compute w_a <op> w_b (rather than raise)?"""
    ka = kind_of(w_a)
    kb = kind_of(w_b)
    if ka == K_NUMBER and kb == K_NUMBER:
        return True
    if op == space.OP_ADD:
        return ka == kb and ka != K_DICT and ka != K_OTHER
    if op == space.OP_MUL:
        return ((ka in (K_STR, K_LIST, K_TUPLE, K_BYTES) and
                 space.is_int(w_b)) or
                (kb in (K_STR, K_LIST, K_TUPLE, K_BYTES) and
                 space.is_int(w_a)))
    if op == space.OP_MOD:
        return ka == K_STR or ka == K_BYTES
    return False


def builtin_binary(op, w_a, w_b, ints_only=False):
    """w_a <op> w_b by the builtin path, or NotImplemented.  ints_only:
    int's own slots, which leave mixed int/float operations to float's
    reflected slots (as CPython's long_add does)."""
    if ints_only and not (space.is_int(w_a) and space.is_int(w_b)):
        return w_NotImplemented
    if kind_of(w_a) == K_OTHER and kind_of(w_b) == K_OTHER:
        w_res = w_a.sp_binop(op, w_b, False)
        if w_res is None:
            w_res = w_b.sp_rbinop(op, w_a)
        if w_res is None:
            return w_NotImplemented
        return w_res
    if not binary_applies(op, w_a, w_b):
        return w_NotImplemented
    return space.binary_op_builtin(op, w_a, w_b)


def builtin_compare(op, w_a, w_b, ints_only=False):
    """w_a <op> w_b for the rich comparisons, or NotImplemented."""
    if ints_only and not (space.is_int(w_a) and space.is_int(w_b)):
        return w_NotImplemented
    ka = kind_of(w_a)
    kb = kind_of(w_b)
    if ka == K_OTHER:
        if op == space.CMP_EQ or op == space.CMP_NE:
            r = w_a.sp_eq(w_b)
            if r < 0:
                return w_NotImplemented
            return space.newbool((r == 1) == (op == space.CMP_EQ))
        r = w_a.sp_compare(op, w_b)
        if r < 0:
            return w_NotImplemented
        return space.newbool(r == 1)
    if ka != kb:
        return w_NotImplemented
    if ka == K_DICT and op != space.CMP_EQ and op != space.CMP_NE:
        return w_NotImplemented
    return space.newbool(space.compare_w_builtin(op, w_a, w_b))


def _check_self(w_type, name, w_self):
    from fastpy.interpreter.gateway import qualified_type_name
    if not w_self.gettype().is_subtype(w_type):
        raise oefmt(exc.w_TypeError,
                    "descriptor '%s' requires a '%s' object but received a "
                    "'%s'" % (name, qualified_type_name(w_type),
                              space.type_name(w_self)))


# ---------------------------------------------------------------- factories

def _binary(w_type, op, reflected):
    names = protocol.REFLECTED_NAMES if reflected else protocol.BINARY_NAMES
    name = names[op]

    ints_only = w_type is w_int_type or w_type is w_bool_type

    def impl(w_self, w_other):
        _check_self(w_type, name, w_self)
        if kind_of(w_self) == K_OTHER and kind_of(w_other) != K_OTHER:
            # complex + int, bytearray + bytes: the self type's own path
            if reflected:
                w_res = w_self.sp_rbinop(op, w_other)
            else:
                w_res = w_self.sp_binop(op, w_other, False)
            if w_res is None:
                return w_NotImplemented
            return w_res
        if reflected:
            return builtin_binary(op, w_other, w_self, ints_only)
        return builtin_binary(op, w_self, w_other, ints_only)
    impl.__name__ = 'slot_%s_%s' % (w_type.name, name.strip('_'))
    return name, impl, '%s(self, value, /)' % name


def _inplace(w_type, op):
    name = protocol.INPLACE_NAMES[op]

    def impl(w_self, w_other):
        _check_self(w_type, name, w_self)
        if kind_of(w_self) == K_OTHER:
            # set |=, bytearray +=
            w_res = w_self.sp_binop(op, w_other, True)
            if w_res is None:
                return w_NotImplemented
            return w_res
        return space.binary_op_builtin(op + space.INPLACE, w_self, w_other)
    impl.__name__ = 'slot_%s_%s' % (w_type.name, name.strip('_'))
    return name, impl, '%s(self, value, /)' % name


def _compare(w_type, op):
    name = protocol.COMPARE_NAMES[op]

    ints_only = w_type is w_int_type or w_type is w_bool_type

    def impl(w_self, w_other):
        _check_self(w_type, name, w_self)
        return builtin_compare(op, w_self, w_other, ints_only)
    impl.__name__ = 'slot_%s_%s' % (w_type.name, name.strip('_'))
    return name, impl, '%s(self, value, /)' % name


def _unary(w_type, name, func):
    def impl(w_self):
        _check_self(w_type, name, w_self)
        return func(w_self)
    impl.__name__ = 'slot_%s_%s' % (w_type.name, name.strip('_'))
    return name, impl, '%s(self, /)' % name


def _with_arg(w_type, name, func, nargs=1):
    if nargs == 1:
        def impl(w_self, w_arg):
            _check_self(w_type, name, w_self)
            return func(w_self, w_arg)
        spec = '%s(self, key, /)' % name
    else:
        def impl(w_self, w_arg, w_value):
            _check_self(w_type, name, w_self)
            return func(w_self, w_arg, w_value)
        spec = '%s(self, key, value, /)' % name
    impl.__name__ = 'slot_%s_%s' % (w_type.name, name.strip('_'))
    return name, impl, spec


# ---------------------------------------------------------------- functions

def _repr(w_self):
    return newstr(space.repr_u_builtin(w_self))


def _str(w_self):
    return newstr(space.str_u_builtin(w_self))


def _hash(w_self):
    return space.newint(space.hash_w_builtin(w_self))


def _len(w_self):
    return space.newint(space.len_w_builtin(w_self))


def _bool(w_self):
    return space.newbool(space.is_true_builtin(w_self))


def _iter(w_self):
    return space.get_iter_builtin(w_self)


def _next(w_self):
    w_item = space.next_w_builtin(w_self)
    if w_item is None:
        from fastpy.interpreter.error import OperationError
        raise OperationError(exc.W_BaseException(exc.w_StopIteration, []))
    return w_item


def _contains(w_self, w_item):
    return space.newbool(space.contains_w_builtin(w_self, w_item))


def _getitem(w_self, w_key):
    return space.getitem_builtin(w_self, w_key)


def _setitem(w_self, w_key, w_value):
    space.setitem_builtin(w_self, w_key, w_value)
    return w_None


def _delitem(w_self, w_key):
    space.delitem_builtin(w_self, w_key)
    return w_None


def _neg(w_self):
    return space.unary_neg_builtin(w_self)


def _pos(w_self):
    return space.unary_pos_builtin(w_self)


def _invert(w_self):
    return space.unary_invert_builtin(w_self)


def _abs(w_self):
    return space.abs__builtin(w_self)


def _index(w_self):
    """An exact int with the value of an int (or int subclass)."""
    from fastpy.objspace.intobject import W_IntObject
    from fastpy.objspace.longobject import W_LongObject, newlong
    if isinstance(w_self, W_IntObject):
        return space.newint(w_self.intval)
    if isinstance(w_self, W_LongObject):
        return newlong(w_self.bigval)
    return space.newint(space.int_w_builtin(w_self))


def _float(w_self):
    return space.newfloat(space.float_w_builtin(w_self))


UNARY = {'__repr__': _repr, '__str__': _str, '__hash__': _hash,
         '__len__': _len, '__bool__': _bool, '__iter__': _iter,
         '__next__': _next, '__neg__': _neg, '__pos__': _pos,
         '__invert__': _invert, '__abs__': _abs, '__index__': _index,
         '__int__': _index, '__float__': _float}
WITH_ARG = {'__contains__': _contains, '__getitem__': _getitem,
            '__delitem__': _delitem}
WITH_TWO_ARGS = {'__setitem__': _setitem}


# The docstrings CPython's slot wrappers carry (help(), it.__next__.__doc__)
SLOT_DOCS = {'__iter__': 'Implement iter(self).',
             '__next__': 'Implement next(self).'}


def publish(w_type, names):
    """Put the wrappers for the special methods `names` into w_type's
    dict.  Binary operator names bring their reflected forms where the
    builtin path computes both orders."""
    for name in names:
        if name in UNARY:
            entry = _unary(w_type, name, UNARY[name])
        elif name in WITH_ARG:
            entry = _with_arg(w_type, name, WITH_ARG[name])
        elif name in WITH_TWO_ARGS:
            entry = _with_arg(w_type, name, WITH_TWO_ARGS[name], 2)
        elif name in protocol.BINARY_NAMES:
            entry = _binary(w_type, protocol.BINARY_NAMES.index(name), False)
        elif name in protocol.REFLECTED_NAMES:
            entry = _binary(w_type, protocol.REFLECTED_NAMES.index(name),
                            True)
        elif name in protocol.INPLACE_NAMES:
            entry = _inplace(w_type, protocol.INPLACE_NAMES.index(name))
        elif name in protocol.COMPARE_NAMES:
            entry = _compare(w_type, protocol.COMPARE_NAMES.index(name))
        elif name == '__hash__=None':
            w_type.dict_w['__hash__'] = w_None
            continue
        else:
            raise ValueError('no slot wrapper for %s' % name)
        slot_name, impl, spec = entry
        w_type.dict_w[slot_name] = interp2app(
            spec, impl, display='%s.%s' % (w_type.name, slot_name), nself=1,
            doc=SLOT_DOCS.get(slot_name, None), w_objclass=w_type)


COMPARISONS = list(protocol.COMPARE_NAMES)
INT_OPS = protocol.BINARY_NAMES[:12] + protocol.REFLECTED_NAMES[:12]
FLOAT_OPS = (protocol.BINARY_NAMES[:7] + protocol.REFLECTED_NAMES[:7])

publish(w_int_type, ['__repr__', '__hash__', '__bool__', '__neg__',
                     '__pos__', '__invert__', '__abs__', '__index__',
                     '__int__', '__float__'] + COMPARISONS + INT_OPS)
publish(w_bool_type, ['__repr__', '__and__', '__rand__', '__or__',
                      '__ror__', '__xor__', '__rxor__'])
publish(w_float_type, ['__repr__', '__hash__', '__bool__', '__neg__',
                       '__pos__', '__abs__', '__float__'] + COMPARISONS +
        FLOAT_OPS)
publish(w_str_type, ['__repr__', '__str__', '__hash__', '__len__',
                     '__iter__', '__contains__', '__getitem__', '__add__',
                     '__mul__', '__rmul__', '__mod__'] + COMPARISONS)
publish(w_bytes_type, ['__repr__', '__hash__', '__len__', '__iter__',
                       '__contains__', '__getitem__', '__add__', '__mul__',
                       '__rmul__', '__mod__'] + COMPARISONS)
publish(w_list_type, ['__repr__', '__hash__=None', '__len__', '__iter__',
                      '__contains__', '__getitem__', '__setitem__',
                      '__delitem__', '__add__', '__mul__', '__rmul__',
                      '__iadd__', '__imul__'] + COMPARISONS)
publish(w_tuple_type, ['__repr__', '__hash__', '__len__', '__iter__',
                       '__contains__', '__getitem__', '__add__', '__mul__',
                       '__rmul__'] + COMPARISONS)
publish(w_dict_type, ['__repr__', '__hash__=None', '__len__', '__iter__',
                      '__contains__', '__getitem__', '__setitem__',
                      '__delitem__', '__eq__', '__ne__'])
publish(w_range_type, ['__repr__', '__hash__', '__len__', '__iter__',
                       '__contains__', '__getitem__', '__eq__', '__ne__'])

SET_OPS = ['__or__', '__and__', '__sub__', '__xor__', '__ror__', '__rand__',
           '__rsub__', '__rxor__']
publish(w_set_type, ['__repr__', '__hash__=None', '__len__', '__iter__',
                     '__contains__', '__ior__', '__iand__', '__isub__',
                     '__ixor__'] + COMPARISONS + SET_OPS)
publish(w_frozenset_type, ['__repr__', '__hash__', '__len__', '__iter__',
                           '__contains__'] + COMPARISONS + SET_OPS)
publish(w_complex_type, ['__repr__', '__hash__', '__bool__', '__neg__',
                         '__pos__', '__abs__'] + COMPARISONS +
        protocol.BINARY_NAMES[:4] + ['__pow__'] +
        protocol.REFLECTED_NAMES[:4] + ['__rpow__'])
publish(w_bytearray_type, ['__repr__', '__str__', '__hash__=None', '__len__',
                           '__iter__', '__contains__', '__getitem__',
                           '__setitem__', '__delitem__', '__add__',
                           '__mul__', '__rmul__', '__iadd__', '__imul__',
                           '__mod__'] + COMPARISONS)
publish(w_memoryview_type, ['__repr__', '__hash__', '__len__', '__iter__',
                            '__getitem__', '__setitem__', '__eq__',
                            '__ne__'])


# ---------------------------------------------------------------- object

def object_repr(w_self):
    return newstr(protocol.default_repr(w_self))


def object_str(w_self):
    return newstr(space.repr_u(w_self))


def object_hash(w_self):
    return space.newint(protocol.identity_hash(w_self))


def object_eq(w_self, w_other):
    if w_self is w_other:
        return space.w_True
    return w_NotImplemented


def object_ne(w_self, w_other):
    return protocol.object_ne(w_self, w_other)


def object_order(w_self, w_other):
    """object.__lt__ and the other orderings: never an answer."""
    return w_NotImplemented


for _name, _impl, _spec in [
        ('__repr__', object_repr, '__repr__(self, /)'),
        ('__str__', object_str, '__str__(self, /)'),
        ('__hash__', object_hash, '__hash__(self, /)'),
        ('__eq__', object_eq, '__eq__(self, value, /)'),
        ('__ne__', object_ne, '__ne__(self, value, /)'),
        ('__lt__', object_order, '__lt__(self, value, /)'),
        ('__le__', object_order, '__le__(self, value, /)'),
        ('__gt__', object_order, '__gt__(self, value, /)'),
        ('__ge__', object_order, '__ge__(self, value, /)')]:
    if _name not in w_object_type.dict_w:
        w_object_type.dict_w[_name] = interp2app(
            _spec, _impl, display='object.' + _name, nself=1,
            w_objclass=w_object_type)
