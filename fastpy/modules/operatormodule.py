"""The _operator module (what Lib/operator.py imports with
`from _operator import *`): the operators as functions, and the callable
types itemgetter, attrgetter, methodcaller (`operator.itemgetter` in
reprs, as in CPython).

The functions run the object space's generic operations, the same ones
the interpreter's instructions run, so results and messages are those of
the corresponding expressions.  Their messages name `_operator.f` where
CPython's do (METH_O functions, keywords given)."""

from rpython.rlib import jit

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import interp2app, method
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import module_type, check_positional
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.boolobject import W_BoolObject
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.noneobject import w_NotImplemented

module = ModuleDef('_operator', """Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.""")


def op_function(spec, doc=None):
    """A module function whose messages say `_operator.name`."""
    def decorate(impl):
        name = spec.split('(', 1)[0].strip()
        w_func = interp2app(spec, impl, display='_operator.' + name,
                            doc=doc)
        w_func.module_name = '_operator'
        module.add_function(w_func)
        impl.w_func = w_func
        return impl
    return decorate


# ---------------------------------------------------------------- operators

def _make_binary(name, op):
    def impl(w_a, w_b):
        return space.binary_op(op, w_a, w_b)
    impl.__name__ = 'operator_' + name
    op_function('%s(a, b, /)' % name)(impl)

for _name, _op in [('add', space.OP_ADD), ('sub', space.OP_SUB),
                   ('mul', space.OP_MUL), ('truediv', space.OP_TRUEDIV),
                   ('floordiv', space.OP_FLOORDIV), ('mod', space.OP_MOD),
                   ('pow', space.OP_POW), ('lshift', space.OP_LSHIFT),
                   ('rshift', space.OP_RSHIFT), ('and_', space.OP_AND),
                   ('or_', space.OP_OR), ('xor', space.OP_XOR),
                   ('matmul', space.OP_MATMUL)]:
    _make_binary(_name, _op)
    _make_binary('i' + _name.rstrip('_'), _op + space.INPLACE)


def _make_compare(name, op):
    def impl(w_a, w_b):
        return space.compare(op, w_a, w_b)
    impl.__name__ = 'operator_' + name
    op_function('%s(a, b, /)' % name)(impl)

for _name, _op in [('lt', space.CMP_LT), ('le', space.CMP_LE),
                   ('eq', space.CMP_EQ), ('ne', space.CMP_NE),
                   ('gt', space.CMP_GT), ('ge', space.CMP_GE)]:
    _make_compare(_name, _op)


@op_function('is_(a, b, /)')
def operator_is(w_a, w_b):
    return space.newbool(w_a is w_b)


@op_function('is_not(a, b, /)')
def operator_is_not(w_a, w_b):
    return space.newbool(w_a is not w_b)


@op_function('not_(a, /)')
def operator_not(w_a):
    return space.newbool(not space.is_true(w_a))


@op_function('truth(a, /)')
def operator_truth(w_a):
    return space.newbool(space.is_true(w_a))


@op_function('neg(a, /)')
def operator_neg(w_a):
    return space.unary_neg(w_a)


@op_function('pos(a, /)')
def operator_pos(w_a):
    return space.unary_pos(w_a)


@op_function('inv(a, /)')
def operator_inv(w_a):
    return space.unary_invert(w_a)


@op_function('invert(a, /)')
def operator_invert(w_a):
    return space.unary_invert(w_a)


@op_function('abs(a, /)')
def operator_abs(w_a):
    return space.abs_(w_a)


@op_function('index(a, /)')
def operator_index(w_a):
    return index_w(w_a)


def index_w(w_a):
    """PyNumber_Index: an exact int."""
    if not w_a.is_user and not isinstance(w_a, W_BoolObject):
        if isinstance(w_a, W_IntObject) or isinstance(w_a, W_LongObject):
            return w_a
    w_res = None
    if w_a.is_user:
        from fastpy.objspace import protocol
        w_res = protocol.index(w_a)
    elif isinstance(w_a, W_BoolObject):
        w_res = w_a
    if w_res is None:
        raise oefmt(exc.w_TypeError,
                    "'%s' object cannot be interpreted as an integer" %
                    space.type_name(w_a))
    if isinstance(w_res, W_IntObject):
        return newint(w_res.intval)
    assert isinstance(w_res, W_LongObject)
    return newlong(w_res.bigval)


# ---------------------------------------------------------------- sequences

@op_function('getitem(a, b, /)')
def operator_getitem(w_a, w_b):
    return space.getitem(w_a, w_b)


@op_function('setitem(a, b, c, /)')
def operator_setitem(w_a, w_b, w_c):
    space.setitem(w_a, w_b, w_c)
    return space.w_None


@op_function('delitem(a, b, /)')
def operator_delitem(w_a, w_b):
    space.delitem(w_a, w_b)
    return space.w_None


@op_function('contains(a, b, /)')
def operator_contains(w_a, w_b):
    return space.newbool(space.contains_w(w_a, w_b))


def _search(w_seq, w_obj, index_mode):
    """CPython's _PySequence_IterSearch: the count of items equal to
    w_obj, or the index of the first (-1 if none)."""
    try:
        w_it = space.get_iter(w_seq)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError, "argument of type '%s' is not iterable"
                    % space.type_name(w_seq))
    refcount.incref(w_it)
    n = 0
    try:
        while True:
            w_item = space.next_w(w_it)
            if w_item is None:
                break
            refcount.incref(w_item)
            try:
                found = w_item is w_obj or space.eq_w(w_item, w_obj)
            finally:
                refcount.decref(w_item)
            if found:
                if index_mode:
                    return n
            if found or index_mode:
                n += 1
    finally:
        refcount.decref(w_it)
    if index_mode:
        return -1
    return n


@op_function('countOf(a, b, /)')
def operator_countOf(w_a, w_b):
    return newint(_search(w_a, w_b, False))


@op_function('indexOf(a, b, /)')
def operator_indexOf(w_a, w_b):
    i = _search(w_a, w_b, True)
    if i < 0:
        raise oefmt(exc.w_ValueError,
                    "sequence.index(x): x not in sequence")
    return newint(i)


def _is_builtin_seq(w_obj):
    from fastpy.objspace.listobject import W_ListObject
    from fastpy.objspace.bytesobject import W_BytesObject
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    return (isinstance(w_obj, W_ListObject) or
            isinstance(w_obj, W_TupleObject) or
            isinstance(w_obj, W_StrObject) or
            isinstance(w_obj, W_BytesObject) or
            isinstance(w_obj, W_BytearrayObject))


def _sequence_check(w_obj):
    """PySequence_Check: __getitem__ and not a dict."""
    from fastpy.objspace.dictobject import w_dict_type
    w_type = w_obj.gettype()
    if w_type.is_subtype(w_dict_type):
        return False
    return w_type.lookup('__getitem__') is not None


def _concat(w_a, w_b, inplace):
    from fastpy.objspace.listobject import W_ListObject
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    if _is_builtin_seq(w_a):
        op = space.OP_ADD
        if inplace and (isinstance(w_a, W_ListObject) or
                        isinstance(w_a, W_BytearrayObject)):
            op += space.INPLACE
        return space.binary_op_builtin(op, w_a, w_b)
    if _sequence_check(w_a) and _sequence_check(w_b):
        from fastpy.objspace import protocol
        if inplace:
            w_res = protocol.inplace_op(space.OP_ADD, w_a, w_b)
        else:
            w_res = protocol.binary_op(space.OP_ADD, w_a, w_b)
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    raise oefmt(exc.w_TypeError, "'%s' object can't be concatenated" %
                space.type_name(w_a))


@op_function('concat(a, b, /)')
def operator_concat(w_a, w_b):
    return _concat(w_a, w_b, False)


@op_function('iconcat(a, b, /)')
def operator_iconcat(w_a, w_b):
    return _concat(w_a, w_b, True)


@op_function('length_hint(obj, default=0, /)')
def operator_length_hint(w_obj, w_default):
    if not space.is_int(w_default):
        raise oefmt(exc.w_TypeError,
                    "'%s' object cannot be interpreted as an integer" %
                    space.type_name(w_default))
    default = space.int_w(w_default)
    return newint(length_hint(w_obj, default))


def length_hint(w_obj, default):
    """PyObject_LengthHint."""
    from fastpy.objspace import iterhint
    left = iterhint.remaining(w_obj)
    if left >= 0:
        return left
    w_type = w_obj.gettype()
    if w_type.lookup('__len__') is not None or w_obj.sp_len() >= 0:
        try:
            return space.len_w(w_obj)
        except OperationError as e:
            if not e.match(exc.w_TypeError):
                raise
            refcount.discard(e.w_exc)
    w_hint = w_type.lookup('__length_hint__')
    if w_hint is None:
        return default
    from fastpy.objspace import protocol
    try:
        w_res = protocol.call_descr(w_hint, w_obj, [])
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        return default
    if w_res is w_NotImplemented:
        return default
    if not space.is_int(w_res):
        name = space.type_name(w_res)
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError,
                    "__length_hint__ must be an integer, not %s" % name)
    res = space.int_w(w_res)
    if res < 0:
        raise oefmt(exc.w_ValueError, "__length_hint__() should return >= 0")
    return res


@op_function('call(*args, **kwargs)')
def operator_call(args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    check_positional('call', len(args_w), 1, len(args_w) + 2)
    return call_function(args_w[0], Arguments(args_w[1:], kw_names,
                                              kw_values_w))


# ---------------------------------------------------------------- itemgetter

w_itemgetter_type = module_type('itemgetter', 'operator')
w_attrgetter_type = module_type('attrgetter', 'operator')
w_methodcaller_type = module_type('methodcaller', 'operator')


def _no_kw(name, kw_names):
    if kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError, "%s() takes no keyword arguments" %
                    name)


class W_ItemGetter(W_Counted):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w[*]']

    def __init__(self, items_w):
        self.items_w = items_w
        for w_item in items_w:
            refcount.incref(w_item)

    def gettype(self):
        return w_itemgetter_type

    def referents(self):
        return list(self.items_w)

    def release_children(self):
        for w_item in self.items_w:
            refcount.decref(w_item)

    def sp_repr(self):
        name = u'operator.itemgetter'
        if len(self.items_w) == 1:
            return name + u'(' + space.repr_u(self.items_w[0]) + u')'
        return name + _repr_tuple(W_TupleObject(self.items_w[:]))


def _repr_tuple(w_tuple):
    refcount.incref(w_tuple)
    try:
        return space.repr_u(w_tuple)
    finally:
        refcount.decref(w_tuple)


def _itemgetter_new(args):
    from fastpy.interpreter.function import Arguments
    assert isinstance(args, Arguments)
    _no_kw('itemgetter', args.kw_names)
    n = len(args.args_w)
    if n <= 1:
        check_positional('itemgetter', n, 1, 1)
    return W_ItemGetter(args.args_w[:])


@method(w_itemgetter_type, '__call__(self, *args, **kwargs)', W_ItemGetter)
def itemgetter_call(w_self, args_w, kw_names, kw_values_w):
    _no_kw('itemgetter', kw_names)
    check_positional('itemgetter', len(args_w), 1, 1)
    w_obj = args_w[0]
    items_w = w_self.items_w
    if len(items_w) == 1:
        return space.getitem(w_obj, items_w[0])
    return _get_items(w_obj, items_w)


# The getters' loops run over their own immutable lists, constants in a
# trace: unrolled, so calling a getter is inlined rather than a call.

@jit.unroll_safe
def _get_items(w_obj, items_w):
    n = len(items_w)
    results_w = [None] * n      # of the constant length: the tuple inlines
    got = 0
    try:
        while got < n:
            w_res = space.getitem(w_obj, items_w[got])
            refcount.incref(w_res)
            results_w[got] = w_res
            got += 1
        w_result = W_TupleObject(results_w)
    finally:
        _drop_results(results_w, got)
    return w_result


@jit.unroll_safe
def _drop_results(results_w, got):
    """The getters' own references to the first `got` results go."""
    for i in range(got):
        refcount.decref(results_w[i])


# ---------------------------------------------------------------- attrgetter

class W_AttrGetter(W_Counted):
    """Names as utf-8 strings, each split at dots."""
    _attrs_ = ['names', 'parts']
    _immutable_fields_ = ['names[*]', 'parts[*]']

    def __init__(self, names, parts):
        self.names = names
        self.parts = parts

    def gettype(self):
        return w_attrgetter_type

    def sp_repr(self):
        n = len(self.names)
        items_w = [None] * n
        for i in range(n):
            items_w[i] = newstr(self.names[i].decode('utf-8'))
        name = u'operator.attrgetter'
        if n == 1:
            return name + u'(' + space.repr_u(items_w[0]) + u')'
        return name + _repr_tuple(W_TupleObject(items_w))


class DottedName(object):
    _immutable_fields_ = ['parts[*]']

    def __init__(self, parts):
        self.parts = parts


def _attrgetter_new(args):
    from fastpy.interpreter.function import Arguments
    assert isinstance(args, Arguments)
    _no_kw('attrgetter', args.kw_names)
    n = len(args.args_w)
    if n <= 1:
        check_positional('attrgetter', n, 1, 1)
    names = []
    parts = []
    for w_name in args.args_w:
        if not isinstance(w_name, W_StrObject):
            raise oefmt(exc.w_TypeError, "attribute name must be a string")
        s = w_name.value.encode('utf-8')
        names.append(s)
        parts.append(DottedName(s.split('.')))
    return W_AttrGetter(names[:], parts[:])


@jit.unroll_safe
def _dotted_getattr(w_obj, dotted):
    """w_obj.a.b.c: each intermediate held until the next is taken."""
    w_cur = w_obj
    refcount.incref(w_cur)
    try:
        for part in dotted.parts:
            w_next = space.getattr_w(w_cur, part)
            refcount.incref(w_next)
            w_old = w_cur
            w_cur = w_next
            refcount.decref(w_old)
    except OperationError:
        refcount.decref(w_cur)
        raise
    refcount.disown(w_cur)
    return w_cur


@method(w_attrgetter_type, '__call__(self, *args, **kwargs)', W_AttrGetter)
def attrgetter_call(w_self, args_w, kw_names, kw_values_w):
    _no_kw('attrgetter', kw_names)
    check_positional('attrgetter', len(args_w), 1, 1)
    w_obj = args_w[0]
    parts = w_self.parts
    if len(parts) == 1:
        return _dotted_getattr(w_obj, parts[0])
    return _get_attrs(w_obj, parts)


@jit.unroll_safe
def _get_attrs(w_obj, parts):
    n = len(parts)
    results_w = [None] * n
    got = 0
    try:
        while got < n:
            w_res = _dotted_getattr(w_obj, parts[got])
            refcount.incref(w_res)
            results_w[got] = w_res
            got += 1
        w_result = W_TupleObject(results_w)
    finally:
        _drop_results(results_w, got)
    return w_result


# ---------------------------------------------------------------- methodcaller

class W_MethodCaller(W_Counted):
    _attrs_ = ['name', 'w_name', 'args_w', 'kw_names', 'kw_values_w']
    _immutable_fields_ = ['name', 'w_name', 'args_w[*]', 'kw_names[*]',
                          'kw_values_w[*]']

    def __init__(self, name, w_name, args_w, kw_names, kw_values_w):
        self.name = name
        self.w_name = w_name
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w
        for w_arg in args_w:
            refcount.incref(w_arg)
        for w_arg in kw_values_w:
            refcount.incref(w_arg)

    def gettype(self):
        return w_methodcaller_type

    def referents(self):
        return list(self.args_w) + list(self.kw_values_w)

    def release_children(self):
        for w_arg in self.args_w:
            refcount.decref(w_arg)
        for w_arg in self.kw_values_w:
            refcount.decref(w_arg)

    def sp_repr(self):
        parts = [space.repr_u(self.w_name)]
        for w_arg in self.args_w:
            parts.append(space.repr_u(w_arg))
        for i in range(len(self.kw_names)):
            parts.append(self.kw_names[i].decode('utf-8') + u'=' +
                         space.repr_u(self.kw_values_w[i]))
        return u'operator.methodcaller(' + u', '.join(parts) + u')'


def _methodcaller_new(args):
    from fastpy.interpreter.function import Arguments
    assert isinstance(args, Arguments)
    if len(args.args_w) < 1:
        raise oefmt(exc.w_TypeError, "methodcaller needs at least one "
                    "argument, the method name")
    w_name = args.args_w[0]
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError, "method name must be a string")
    kw_names = [n for n in args.kw_names]
    kw_values_w = [w for w in args.kw_values_w]
    return W_MethodCaller(w_name.value.encode('utf-8'), w_name,
                          args.args_w[1:], kw_names[:], kw_values_w[:])


@method(w_methodcaller_type, '__call__(self, *args, **kwargs)',
        W_MethodCaller)
def methodcaller_call(w_self, args_w, kw_names, kw_values_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    _no_kw('methodcaller', kw_names)
    check_positional('methodcaller', len(args_w), 1, 1)
    w_meth = space.getattr_w(args_w[0], w_self.name)
    refcount.incref(w_meth)
    try:
        return call_function(w_meth, Arguments(list(w_self.args_w),
                                               list(w_self.kw_names),
                                               list(w_self.kw_values_w)))
    finally:
        refcount.decref(w_meth)


def _install_constructors():
    from fastpy.interpreter.gateway import make_builtin
    from fastpy.objspace.slots import publish
    for w_type, impl in [(w_itemgetter_type, _itemgetter_new),
                         (w_attrgetter_type, _attrgetter_new),
                         (w_methodcaller_type, _methodcaller_new)]:
        w_type.constructor = make_builtin(w_type.name, impl, 0, -1,
                                          allow_kw=True)
        publish(w_type, ['__repr__'])

_install_constructors()


@module.initializer
def init_operator(w_dict):
    for w_type in [w_itemgetter_type, w_attrgetter_type,
                   w_methodcaller_type]:
        w_dict.setitem_str(w_type.name, w_type)


# ---------------------------------------------------------------- pickling
# CPython's __reduce__ of the three: the constructor and its arguments.

def _new_tuple(items_w):
    from fastpy.objspace.tupleobject import newtuple
    return newtuple(items_w)


@method(w_itemgetter_type, '__reduce__(self, /)', W_ItemGetter)
def itemgetter_reduce(w_self):
    return _new_tuple([w_itemgetter_type, _new_tuple(list(w_self.items_w))])


@method(w_attrgetter_type, '__reduce__(self, /)', W_AttrGetter)
def attrgetter_reduce(w_self):
    names_w = [newstr(name.decode('utf-8')) for name in w_self.names]
    return _new_tuple([w_attrgetter_type, _new_tuple(names_w)])


@method(w_methodcaller_type, '__reduce__(self, /)', W_MethodCaller)
def methodcaller_reduce(w_self):
    if len(w_self.kw_names) == 0:
        return _new_tuple([w_methodcaller_type,
                           _new_tuple([w_self.w_name] + list(w_self.args_w))])
    # The keywords go into functools.partial(methodcaller, name, **kw).
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    from fastpy.modules.functoolsmodule import w_partial_type
    w_ctor = call_function(w_partial_type, Arguments(
        [w_methodcaller_type, w_self.w_name], list(w_self.kw_names),
        list(w_self.kw_values_w)))
    return _new_tuple([w_ctor, _new_tuple(list(w_self.args_w))])


# ---------------------------------------------------------------- hmac

def _digest_bytes(w_obj):
    from fastpy.objspace.bytesmethods import buffer_or_none
    s = buffer_or_none(w_obj)
    if s is None:
        raise oefmt(exc.w_TypeError, "a bytes-like object is required, not "
                    "'%s'" % space.type_name(w_obj))
    return s


def _same_digest(a, b):
    """a == b, in a time that depends on the lengths only (every byte of
    b is read whether or not an earlier one differed)."""
    differ = 0 if len(a) == len(b) else 1
    if differ:
        a = b
    for i in range(len(b)):
        differ |= ord(a[i]) ^ ord(b[i])
    return differ == 0


@module.function('_compare_digest(a, b, /)', doc="""Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values.""")
def operator_compare_digest(w_a, w_b):
    from fastpy.objspace.boolobject import newbool
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        for u in [w_a.value, w_b.value]:
            for ch in u:
                if ord(ch) >= 128:
                    raise oefmt(exc.w_TypeError, "comparing strings with "
                                "non-ASCII characters is not supported")
        return newbool(_same_digest(space.str_to_utf8(w_a.value),
                                    space.str_to_utf8(w_b.value)))
    from fastpy.objspace.bytesmethods import buffer_or_none
    if buffer_or_none(w_a) is None and buffer_or_none(w_b) is None:
        raise oefmt(exc.w_TypeError, "unsupported operand types(s) or "
                    "combination of types: '%s' and '%s'" %
                    (space.type_name(w_a), space.type_name(w_b)))
    a = _digest_bytes(w_a)
    b = _digest_bytes(w_b)
    return newbool(_same_digest(a, b))
