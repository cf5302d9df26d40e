"""Builtin functions declared through the gateway: iteration helpers,
attribute access, numbers (divmod, pow, round, hex, ...), characters,
min/max/sum/sorted, isinstance/issubclass, callable, id, input, print.

The builtins that see the caller's frame (globals, locals, vars, dir,
eval, exec) are in frameaccess.py.
"""

import math

from rpython.rlib import jit, rfloat
from rpython.rlib.objectmodel import compute_unique_id
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import function
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace import iterloops
from fastpy.objspace import refcount
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.boolobject import W_BoolObject
from fastpy.objspace.strobject import W_StrObject, newstr, str_to_utf8
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import newlist
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.itertypes import W_CallableIterator, call_holding
from fastpy.modules import outstream


def _call(w_func, args_w):
    from fastpy.interpreter.eval import call_function
    from fastpy.interpreter.function import Arguments
    return call_function(w_func, Arguments(args_w))


# ---------------------------------------------------------------- iteration

@function('iter(object, sentinel=NULL, /)')
def builtin_iter(w_obj, w_sentinel):
    if w_sentinel is None:
        return space.get_iter(w_obj)
    if not callable_w(w_obj):
        raise oefmt(exc.w_TypeError, "iter(v, w): v must be callable")
    return W_CallableIterator(w_obj, w_sentinel)


@function('sorted(*args, key=None, reverse=False)')
def builtin_sorted(w_key, w_reverse, args_w):
    from fastpy.objspace.listmethods import list_sort
    if len(args_w) != 1:
        raise oefmt(exc.w_TypeError, "sorted expected 1 argument, got %d" %
                    len(args_w))
    w_iterable = args_w[0]
    w_list = newlist(space.iterate(w_iterable))
    try:
        list_sort(w_list, w_key, space.is_true(w_reverse))
    except OperationError:
        refcount.discard(w_list)
        raise
    return w_list


def _any_all(w_iterable, want):
    """True if some item's truth is `want`."""
    w_iter = space.get_iter(w_iterable)
    w_type = iterloops.iter_type(w_iter)
    code = iterloops.iter_code(w_iter)
    try:
        while True:
            iterloops.any_all_driver.jit_merge_point(w_type=w_type,
                                                     code=code, want=want)
            w_item = space.next_w(w_iter)
            if w_item is None:
                return False
            truth = space.is_true(w_item)
            refcount.discard(w_item)
            if truth == want:
                return True
    finally:
        refcount.discard(w_iter)


@function('any(iterable, /)')
def builtin_any(w_iterable):
    return space.newbool(_any_all(w_iterable, True))


@function('all(iterable, /)')
def builtin_all(w_iterable):
    return space.newbool(not _any_all(w_iterable, False))


# ---------------------------------------------------------------- attributes

def _attr_name(w_name, fname):
    if not isinstance(w_name, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "%sattribute name must be string, not '%s'" %
                    (fname, space.type_name(w_name)))
    return str_to_utf8(w_name.value)


@function('getattr(object, name, default=NULL, /)')
def builtin_getattr(w_obj, w_name, w_default):
    name = _attr_name(w_name, '')
    try:
        return space.getattr_w(w_obj, name)
    except OperationError as e:
        if w_default is None or not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
    return w_default


@function('hasattr(obj, name, /)')
def builtin_hasattr(w_obj, w_name):
    name = _attr_name(w_name, '')
    try:
        w_value = space.getattr_w(w_obj, name)
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return space.w_False
    refcount.discard(w_value)
    return space.w_True


@function('setattr(obj, name, value, /)')
def builtin_setattr(w_obj, w_name, w_value):
    from fastpy.objspace import attribute
    name = _attr_name(w_name, '')
    attribute.setattr_w(w_obj, name, w_value)
    return space.w_None


@function('delattr(obj, name, /)')
def builtin_delattr(w_obj, w_name):
    from fastpy.objspace import attribute
    name = _attr_name(w_name, '')
    attribute.delattr_w(w_obj, name)
    return space.w_None


def callable_w(w_obj):
    from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                             W_BoundMethod)
    if (isinstance(w_obj, W_Function) or
            isinstance(w_obj, W_BuiltinFunction) or
            isinstance(w_obj, W_BoundMethod) or
            isinstance(w_obj, W_TypeObject)):
        return True
    return w_obj.gettype().lookup('__call__') is not None


@function('callable(obj, /)')
def builtin_callable(w_obj):
    return space.newbool(callable_w(w_obj))


@function('id(obj, /)')
def builtin_id(w_obj):
    if space.is_small_int(w_obj):
        # one identity per shared small int (space.is_w)
        assert isinstance(w_obj, W_IntObject)
        w_obj = SMALL_INTS_W[w_obj.intval - space.SMALL_INT_MIN]
    return newint(compute_unique_id(w_obj))


SMALL_INTS_W = [W_IntObject(_i) for _i in
                range(space.SMALL_INT_MIN, space.SMALL_INT_MAX + 1)]


# ---------------------------------------------------------------- characters

@function('chr(i, /)')
def builtin_chr(w_i):
    if isinstance(w_i, W_LongObject):
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C int")
    if isinstance(w_i, W_FloatObject):
        raise oefmt(exc.w_TypeError, "integer argument expected, got float")
    i = space.int_w(w_i)
    if i < 0 or i > 0x10ffff:
        raise oefmt(exc.w_ValueError, "chr() arg not in range(0x110000)")
    return newstr(unichr(i))


@function('ord(c, /)')
def builtin_ord(w_c):
    if isinstance(w_c, W_StrObject):
        n = len(w_c.value)
        if n == 1:
            return newint(ord(w_c.value[0]))
        raise oefmt(exc.w_TypeError, "ord() expected a character, but "
                    "string of length %d found" % n)
    if isinstance(w_c, W_BytesObject):
        n = len(w_c.value)
        if n == 1:
            return newint(ord(w_c.value[0]))
        raise oefmt(exc.w_TypeError, "ord() expected a character, but "
                    "string of length %d found" % n)
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_c, W_BytearrayObject):
        n = len(w_c.data)
        if n == 1:
            return newint(ord(w_c.data[0]))
        raise oefmt(exc.w_TypeError, "ord() expected a character, but "
                    "string of length %d found" % n)
    raise oefmt(exc.w_TypeError, "ord() expected string of length 1, but "
                "%s found" % space.type_name(w_c))


def index_big(w_obj):
    """The rbigint of an int or of an object with __index__."""
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return space.bigint_w(w_obj)
    if w_obj.is_user:
        from fastpy.objspace import protocol
        w_index = protocol.index(w_obj)
        if w_index is not None:
            return space.bigint_w(w_index)
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                space.type_name(w_obj))


def format_base(big, digits, prefix):
    if big.sign < 0:
        return '-' + big.abs().format(digits, prefix)
    return big.format(digits, prefix)


@function('hex(number, /)')
def builtin_hex(w_x):
    return space.newtext(format_base(index_big(w_x), '0123456789abcdef',
                                     '0x'))


@function('oct(number, /)')
def builtin_oct(w_x):
    return space.newtext(format_base(index_big(w_x), '01234567', '0o'))


@function('bin(number, /)')
def builtin_bin(w_x):
    return space.newtext(format_base(index_big(w_x), '01', '0b'))


# ---------------------------------------------------------------- numbers

@function('divmod(x, y, /)')
def builtin_divmod(w_x, w_y):
    if space.is_int(w_x) and space.is_int(w_y):
        if isinstance(w_y, W_IntObject) and w_y.intval == 0:
            raise oefmt(exc.w_ZeroDivisionError,
                        "integer division or modulo by zero")
    elif space.is_number(w_x) and space.is_number(w_y):
        y = space.float_w(w_y)
        if y == 0.0:
            raise oefmt(exc.w_ZeroDivisionError, "float divmod()")
        q, r = space.float_divmod(space.float_w(w_x), y)
        return newtuple([newfloat(q), newfloat(r)])
    elif w_x.is_user or w_y.is_user:
        from fastpy.objspace import protocol
        w_res = protocol.call_special(w_x, '__divmod__', [w_y])
        if w_res is not None and not _is_notimpl(w_res):
            return w_res
        w_res = protocol.call_special(w_y, '__rdivmod__', [w_x])
        if w_res is not None and not _is_notimpl(w_res):
            return w_res
        raise _divmod_error(w_x, w_y)
    else:
        raise _divmod_error(w_x, w_y)
    w_q = space.binary_op(space.OP_FLOORDIV, w_x, w_y)
    w_r = space.binary_op(space.OP_MOD, w_x, w_y)
    return newtuple([w_q, w_r])


def _is_notimpl(w_res):
    from fastpy.objspace.noneobject import w_NotImplemented
    return w_res is w_NotImplemented


def _divmod_error(w_x, w_y):
    return oefmt(exc.w_TypeError,
                 "unsupported operand type(s) for divmod(): '%s' and '%s'" %
                 (space.type_name(w_x), space.type_name(w_y)))


@function('pow(base, exp, mod=None)')
def builtin_pow(w_base, w_exp, w_mod):
    if w_mod is space.w_None:
        return space.binary_op(space.OP_POW, w_base, w_exp)
    if w_base.is_user:
        w_res = _user_ternary_pow(w_base, w_exp, w_mod)
        if w_res is not None:
            return w_res
    if not (space.is_int(w_base) and space.is_int(w_exp) and
            space.is_int(w_mod)):
        _ternary_pow_error(w_base, w_exp, w_mod)
    a = space.bigint_w(w_base)
    b = space.bigint_w(w_exp)
    c = space.bigint_w(w_mod)
    if c.sign == 0:
        raise oefmt(exc.w_ValueError, "pow() 3rd argument cannot be 0")
    if b.sign < 0:
        a = mod_inverse(a, c)
        b = b.neg()
    negative = c.sign < 0
    m = c.abs()
    if m.eq(rbigint.fromint(1)):
        return newint(0)
    result = a.mod(m).pow(b, m)
    if negative and result.sign != 0:
        result = result.sub(m)
    return newlong(result)


def _user_ternary_pow(w_base, w_exp, w_mod):
    """pow(a, b, m) through a __pow__ that a's class defines in Python:
    CPython's ternary_op, where three-argument power never reflects
    (__rpow__ is not tried).  None when there is none or it answers
    NotImplemented."""
    from fastpy.interpreter.function import W_BuiltinFunction
    from fastpy.objspace import protocol
    w_pow = w_base.gettype().lookup('__pow__')
    if w_pow is None or isinstance(w_pow, W_BuiltinFunction):
        return None     # a builtin base's power (int's, below)
    w_res = protocol.call_descr(w_pow, w_base, [w_exp, w_mod])
    if protocol._is_notimpl(w_res):
        return None
    return w_res


def _ternary_pow_error(w_base, w_exp, w_mod):
    """The builtin number types' answers to pow(a, b, m) that int's
    power declined: float's and complex's power take control when a and
    b are numbers, otherwise no type supports it."""
    from fastpy.objspace.complexobject import W_ComplexObject
    from fastpy.objspace.floatobject import W_FloatObject
    if ((space.is_number(w_base) or isinstance(w_base, W_ComplexObject)) and
            (space.is_number(w_exp) or isinstance(w_exp, W_ComplexObject))):
        for w_x in [w_base, w_exp, w_mod]:
            if isinstance(w_x, W_FloatObject):
                raise oefmt(exc.w_TypeError, "pow() 3rd argument not "
                            "allowed unless all arguments are integers")
            if isinstance(w_x, W_ComplexObject):
                raise oefmt(exc.w_ValueError, "complex modulo")
    raise oefmt(exc.w_TypeError, "unsupported operand type(s) for ** or "
                "pow(): '%s', '%s', '%s'" % (space.type_name(w_base),
                                             space.type_name(w_exp),
                                             space.type_name(w_mod)))


def mod_inverse(a, c):
    m = c.abs()
    a = a.mod(m)
    # extended Euclid on (a, m)
    r0, r1 = m, a
    s0, s1 = rbigint.fromint(0), rbigint.fromint(1)
    while r1.sign != 0:
        q = r0.floordiv(r1)
        r0, r1 = r1, r0.sub(q.mul(r1))
        s0, s1 = s1, s0.sub(q.mul(s1))
    if not r0.eq(rbigint.fromint(1)):
        raise oefmt(exc.w_ValueError,
                    "base is not invertible for the given modulus")
    return s0.mod(m)


@function('round(number, ndigits=None)')
def builtin_round(w_x, w_ndigits):
    if not w_x.is_user:
        if isinstance(w_x, W_FloatObject):
            return float_round(w_x.floatval, w_ndigits)
        if space.is_int(w_x):
            if w_ndigits is space.w_None:
                return _int_pos(w_x)
            return int_round(w_x, index_big(w_ndigits))
    else:
        # a subclass of int or float may define its own __round__
        from fastpy.objspace import protocol
        if w_ndigits is space.w_None:
            w_res = protocol.call_special(w_x, '__round__', [])
        else:
            w_res = protocol.call_special(w_x, '__round__', [w_ndigits])
        if w_res is not None:
            return w_res
    raise oefmt(exc.w_TypeError, "type %s doesn't define __round__ method"
                % space.type_name(w_x))


def _int_pos(w_x):
    if isinstance(w_x, W_BoolObject):
        return newint(w_x.intval)
    return w_x


def int_round(w_x, ndigits_big):
    if ndigits_big.sign >= 0:
        return _int_pos(w_x)
    try:
        nd = ndigits_big.neg().toint()
    except OverflowError:
        return newint(0)
    x = space.bigint_w(w_x)
    pow10 = rbigint.fromint(10).pow(rbigint.fromint(nd))
    # round half to even of x / pow10, times pow10
    q, r = x.divmod(pow10)
    twice = r.lshift(1)
    if twice.gt(pow10) or (twice.eq(pow10) and q.int_and_(1).tobool()):
        q = q.add(rbigint.fromint(1))
    return newlong(q.mul(pow10))


def float_round(x, w_ndigits):
    if w_ndigits is space.w_None:
        if rfloat.isinf(x):
            raise oefmt(exc.w_OverflowError,
                        "cannot convert float infinity to integer")
        if rfloat.isnan(x):
            raise oefmt(exc.w_ValueError,
                        "cannot convert float NaN to integer")
        rounded = rfloat.round_double(x, 0, half_even=True)
        return newlong(rbigint.fromfloat(rounded))
    big = index_big(w_ndigits)
    try:
        ndigits = big.toint()
    except OverflowError:
        if big.sign > 0:
            return newfloat(x)
        return newfloat(0.0 * x)
    if not rfloat.isfinite(x) or x == 0.0:
        return newfloat(x)
    # CPython: NDIGITS_MAX = 323, NDIGITS_MIN = -308
    if ndigits > 323:
        return newfloat(x)
    if ndigits < -308:
        return newfloat(0.0 * x)
    result = rfloat.round_double(x, ndigits, half_even=True)
    if rfloat.isinf(result):
        raise oefmt(exc.w_OverflowError,
                    "rounded value too large to represent")
    return newfloat(result)


@function('sum(iterable, /, start=0)')
def builtin_sum(w_iterable, w_start):
    if isinstance(w_start, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(w_start, W_BytesObject):
        raise oefmt(exc.w_TypeError,
                    "sum() can't sum bytes [use b''.join(seq) instead]")
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_start, W_BytearrayObject):
        raise oefmt(exc.w_TypeError,
                    "sum() can't sum bytearray [use b''.join(seq) instead]")
    w_iter = space.get_iter(w_iterable)
    w_total = w_start
    refcount.incref(w_total)
    w_type = iterloops.iter_type(w_iter)
    code = iterloops.iter_code(w_iter)
    try:
        while True:
            iterloops.sum_driver.jit_merge_point(w_type=w_type, code=code)
            w_item = space.next_w(w_iter)
            if w_item is None:
                break
            try:
                w_new = space.binary_op(space.OP_ADD, w_total, w_item)
            except OperationError:
                refcount.discard(w_item)
                raise
            # Counted first: the sum may be the item itself (0 + x is x).
            refcount.incref(w_new)
            refcount.discard(w_item)
            refcount.decref(w_total)
            w_total = w_new
    except OperationError:
        refcount.discard(w_iter)
        refcount.decref(w_total)
        raise
    refcount.discard(w_iter)
    refcount.disown(w_total)
    return w_total


@function('abs(x, /)')
def builtin_abs(w_x):
    return space.abs_(w_x)


# ---------------------------------------------------------------- min/max

def _min_max(args_w, kw_names, kw_values_w, name, want_max):
    w_key = None
    w_default = None
    if kw_names is not None:
        for i in range(len(kw_names)):
            if kw_names[i] == 'key':
                w_key = kw_values_w[i]
            elif kw_names[i] == 'default':
                w_default = kw_values_w[i]
            else:
                raise oefmt(exc.w_TypeError,
                            "'%s' is an invalid keyword argument for %s()" %
                            (kw_names[i], name))
    if w_key is space.w_None:
        w_key = None
    n = len(args_w)
    if n == 0:
        raise oefmt(exc.w_TypeError,
                    "%s expected at least 1 argument, got 0" % name)
    if n > 1 and w_default is not None:
        raise oefmt(exc.w_TypeError,
                    "Cannot specify a default for %s() with multiple "
                    "positional arguments" % name)
    if n == 1:
        w_iter = space.get_iter(args_w[0])
    else:
        from fastpy.objspace.tupleobject import newtuple as _nt
        w_iter = space.get_iter(_nt(args_w))
    op = space.CMP_GT if want_max else space.CMP_LT
    w_best = None
    w_best_key = None
    w_type = iterloops.iter_type(w_iter)
    code = iterloops.iter_code(w_iter)
    has_key = w_key is not None
    try:
        while True:
            iterloops.min_max_driver.jit_merge_point(
                w_type=w_type, code=code, has_key=has_key,
                want_max=want_max)
            w_item = space.next_w(w_iter)
            if w_item is None:
                break
            refcount.incref(w_item)
            if w_key is not None:
                w_k = _call(w_key, [w_item])
                refcount.incref(w_k)
            else:
                w_k = w_item
                refcount.incref(w_k)
            if w_best is None or space.compare_w(op, w_k, w_best_key):
                refcount.decref(w_best)
                refcount.decref(w_best_key)
                w_best = w_item
                w_best_key = w_k
            else:
                refcount.decref(w_item)
                refcount.decref(w_k)
    except OperationError:
        refcount.discard(w_iter)
        refcount.decref(w_best)
        refcount.decref(w_best_key)
        raise
    refcount.discard(w_iter)
    refcount.decref(w_best_key)
    if w_best is None:
        if w_default is not None:
            return w_default
        raise oefmt(exc.w_ValueError, "%s() arg is an empty sequence" % name)
    refcount.disown(w_best)
    return w_best


@jit.look_inside_iff(lambda args_w, op: jit.loop_unrolling_heuristic(
    args_w, len(args_w), 8))
def _min_max_of_args(args_w, op):
    """min(a, b, ...) / max(...) of positional arguments, no keywords:
    compared as CPython does (each against the best so far, the first of
    equals wins), without a tuple, an iterator or the loop driver, so in
    a trace a call like min(x, y) is inlined.  The result is borrowed
    from args_w."""
    w_best = args_w[0]
    for i in range(1, len(args_w)):
        w_item = args_w[i]
        if space.compare_w(op, w_item, w_best):
            w_best = w_item
    return w_best


@function('min(*args, **kwargs)')
def builtin_min(args_w, kw_names, kw_values_w):
    if not kw_names and len(args_w) > 1:
        return _min_max_of_args(args_w, space.CMP_LT)
    return _min_max(args_w, kw_names, kw_values_w, 'min', False)


@function('max(*args, **kwargs)')
def builtin_max(args_w, kw_names, kw_values_w):
    if not kw_names and len(args_w) > 1:
        return _min_max_of_args(args_w, space.CMP_GT)
    return _min_max(args_w, kw_names, kw_values_w, 'max', True)


# ---------------------------------------------------------------- I/O

@function('print(*args, sep=None, end=None, file=None, flush=False)')
def builtin_print(w_sep, w_end, w_file, w_flush, args_w):
    sep = _print_str(w_sep, 'sep', u' ')
    end = _print_str(w_end, 'end', u'\n')
    from fastpy.modules.iomodule import (print_stdout_target, print_fast_ok,
                                         stdout_line_buffering)
    if w_file is space.w_None:
        w_file = print_stdout_target()   # None: the original sys.stdout
        if w_file is space.w_None:
            return space.w_None
    elif print_fast_ok(w_file):
        w_file = None
    if w_file is not None:
        return _print_to_file(args_w, sep, end, w_file, w_flush)
    b = UnicodeBuilder()
    for i in range(len(args_w)):
        if i > 0:
            b.append(sep)
        b.append(space.str_u(args_w[i]))
    b.append(end)
    text = b.build()
    outstream.stdout.write(str_to_utf8(text))
    if space.is_true(w_flush):
        outstream.stdout.flush()
    elif stdout_line_buffering() and u'\n' in text:
        outstream.stdout.flush()
    return space.w_None


def _print_to_file(args_w, sep, end, w_file, w_flush):
    w_write = space.getattr_w(w_file, 'write')
    refcount.incref(w_write)
    try:
        for i in range(len(args_w)):
            if i > 0:
                refcount.discard(_call(w_write, [newstr(sep)]))
            refcount.discard(_call(w_write, [newstr(space.str_u(
                args_w[i]))]))
        refcount.discard(_call(w_write, [newstr(end)]))
        if space.is_true(w_flush):
            w_fl = space.getattr_w(w_file, 'flush')
            refcount.incref(w_fl)
            try:
                refcount.discard(_call(w_fl, []))
            finally:
                refcount.decref(w_fl)
    finally:
        refcount.decref(w_write)
    return space.w_None


def _print_str(w_value, name, default):
    if w_value is space.w_None:
        return default
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s must be None or a string, not %s" %
                    (name, space.type_name(w_value)))
    return w_value.value


@function('input(prompt=NULL, /)')
def builtin_input(w_prompt):
    from fastpy.modules.iomodule import input_impl
    return input_impl(w_prompt)      # through sys.stdin/sys.stdout (_io)


@function('len(obj, /)')
def builtin_len(w_obj):
    return newint(space.len_w(w_obj))


@function('repr(obj, /)')
def builtin_repr(w_obj):
    return newstr(space.repr_u(w_obj))


@function('hash(obj, /)')
def builtin_hash(w_obj):
    return newint(space.hash_w(w_obj))


BUILTINS = [
    builtin_iter.w_func, builtin_sorted.w_func, builtin_any.w_func,
    builtin_all.w_func, builtin_getattr.w_func, builtin_hasattr.w_func,
    builtin_setattr.w_func, builtin_delattr.w_func,
    builtin_callable.w_func, builtin_id.w_func, builtin_chr.w_func,
    builtin_ord.w_func,
    builtin_hex.w_func, builtin_oct.w_func, builtin_bin.w_func,
    builtin_divmod.w_func, builtin_pow.w_func, builtin_round.w_func,
    builtin_sum.w_func, builtin_abs.w_func, builtin_min.w_func,
    builtin_max.w_func, builtin_print.w_func, builtin_input.w_func,
    builtin_len.w_func, builtin_repr.w_func, builtin_hash.w_func,
]
