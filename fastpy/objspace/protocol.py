"""The data model: CPython's generic algorithms for operators and special
methods, driven by lookups in type dicts.

space.py handles exact builtin types on fast paths and comes here when an
operand is an instance of a Python class (`is_user`, a class-level
constant) or of a builtin type it has no fast path for.  The rules are
CPython's (Objects/abstract.c, Objects/object.c, typeobject.c's slot
functions): reflected operands and the subclass-first rule, in-place
operators falling back to binary ones, rich comparisons with
NotImplemented and reflection, __bool__ then __len__, __hash__ = None,
__contains__ falling back to iteration, __iter__ falling back to
__getitem__.

Special methods are looked up on the type, never on the instance, and the
lookup is elidable on the type's version (typeobject.py), so in a trace
calling `a + b` on instances of a Python class is a guard on the class
and a direct call of its `__add__`.

Results of calls are temporaries (refcount.py): a result that is only
inspected (a __bool__ result, a __len__ result) is discarded after use.
"""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import intmask

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import nesting
from fastpy.objspace.noneobject import w_None, w_NotImplemented
from fastpy.objspace.typeobject import W_TypeObject, w_object_type


# Binary operators, indexed like space.OP_*.
BINARY_NAMES = ['__add__', '__sub__', '__mul__', '__truediv__',
                '__floordiv__', '__mod__', '__pow__', '__lshift__',
                '__rshift__', '__and__', '__or__', '__xor__', '__matmul__']
REFLECTED_NAMES = ['__r' + n[2:] for n in BINARY_NAMES]
INPLACE_NAMES = ['__i' + n[2:] for n in BINARY_NAMES]
# Rich comparisons, indexed like space.CMP_LT..CMP_GE.
COMPARE_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
SWAPPED_COMPARE = [4, 5, 2, 3, 0, 1]


def type_of(w_obj):
    return jit.promote(w_obj.gettype())


def lookup(w_obj, name):
    """The special method `name` of w_obj's type, or None."""
    return type_of(w_obj).lookup(name)


# ---------------------------------------------------------------- calling

def bind(w_descr, w_obj):
    """What `type(obj).name` looked up on the type gives when read through
    the instance: functions bind, static methods unwrap, objects with a
    __get__ are asked."""
    from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                             W_BoundMethod)
    from fastpy.objspace.descriptor import W_StaticMethod, W_ClassMethod
    if isinstance(w_descr, W_Function) or \
            isinstance(w_descr, W_BuiltinFunction):
        return W_BoundMethod(w_obj, w_descr)
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        return bind_classmethod(w_descr.w_func, w_obj.gettype())
    w_get = lookup(w_descr, '__get__')
    if w_get is None:
        return w_descr
    return call_descr(w_get, w_descr, [w_obj, w_obj.gettype()])


def bind_classmethod(w_func, w_type):
    """classmethod(w_func) read through the class w_type: a method bound
    to the class, or, when w_func is itself a descriptor (a property, a
    staticmethod), what its __get__(w_type, w_type) gives (CPython
    3.11's classmethod chaining)."""
    from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                             W_BoundMethod)
    if not (isinstance(w_func, W_Function) or
            isinstance(w_func, W_BuiltinFunction) or
            isinstance(w_func, W_BoundMethod)):
        w_get = lookup(w_func, '__get__')
        if w_get is not None:
            return call_descr(w_get, w_func, [w_type, w_type])
    return W_BoundMethod(w_type, w_func)


def as_subclass(w_cls, w_base, w_value):
    """The result of an alternate constructor of the builtin type w_base
    (int.from_bytes, float.fromhex, bytes.fromhex) called on w_cls: as
    in CPython, a subclass gets w_cls(value).  w_value is a temporary."""
    if w_cls is w_base:
        return w_value
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    try:
        return call_function(w_cls, Arguments([w_value]))
    finally:
        refcount.discard(w_value)


@jit.unroll_safe
def call_descr(w_descr, w_obj, args_w):
    """Call the special method w_descr (found on type(w_obj)) with w_obj
    as self.  The arguments are borrowed; the result is a temporary."""
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                             Arguments)
    if isinstance(w_descr, W_Function) or \
            isinstance(w_descr, W_BuiltinFunction):
        all_w = [None] * (len(args_w) + 1)
        all_w[0] = w_obj
        for i in range(len(args_w)):
            all_w[i + 1] = args_w[i]
        return call_function(w_descr, Arguments(all_w))
    w_bound = bind(w_descr, w_obj)
    refcount.incref(w_bound)
    try:
        return call_function(w_bound, Arguments(args_w))
    finally:
        refcount.decref(w_bound)


def call_special(w_obj, name, args_w):
    """type(w_obj).name(w_obj, *args_w), or None when the type has no
    such method."""
    w_descr = lookup(w_obj, name)
    if w_descr is None:
        return None
    return call_descr(w_descr, w_obj, args_w)


def _is_notimpl(w_result):
    return w_result is None or w_result is w_NotImplemented


def _type_name(w_obj):
    return w_obj.gettype().name


# ---------------------------------------------------------------- operators

def binary_op(op, w_a, w_b):
    """w_a <op> w_b by CPython's binary_op1 rules, or None when neither
    operand supports it (the caller raises the TypeError)."""
    name = BINARY_NAMES[op]
    rname = REFLECTED_NAMES[op]
    w_ta = type_of(w_a)
    w_tb = type_of(w_b)
    w_slot_a = w_ta.lookup(name)
    w_slot_b = None
    if w_tb is not w_ta:
        w_slot_b = w_tb.lookup(rname)
        if w_slot_b is not None and w_slot_b is w_ta.lookup(rname):
            w_slot_b = None     # the same implementation: try it once
    if w_slot_b is not None and w_tb.is_subtype(w_ta):
        w_res = call_descr(w_slot_b, w_b, [w_a])
        if not _is_notimpl(w_res):
            return w_res
        w_slot_b = None
    if w_slot_a is not None:
        w_res = call_descr(w_slot_a, w_a, [w_b])
        if not _is_notimpl(w_res):
            return w_res
    if w_slot_b is not None:
        w_res = call_descr(w_slot_b, w_b, [w_a])
        if not _is_notimpl(w_res):
            return w_res
    return None


def inplace_op(op, w_a, w_b):
    """w_a <op>= w_b: __iop__ first, then the binary operator."""
    w_slot = lookup(w_a, INPLACE_NAMES[op])
    if w_slot is not None:
        w_res = call_descr(w_slot, w_a, [w_b])
        if not _is_notimpl(w_res):
            return w_res
    return binary_op(op, w_a, w_b)


def unary_op(name, symbol, w_obj):
    w_res = call_special(w_obj, name, [])
    if w_res is None:
        raise oefmt(exc.w_TypeError, "bad operand type for %s: '%s'" %
                    (symbol, _type_name(w_obj)))
    return w_res


def rich_compare(op, w_a, w_b):
    """CPython's do_richcompare; returns an object (not always a bool)."""
    from fastpy.objspace.space import (CMP_EQ as sp_CMP_EQ,
        CMP_NE as sp_CMP_NE,
        CMP_SYMBOLS as sp_CMP_SYMBOLS,
        newbool as sp_newbool)
    name = COMPARE_NAMES[op]
    rname = COMPARE_NAMES[SWAPPED_COMPARE[op]]
    w_ta = type_of(w_a)
    w_tb = type_of(w_b)
    checked_reverse = False
    if w_ta is not w_tb and w_tb.is_subtype(w_ta):
        w_slot = w_tb.lookup(rname)
        if w_slot is not None:
            checked_reverse = True
            w_res = call_descr(w_slot, w_b, [w_a])
            if not _is_notimpl(w_res):
                return w_res
    w_slot = w_ta.lookup(name)
    if w_slot is not None:
        w_res = call_descr(w_slot, w_a, [w_b])
        if not _is_notimpl(w_res):
            return w_res
    if not checked_reverse:
        w_slot = w_tb.lookup(rname)
        if w_slot is not None:
            w_res = call_descr(w_slot, w_b, [w_a])
            if not _is_notimpl(w_res):
                return w_res
    if op == sp_CMP_EQ:
        return sp_newbool(w_a is w_b)
    if op == sp_CMP_NE:
        return sp_newbool(w_a is not w_b)
    raise oefmt(exc.w_TypeError,
                "'%s' not supported between instances of '%s' and '%s'" %
                (sp_CMP_SYMBOLS[op], w_ta.name, w_tb.name))


def object_ne(w_self, w_other):
    """object.__ne__: the inverse of __eq__ unless that is
    NotImplemented."""
    from fastpy.objspace.space import (is_true as sp_is_true,
        newbool as sp_newbool)
    w_res = call_special(w_self, '__eq__', [w_other])
    if _is_notimpl(w_res):
        return w_NotImplemented
    flag = sp_is_true(w_res)
    refcount.discard(w_res)
    return sp_newbool(not flag)


# ---------------------------------------------------------------- truth, len

def is_true(w_obj):
    from fastpy.objspace.boolobject import W_BoolObject
    w_res = call_special(w_obj, '__bool__', [])
    if w_res is not None:
        if not isinstance(w_res, W_BoolObject):
            raise oefmt(exc.w_TypeError,
                        "__bool__ should return bool, returned %s" %
                        _type_name(w_res))
        return w_res.intval != 0
    if lookup(w_obj, '__len__') is not None:
        return len_w(w_obj) != 0
    return True


def len_w(w_obj):
    w_res = call_special(w_obj, '__len__', [])
    if w_res is None:
        raise oefmt(exc.w_TypeError, "object of type '%s' has no len()" %
                    _type_name(w_obj))
    try:
        n = index_of_result(w_res)
    finally:
        refcount.discard(w_res)
    if n < 0:
        raise oefmt(exc.w_ValueError, "__len__() should return >= 0")
    return n


def index_of_result(w_res):
    """An RPython int from what __len__/__index__ returned."""
    from fastpy.objspace.space import (int_w as sp_int_w,
        is_int as sp_is_int)
    from fastpy.objspace.longobject import W_LongObject
    if sp_is_int(w_res):
        if isinstance(w_res, W_LongObject):
            raise oefmt(exc.w_OverflowError,
                        "cannot fit 'int' into an index-sized integer")
        return sp_int_w(w_res)
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                _type_name(w_res))


def index(w_obj):
    """operator.index(w_obj) as an int object, or None if the type has no
    __index__."""
    from fastpy.objspace.space import (is_int as sp_is_int)
    w_res = call_special(w_obj, '__index__', [])
    if w_res is None:
        return None
    if not sp_is_int(w_res):
        name = _type_name(w_res)
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError,
                    "__index__ returned non-int (type %s)" % name)
    return w_res


# ---------------------------------------------------------------- hashing

def hash_w(w_obj):
    from fastpy.objspace.space import (int_w as sp_int_w,
        is_int as sp_is_int)
    from fastpy.objspace.longobject import W_LongObject
    w_descr = lookup(w_obj, '__hash__')
    if w_descr is w_None:
        raise oefmt(exc.w_TypeError, "unhashable type: '%s'" %
                    _type_name(w_obj))
    if w_descr is None:
        return identity_hash(w_obj)
    w_res = call_descr(w_descr, w_obj, [])
    if not sp_is_int(w_res):
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError,
                    "__hash__ method should return an integer")
    if isinstance(w_res, W_LongObject):
        from fastpy.objspace.numhash import hash_bigint
        h = hash_bigint(w_res.bigval)
    else:
        h = sp_int_w(w_res)
    if h == -1:
        h = -2
    return h


def identity_hash(w_obj):
    from rpython.rlib.objectmodel import compute_identity_hash
    return compute_identity_hash(w_obj)


# ---------------------------------------------------------------- containers

def contains(w_container, w_item):
    from fastpy.objspace.space import (eq_w as sp_eq_w,
        is_true as sp_is_true,
        next_w as sp_next_w)
    w_res = call_special(w_container, '__contains__', [w_item])
    if w_res is not None:
        flag = sp_is_true(w_res)
        refcount.discard(w_res)
        return flag
    w_iter = get_iter_or_none(w_container)
    if w_iter is None:
        raise oefmt(exc.w_TypeError, "argument of type '%s' is not iterable"
                    % _type_name(w_container))
    refcount.incref(w_iter)
    try:
        while True:
            w_x = sp_next_w(w_iter)
            if w_x is None:
                return False
            refcount.incref(w_x)
            try:
                if w_x is w_item or sp_eq_w(w_x, w_item):
                    return True
            finally:
                refcount.decref(w_x)
    finally:
        refcount.decref(w_iter)


def getitem(w_obj, w_index):
    w_res = call_special(w_obj, '__getitem__', [w_index])
    if w_res is None:
        if isinstance(w_obj, W_TypeObject):
            w_res = _class_getitem(w_obj, w_index)
            if w_res is not None:
                return w_res
            raise oefmt(exc.w_TypeError, "type '%s' is not subscriptable" %
                        w_obj.name)
        raise oefmt(exc.w_TypeError, "'%s' object is not subscriptable" %
                    _type_name(w_obj))
    return w_res


def _class_getitem(w_type, w_index):
    from fastpy.objspace.typeobject import W_TypeObject
    assert isinstance(w_type, W_TypeObject)
    w_descr = w_type.lookup('__class_getitem__')
    if w_descr is None:
        return None
    from fastpy.objspace.descriptor import W_ClassMethod
    if isinstance(w_descr, W_ClassMethod):
        # Bound to the class: w_func(cls, item), whatever w_func is
        # (a function, or a type: classmethod(GenericAlias)).
        from fastpy.interpreter.eval import call_function
        from fastpy.interpreter.function import Arguments
        return call_function(w_descr.w_func, Arguments([w_type, w_index]))
    # An implicit classmethod (CPython makes __class_getitem__ one).
    return call_descr(w_descr, w_type, [w_index])


def setitem(w_obj, w_index, w_value):
    w_res = call_special(w_obj, '__setitem__', [w_index, w_value])
    if w_res is None:
        raise oefmt(exc.w_TypeError,
                    "'%s' object does not support item assignment" %
                    _type_name(w_obj))
    refcount.discard(w_res)


def delitem(w_obj, w_index):
    w_res = call_special(w_obj, '__delitem__', [w_index])
    if w_res is None:
        raise oefmt(exc.w_TypeError,
                    "'%s' object doesn't support item deletion" %
                    _type_name(w_obj))
    refcount.discard(w_res)


# ---------------------------------------------------------------- iteration

def get_iter_or_none(w_obj):
    """iter(w_obj) by __iter__ or the __getitem__ sequence protocol; None
    when neither applies."""
    w_descr = lookup(w_obj, '__iter__')
    if w_descr is w_None:
        return None
    if w_descr is not None:
        w_iter = call_descr(w_descr, w_obj, [])
        if lookup(w_iter, '__next__') is None and not _is_builtin_iter(w_iter):
            name = _type_name(w_iter)
            refcount.discard(w_iter)
            raise oefmt(exc.w_TypeError,
                        "iter() returned non-iterator of type '%s'" % name)
        return w_iter
    if lookup(w_obj, '__getitem__') is not None:
        from fastpy.objspace.seqiter import W_GetitemIterator
        return W_GetitemIterator(w_obj)
    return None


def _is_builtin_iter(w_iter):
    """Builtin iterators the object space steps directly (their types may
    not publish __next__)."""
    from fastpy.objspace.space import (is_builtin_iterator as sp_is_builtin_iterator)
    return sp_is_builtin_iterator(w_iter)


def get_iter(w_obj):
    w_iter = get_iter_or_none(w_obj)
    if w_iter is None:
        raise oefmt(exc.w_TypeError, "'%s' object is not iterable" %
                    _type_name(w_obj))
    return w_iter


def next(w_iter):
    """The next item of a Python-level iterator, or None at the end."""
    w_descr = lookup(w_iter, '__next__')
    if w_descr is None:
        raise oefmt(exc.w_TypeError, "'%s' object is not an iterator" %
                    _type_name(w_iter))
    try:
        return call_descr(w_descr, w_iter, [])
    except OperationError as e:
        if e.match(exc.w_StopIteration):
            refcount.discard(e.w_exc)     # swallowed: drop it
            return None
        raise


# ---------------------------------------------------------------- str, repr

def repr_u(w_obj):
    from fastpy.objspace.strobject import W_StrObject
    nesting.enter(nesting.CALL)       # __repr__ = __str__ recurses in C
    try:
        w_res = call_special(w_obj, '__repr__', [])
    finally:
        nesting.leave()
    if w_res is None:
        return default_repr(w_obj)
    if not isinstance(w_res, W_StrObject):
        name = _type_name(w_res)
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError, "__repr__ returned non-string (type %s)"
                    % name)
    return w_res.value


def str_u(w_obj):
    from fastpy.objspace.strobject import W_StrObject
    nesting.enter(nesting.CALL)
    try:
        w_res = call_special(w_obj, '__str__', [])
    finally:
        nesting.leave()
    if w_res is None:
        return repr_u(w_obj)
    if not isinstance(w_res, W_StrObject):
        name = _type_name(w_res)
        refcount.discard(w_res)
        raise oefmt(exc.w_TypeError, "__str__ returned non-string (type %s)"
                    % name)
    return w_res.value


def type_module_name(w_type):
    """`module.qualname` as CPython prints a class in reprs."""
    from fastpy.objspace.strobject import W_StrObject
    w_mod = w_type.dict_w.get('__module__', None)
    qual = w_type.qualname
    if isinstance(w_mod, W_StrObject):
        mod = w_mod.value.encode('utf-8')
        if mod != 'builtins':
            return mod + '.' + qual
    return qual


def default_repr(w_obj):
    """object.__repr__: <module.Class object at 0x...>."""
    from rpython.rlib.objectmodel import compute_unique_id
    name = type_module_name(w_obj.gettype())
    addr = compute_unique_id(w_obj)
    return (u'<%s object at 0x%s>' % (name.decode('utf-8'),
                                      _hex_addr(addr).decode('ascii')))


def _hex_addr(addr):
    from rpython.rlib.rarithmetic import r_uint
    digits = '0123456789abcdef'
    a = r_uint(addr)
    out = []
    while True:
        out.append(digits[intmask(a & r_uint(15))])
        a = a >> 4
        if a == r_uint(0):
            break
    out.reverse()
    return ''.join(out)


# ---------------------------------------------------------------- calls

def call_object(w_obj, args):
    """w_obj(*args) for an object whose type defines __call__."""
    from fastpy.interpreter.eval import call_function
    w_descr = lookup(w_obj, '__call__')
    if w_descr is None:
        raise oefmt(exc.w_TypeError, "'%s' object is not callable" %
                    _type_name(w_obj))
    # counted like a Python call: an instance whose __call__ is another
    # such instance recurses without Python frames
    nesting.enter(nesting.CALL)
    try:
        w_bound = bind(w_descr, w_obj)
    except OperationError:
        nesting.leave()
        raise
    refcount.incref(w_bound)
    try:
        return call_function(w_bound, args)
    finally:
        nesting.leave()
        refcount.decref(w_bound)
