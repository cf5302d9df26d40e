"""The object space: generic operations on Python objects.

The interpreter touches objects only through these functions.  Each one
dispatches on the concrete classes with isinstance, fast paths first;
inside a JIT trace the class is known after one guard, so the chain folds
to the single branch that applies.
"""

import math
from rpython.rlib import jit, rfloat
from rpython.rlib.rarithmetic import intmask, ovfcheck, r_uint
from rpython.rlib.objectmodel import compute_hash, specialize
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import UnicodeBuilder

from fastpy import config
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.objspace.root import W_Root
from fastpy.objspace import exceptions as exc
from fastpy.objspace.typeobject import W_TypeObject
from fastpy.objspace.intobject import (W_IntObject, w_int_type, newint, int_add, int_sub,
    int_mul, int_floordiv, int_mod, int_lshift, int_rshift, int_neg,
    int_abs, int_pow)
from fastpy.objspace.longobject import W_LongObject, newlong, big_compare
from fastpy.objspace.boolobject import W_BoolObject, w_True, w_False, newbool
from fastpy.objspace.floatobject import W_FloatObject, newfloat, float_repr
from fastpy.objspace.noneobject import w_None, W_NoneObject
from fastpy.objspace.strobject import (W_StrObject, newstr, str_repr,
                                      str_to_utf8)
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.listobject import W_ListObject, newlist
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.rangeobject import W_RangeObject
from fastpy.objspace.moduleobject import W_Module
from fastpy.objspace.bytesobject import W_BytesObject, bytes_repr
from fastpy.objspace.exceptions import W_BaseException
from fastpy.objspace import protocol, refcount
from fastpy.objspace import sizelimits
from fastpy.objspace import numhash
from fastpy.objspace import nesting
from fastpy.objspace.dictiterobject import W_DictIterator, KEYS

# Operator numbers, shared with the compiler's BINARY_OP argument.
OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, \
    OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR, OP_MATMUL = range(13)
INPLACE = 16      # added to an operator number for augmented assignment
OP_SYMBOLS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|',
              '^', '@']

CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_IN, CMP_NOT_IN, \
    CMP_IS, CMP_IS_NOT = range(10)
CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>=']


def type_name(w_obj):
    return w_obj.gettype().name


def isinstance_w(w_obj, w_type):
    return w_obj.gettype().is_subtype(w_type)


# ---------------------------------------------------------------- helpers

def is_int(w_obj):
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)


def bigint_w(w_obj):
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    assert isinstance(w_obj, W_LongObject)
    return w_obj.bigval


def int_w(w_obj):
    if w_obj.is_user and not is_int(w_obj):
        w_index = protocol.index(w_obj)
        if w_index is not None:
            return int_w_builtin(w_index)
    return int_w_builtin(w_obj)

def int_w_builtin(w_obj):
    """A machine int from an int object (OverflowError if too big)."""
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        raise oefmt(exc.w_OverflowError,
                    "Python int too large to convert to C ssize_t")
    raise oefmt(exc.w_TypeError,
                "'%s' object cannot be interpreted as an integer" %
                type_name(w_obj))


def index_w(w_obj):
    if w_obj.is_user and not is_int(w_obj):
        w_index = protocol.index(w_obj)
        if w_index is not None:
            return index_w_builtin(w_index)
    return index_w_builtin(w_obj)

def index_w_builtin(w_obj):
    """An index for sequence subscripting."""
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        raise oefmt(exc.w_IndexError,
                    "cannot fit 'int' into an index-sized integer")
    raise oefmt(exc.w_TypeError,
                "indices must be integers or slices, not %s" %
                type_name(w_obj))


def bigint_to_float(big):
    try:
        return big.tofloat()
    except OverflowError:
        raise oefmt(exc.w_OverflowError, "int too large to convert to float")


def float_w(w_obj):
    if w_obj.is_user and not is_number(w_obj):
        w_res = protocol.call_special(w_obj, '__float__', [])
        if w_res is None:
            w_res = protocol.index(w_obj)
        if w_res is not None:
            return float_w_builtin(w_res)
    return float_w_builtin(w_obj)

def float_w_builtin(w_obj):
    """A float from an int or float (TypeError otherwise)."""
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_IntObject):
        return float(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return bigint_to_float(w_obj.bigval)
    raise oefmt(exc.w_TypeError, "must be real number, not %s" %
                type_name(w_obj))


def is_number(w_obj):
    return is_int(w_obj) or isinstance(w_obj, W_FloatObject)


def str_w(w_obj):
    assert isinstance(w_obj, W_StrObject)
    return w_obj.value


def newtext(s):
    """A str object from an RPython utf-8 str."""
    return newstr(s.decode('utf-8'))


# ---------------------------------------------------------------- truth

def is_true(w_obj):
    if w_obj.is_user:
        return protocol.is_true(w_obj)
    return is_true_builtin(w_obj)

def is_true_builtin(w_obj):
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval != 0
    if isinstance(w_obj, W_NoneObject):
        return False
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval != 0.0
    if isinstance(w_obj, W_LongObject):
        return True
    if isinstance(w_obj, W_StrObject):
        return len(w_obj.value) > 0
    if isinstance(w_obj, W_ListObject):
        return w_obj.length() > 0
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items_w) > 0
    if isinstance(w_obj, W_DictObject):
        return w_obj.length() > 0
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length > 0
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value) > 0
    r = w_obj.sp_bool()          # the other builtin types (root.py)
    if r >= 0:
        return r == 1
    return True


# ---------------------------------------------------------------- str / repr

def int_to_decimal(w_obj):
    if isinstance(w_obj, W_IntObject):
        return str(w_obj.intval)
    from fastpy.objspace.intstrlimit import limit
    big = bigint_w(w_obj)
    # a value of b bits has at least (b - 1) * log10(2) + 1 decimal
    # digits: a value far beyond the limit fails before the quadratic
    # conversion
    if limit.exceeded_by(int((big.bit_length() - 1) * 0.30102999) - 1):
        _exceeds_limit(limit.max_digits)
    s = big.str()
    ndigits = len(s)
    if s[0] == '-':
        ndigits -= 1
    if limit.exceeded_by(ndigits):
        _exceeds_limit(limit.max_digits)
    return s


def _exceeds_limit(max_digits):
    raise oefmt(exc.w_ValueError,
                "Exceeds the limit (%d digits) for integer string conversion; "
                "use sys.set_int_max_str_digits() to increase the limit" %
                max_digits)


def repr_u(w_obj):
    """repr(obj) as unicode."""
    if w_obj.is_user:
        return protocol.repr_u(w_obj)
    if (isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject)
            or isinstance(w_obj, W_DictObject)):
        return nesting.repr_nested(w_obj)     # counted, as in CPython
    return repr_u_builtin(w_obj)

def repr_u_builtin(w_obj):
    """repr(obj) as unicode."""
    if isinstance(w_obj, W_BoolObject):
        if w_obj.intval:
            return u'True'
        return u'False'
    if is_int(w_obj):
        return int_to_decimal(w_obj).decode('ascii')
    if isinstance(w_obj, W_FloatObject):
        return float_repr(w_obj.floatval).decode('ascii')
    if isinstance(w_obj, W_StrObject):
        return str_repr(w_obj.value)
    if isinstance(w_obj, W_NoneObject):
        return u'None'
    if isinstance(w_obj, W_ListObject):
        return _repr_items(w_obj, w_obj.getitems_fixedsize(), u'[', u']',
                           False)
    if isinstance(w_obj, W_TupleObject):
        return _repr_items(w_obj, w_obj.items_w, u'(', u')',
                           len(w_obj.items_w) == 1)
    if isinstance(w_obj, W_DictObject):
        return _repr_dict(w_obj)
    if isinstance(w_obj, W_RangeObject):
        s = 'range(%d, %d)' % (w_obj.start, w_obj.stop)
        if w_obj.step != 1:
            s = 'range(%d, %d, %d)' % (w_obj.start, w_obj.stop, w_obj.step)
        return s.decode('ascii')
    if isinstance(w_obj, W_TypeObject):
        if w_obj.w_class is not None:         # a metaclass's __repr__
            return protocol.repr_u(w_obj)
        return (u"<class '" +
                protocol.type_module_name(w_obj).decode('utf-8') + u"'>")
    if isinstance(w_obj, W_BytesObject):
        return bytes_repr(w_obj.value).decode('ascii')
    if isinstance(w_obj, W_BaseException):
        return _repr_exception(w_obj)
    from fastpy.objspace.dictview import W_DictView
    if isinstance(w_obj, W_DictView):
        return (type_name(w_obj).decode('utf-8') +
                _repr_items(w_obj, list(w_obj.items_w()), u'([', u'])',
                            False))
    if isinstance(w_obj, W_Module):
        from fastpy.objspace.moduleobject import module_repr
        return module_repr(w_obj).decode('utf-8')
    from fastpy.interpreter.function import (W_Function, W_BuiltinFunction,
                                             W_BoundMethod)
    if isinstance(w_obj, W_Function):
        from rpython.rlib.objectmodel import compute_unique_id
        return (u'<function ' + w_obj.qualname.decode('utf-8') + u' at 0x' +
                protocol._hex_addr(compute_unique_id(w_obj)).decode('ascii')
                + u'>')
    if isinstance(w_obj, W_BuiltinFunction):
        if w_obj.w_objclass is not None and w_obj.name != '__new__':
            # a method of a builtin type, read from the type: list.append,
            # object.__init__ (a slot wrapper)
            kind = u"<method '"
            if w_obj.is_slot_wrapper():
                kind = u"<slot wrapper '"
            return (kind + w_obj.name.decode('utf-8') + u"' of '" +
                    w_obj.w_objclass.name.decode('utf-8') + u"' objects>")
        return u'<built-in function ' + w_obj.name.decode('utf-8') + u'>'
    if isinstance(w_obj, W_BoundMethod):
        from fastpy.objspace.descrmethods import method_repr_u
        return method_repr_u(w_obj)
    u = w_obj.sp_repr()          # the other builtin types (root.py)
    if u is not None:
        return u
    return u'<' + type_name(w_obj).decode('utf-8') + u' object>'


class ReprGuard(object):
    """Containers currently being repr'd, to print `[...]` on cycles."""
    def __init__(self):
        self.active = []

repr_guard = ReprGuard()


def _enter_repr(w_obj):
    for w_other in repr_guard.active:
        if w_other is w_obj:
            return False
    repr_guard.active.append(w_obj)
    return True


def _leave_repr():
    repr_guard.active.pop()


def _repr_items(w_obj, items_w, left, right, trailing_comma):
    if not _enter_repr(w_obj):
        return left + u'...' + right
    b = UnicodeBuilder()
    b.append(left)
    try:
        for i in range(len(items_w)):
            if i > 0:
                b.append(u', ')
            b.append(repr_u(items_w[i]))
    finally:
        _leave_repr()
    if trailing_comma:
        b.append(u',')
    b.append(right)
    return b.build()


def _repr_dict(w_dict):
    if not _enter_repr(w_dict):
        return u'{...}'
    b = UnicodeBuilder()
    b.append(u'{')
    try:
        first = True
        for entry in w_dict.entries():
            if not first:
                b.append(u', ')
            first = False
            b.append(repr_u(entry.w_key))
            b.append(u': ')
            b.append(repr_u(entry.w_value))
    finally:
        _leave_repr()
    b.append(u'}')
    return b.build()


def _repr_exception(w_exc):
    name = type_name(w_exc).decode('utf-8')
    args_w = w_exc.args_w
    if len(args_w) == 1:
        return name + u'(' + repr_u(args_w[0]) + u')'
    return name + _repr_items(w_exc, args_w, u'(', u')', False)


def str_u(w_obj):
    """str(obj) as unicode."""
    if w_obj.is_user:
        return protocol.str_u(w_obj)
    return str_u_builtin(w_obj)

def str_u_builtin(w_obj):
    """str(obj) as unicode."""
    if isinstance(w_obj, W_StrObject):
        return w_obj.value
    if isinstance(w_obj, W_BaseException):
        return exception_str(w_obj)
    u = w_obj.sp_str()
    if u is not None:
        return u
    return repr_u(w_obj)


def exception_str(w_exc):
    from fastpy.objspace import excinstances
    return excinstances.exception_str(w_exc)


# ---------------------------------------------------------------- arithmetic

def binary_op(op, w_a, w_b):
    """w_a <op> w_b for op in OP_*; op may carry the INPLACE flag."""
    if w_a.is_user or w_b.is_user:
        return user_binary_op(op, w_a, w_b)
    return binary_op_builtin(op, w_a, w_b)


def user_binary_op(op, w_a, w_b):
    """CPython's rules through the operands' special methods; when none
    applies, the builtin path gives CPython's TypeError (or computes, for
    a user subclass of a builtin type that inherits the operator)."""
    if op >= INPLACE:
        w_res = protocol.inplace_op(op - INPLACE, w_a, w_b)
    else:
        w_res = protocol.binary_op(op, w_a, w_b)
    if w_res is not None:
        return w_res
    inplace = op >= INPLACE
    if inplace:
        op -= INPLACE
    if op == OP_MUL:
        # CPython's sq_repeat, tried after the number slots: a builtin
        # sequence times an object with __index__.
        if is_sequence(w_a) and not is_int(w_b):
            w_count = protocol.index(w_b)
            if w_count is not None:
                return sequence_repeat(w_a, w_count)
        if is_sequence(w_b) and not is_int(w_a):
            w_count = protocol.index(w_a)
            if w_count is not None:
                return sequence_repeat(w_b, w_count)
    raise _unsupported(op, w_a, w_b, inplace)

def binary_op_builtin(op, w_a, w_b):
    """w_a <op> w_b for op in OP_*; op may carry the INPLACE flag."""
    inplace = op >= INPLACE
    if inplace:
        op -= INPLACE
        if isinstance(w_a, W_ListObject):
            if op == OP_ADD:
                if isinstance(w_b, W_ListObject):
                    w_a.extend_list(w_b)
                else:
                    w_a.extend(iterate(w_b))
                return w_a
            if op == OP_MUL and is_int(w_b):
                n = sizelimits.repeat_count(w_b)
                sizelimits.check_repeat(w_a.length(), n, sizelimits.WORD, '')
                w_a.inplace_mul(n)
                return w_a
        w_res = w_a.sp_binop(op, w_b, True)    # set |=, bytearray +=
        if w_res is not None:
            return w_res
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if (isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject)
                and (op == OP_AND or op == OP_OR or op == OP_XOR)):
            return bool_binary_op(op, w_a.intval, w_b.intval)
        return int_binary_op(op, w_a.intval, w_b.intval)
    if isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject):
        return float_binary_op(op, w_a.floatval, w_b.floatval)
    if is_number(w_a) and is_number(w_b):
        if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
            return float_binary_op(op, float_w(w_a), float_w(w_b))
        return long_binary_op(op, bigint_w(w_a), bigint_w(w_b))
    return sequence_binary_op(op, w_a, w_b, inplace)


def is_bytearray(w_obj):
    from fastpy.objspace.bytearrayobject import W_BytearrayObject
    return isinstance(w_obj, W_BytearrayObject)


def _unsupported(op, w_a, w_b, inplace=False):
    if inplace:
        symbol = OP_SYMBOLS[op] + '='
    elif op == OP_POW:
        symbol = '** or pow()'
    else:
        symbol = OP_SYMBOLS[op]
    return oefmt(exc.w_TypeError,
                 "unsupported operand type(s) for %s: '%s' and '%s'" %
                 (symbol, type_name(w_a), type_name(w_b)))


def bool_binary_op(op, a, b):
    """&, | and ^ of two bools give a bool."""
    if op == OP_AND:
        return newbool(a & b != 0)
    if op == OP_OR:
        return newbool(a | b != 0)
    return newbool(a ^ b != 0)


def int_binary_op(op, a, b):
    if op == OP_ADD:
        return int_add(a, b)
    elif op == OP_SUB:
        return int_sub(a, b)
    elif op == OP_MUL:
        return int_mul(a, b)
    elif op == OP_TRUEDIV:
        if b == 0:
            raise oefmt(exc.w_ZeroDivisionError, "division by zero")
        return long_truediv(rbigint.fromint(a), rbigint.fromint(b))
    elif op == OP_FLOORDIV:
        if b == 0:
            raise oefmt(exc.w_ZeroDivisionError,
                        "integer division or modulo by zero")
        return int_floordiv(a, b)
    elif op == OP_MOD:
        if b == 0:
            raise oefmt(exc.w_ZeroDivisionError, "integer modulo by zero")
        return int_mod(a, b)
    elif op == OP_POW:
        if b < 0:
            if a == 0:
                raise oefmt(exc.w_ZeroDivisionError,
                            "0.0 cannot be raised to a negative power")
            return float_pow(float(a), float(b))
        return int_pow(a, b)
    elif op == OP_LSHIFT:
        if b < 0:
            raise oefmt(exc.w_ValueError, "negative shift count")
        if b >= 64:
            if a == 0:
                return newint(0)
            sizelimits.check_lshift(b)
        return int_lshift(a, b)
    elif op == OP_RSHIFT:
        if b < 0:
            raise oefmt(exc.w_ValueError, "negative shift count")
        return int_rshift(a, b)
    elif op == OP_AND:
        return newint(a & b)
    elif op == OP_OR:
        return newint(a | b)
    elif op == OP_XOR:
        return newint(a ^ b)
    raise _unsupported(op, newint(a), newint(b))


def long_truediv(a, b):
    """a / b for ints, correctly rounded like CPython."""
    try:
        return newfloat(a.truediv(b))
    except OverflowError:
        raise oefmt(exc.w_OverflowError,
                    "integer division result too large for a float")


def long_binary_op(op, a, b):
    if op == OP_ADD:
        return newlong(a.add(b))
    elif op == OP_SUB:
        return newlong(a.sub(b))
    elif op == OP_MUL:
        return newlong(a.mul(b))
    elif op == OP_TRUEDIV:
        if b.tobool() is False:
            raise oefmt(exc.w_ZeroDivisionError, "division by zero")
        return long_truediv(a, b)
    elif op == OP_FLOORDIV:
        if not b.tobool():
            raise oefmt(exc.w_ZeroDivisionError,
                        "integer division or modulo by zero")
        return newlong(a.floordiv(b))
    elif op == OP_MOD:
        if not b.tobool():
            raise oefmt(exc.w_ZeroDivisionError, "integer modulo by zero")
        return newlong(a.mod(b))
    elif op == OP_POW:
        if b.sign < 0:
            if not a.tobool():
                raise oefmt(exc.w_ZeroDivisionError,
                            "0.0 cannot be raised to a negative power")
            return float_pow(bigint_to_float(a), bigint_to_float(b))
        return newlong(a.pow(b))
    elif op == OP_LSHIFT or op == OP_RSHIFT:
        if b.sign < 0:
            raise oefmt(exc.w_ValueError, "negative shift count")
        if op == OP_LSHIFT and a.sign == 0:
            return newint(0)
        try:
            shift = b.toint()
        except OverflowError:
            if op == OP_RSHIFT:
                if a.sign < 0:
                    return newint(-1)
                return newint(0)
            # CPython: MemoryError while the shift in 30-bit digits fits
            # its size type, then OverflowError.
            if b.lt(sizelimits.LSHIFT_OVERFLOW):
                raise sizelimits.memory_error()
            raise oefmt(exc.w_OverflowError, "too many digits in integer")
        if op == OP_LSHIFT:
            sizelimits.check_lshift(shift)
            return newlong(a.lshift(shift))
        return newlong(a.rshift(shift))
    elif op == OP_AND:
        return newlong(a.and_(b))
    elif op == OP_OR:
        return newlong(a.or_(b))
    elif op == OP_XOR:
        return newlong(a.xor(b))
    raise _unsupported(op, newlong(a), newlong(b))


def float_binary_op(op, a, b):
    if op == OP_ADD:
        return newfloat(a + b)
    elif op == OP_SUB:
        return newfloat(a - b)
    elif op == OP_MUL:
        return newfloat(a * b)
    elif op == OP_TRUEDIV:
        if b == 0.0:
            raise oefmt(exc.w_ZeroDivisionError, "float division by zero")
        return newfloat(a / b)
    elif op == OP_FLOORDIV:
        if b == 0.0:
            raise oefmt(exc.w_ZeroDivisionError,
                        "float floor division by zero")
        return newfloat(float_divmod(a, b)[0])
    elif op == OP_MOD:
        if b == 0.0:
            raise oefmt(exc.w_ZeroDivisionError, "float modulo")
        return newfloat(float_divmod(a, b)[1])
    elif op == OP_POW:
        return float_pow(a, b)
    raise _unsupported(op, newfloat(a), newfloat(b))


def float_divmod(x, y):
    """CPython's float_divmod: floor quotient and a remainder with the sign
    of y."""
    mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
            div -= 1.0
    else:
        mod = rfloat.copysign(0.0, y)
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = rfloat.copysign(0.0, x / y)
    return (floordiv, mod)


def float_pow(x, y):
    if y == 0.0:
        return newfloat(1.0)
    if rfloat.isnan(y):
        return newfloat(1.0 if x == 1.0 else y)
    if rfloat.isnan(x):
        return newfloat(x)
    if rfloat.isinf(y):
        # C99 Annex F: only |x| decides (a zero x is no division)
        ax = math.fabs(x)
        if ax == 1.0:
            return newfloat(1.0)
        if (y > 0.0) == (ax > 1.0):
            return newfloat(rfloat.INFINITY)
        return newfloat(0.0)
    if rfloat.isinf(x):
        y_is_odd = math.fmod(math.fabs(y), 2.0) == 1.0
        if y > 0.0:
            return newfloat(x if y_is_odd else math.fabs(x))
        return newfloat(rfloat.copysign(0.0, x) if y_is_odd else 0.0)
    if x == 0.0 and y < 0.0:
        raise oefmt(exc.w_ZeroDivisionError,
                    "0.0 cannot be raised to a negative power")
    if x < 0.0 and y != math.floor(y) and rfloat.isfinite(y):
        # A negative number to a fractional power is complex.
        from fastpy.objspace.complexobject import complex_pow
        return complex_pow(x, 0.0, y, 0.0)
    try:
        result = math.pow(x, y)
    except OverflowError:
        raise oefmt(exc.w_OverflowError, "(34, 'Numerical result out of range')")
    except ValueError:
        raise oefmt(exc.w_ValueError, "math domain error")
    return newfloat(result)


def sequence_binary_op(op, w_a, w_b, inplace=False):
    if op == OP_ADD:
        if isinstance(w_a, W_StrObject):
            if isinstance(w_b, W_StrObject):
                return newstr(w_a.value + w_b.value)
            raise oefmt(exc.w_TypeError,
                        'can only concatenate str (not "%s") to str' %
                        type_name(w_b))
        if isinstance(w_a, W_ListObject):
            if isinstance(w_b, W_ListObject):
                return w_a.concat(w_b)
            raise oefmt(exc.w_TypeError,
                        'can only concatenate list (not "%s") to list' %
                        type_name(w_b))
        if isinstance(w_a, W_TupleObject):
            if isinstance(w_b, W_TupleObject):
                return newtuple(w_a.items_w + w_b.items_w)
            raise oefmt(exc.w_TypeError,
                        'can only concatenate tuple (not "%s") to tuple' %
                        type_name(w_b))
        if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
            return W_BytesObject(w_a.value + w_b.value)
    elif op == OP_MUL:
        if is_int(w_b) and is_sequence(w_a):
            return sequence_repeat(w_a, w_b)
        if is_int(w_a) and is_sequence(w_b):
            return sequence_repeat(w_b, w_a)
        if is_sequence(w_a) and not is_int(w_b):
            raise oefmt(exc.w_TypeError,
                        "can't multiply sequence by non-int of type '%s'" %
                        type_name(w_b))
        if is_sequence(w_b) and not is_int(w_a):
            raise oefmt(exc.w_TypeError,
                        "can't multiply sequence by non-int of type '%s'" %
                        type_name(w_a))
    elif op == OP_MOD and isinstance(w_a, W_StrObject):
        from fastpy.objspace import percentformat
        return newstr(percentformat.format_str(w_a.value, w_b))
    elif op == OP_MOD and isinstance(w_a, W_BytesObject):
        from fastpy.objspace import percentformat
        return W_BytesObject(percentformat.unicode_to_bytes(
            percentformat.format_bytes(
                percentformat.bytes_to_unicode(w_a.value), w_b)))
    elif op == OP_MOD and is_bytearray(w_a):
        from fastpy.objspace import percentformat
        from fastpy.objspace.bytearrayobject import W_BytearrayObject
        return W_BytearrayObject(list(percentformat.unicode_to_bytes(
            percentformat.format_bytes(
                percentformat.bytes_to_unicode(w_a.as_str()), w_b))))
    w_res = w_a.sp_binop(op, w_b, False)   # the other builtin types
    if w_res is None:
        w_res = w_b.sp_rbinop(op, w_a)
    if w_res is not None:
        return w_res
    raise _unsupported(op, w_a, w_b, inplace)


def is_sequence(w_obj):
    return (isinstance(w_obj, W_StrObject) or
            isinstance(w_obj, W_ListObject) or
            isinstance(w_obj, W_TupleObject) or
            isinstance(w_obj, W_BytesObject))


def sequence_repeat(w_seq, w_count):
    n = sizelimits.repeat_count(w_count)
    if isinstance(w_seq, W_StrObject):
        sizelimits.check_repeat(len(w_seq.value), n, 4,
                                "repeated string is too long")
        return newstr(w_seq.value * n)
    if isinstance(w_seq, W_ListObject):
        sizelimits.check_repeat(w_seq.length(), n, sizelimits.WORD, '')
        return w_seq.mul(n)
    if isinstance(w_seq, W_TupleObject):
        if n == 1 and not w_seq.is_user:
            return w_seq            # immutable: t * 1 is t, as in CPython
        sizelimits.check_repeat(len(w_seq.items_w), n, sizelimits.WORD, '')
        return newtuple(w_seq.items_w * n)
    assert isinstance(w_seq, W_BytesObject)
    sizelimits.check_repeat(len(w_seq.value), n, 1,
                            "repeated bytes are too long")
    return W_BytesObject(w_seq.value * n)


def unary_neg(w_obj):
    if w_obj.is_user:
        return protocol.unary_op('__neg__', 'unary -', w_obj)
    return unary_neg_builtin(w_obj)

def unary_neg_builtin(w_obj):
    if isinstance(w_obj, W_IntObject):
        return int_neg(w_obj.intval)
    if isinstance(w_obj, W_FloatObject):
        return newfloat(-w_obj.floatval)
    if isinstance(w_obj, W_LongObject):
        return newlong(w_obj.bigval.neg())
    w_res = w_obj.sp_unary('-')
    if w_res is not None:
        return w_res
    raise oefmt(exc.w_TypeError, "bad operand type for unary -: '%s'" %
                type_name(w_obj))


def unary_pos(w_obj):
    if w_obj.is_user:
        return protocol.unary_op('__pos__', 'unary +', w_obj)
    return unary_pos_builtin(w_obj)

def unary_pos_builtin(w_obj):
    if isinstance(w_obj, W_BoolObject):
        return newint(w_obj.intval)
    if is_number(w_obj):
        if w_obj.is_user:       # an instance of a subclass: the exact value
            from fastpy.objspace.userobjects import exact_value
            return exact_value(w_obj)
        return w_obj
    w_res = w_obj.sp_unary('+')
    if w_res is not None:
        return w_res
    raise oefmt(exc.w_TypeError, "bad operand type for unary +: '%s'" %
                type_name(w_obj))


def unary_invert(w_obj):
    if w_obj.is_user:
        return protocol.unary_op('__invert__', 'unary ~', w_obj)
    return unary_invert_builtin(w_obj)

def unary_invert_builtin(w_obj):
    if isinstance(w_obj, W_IntObject):
        return newint(~w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return newlong(w_obj.bigval.invert())
    w_res = w_obj.sp_unary('~')
    if w_res is not None:
        return w_res
    raise oefmt(exc.w_TypeError, "bad operand type for unary ~: '%s'" %
                type_name(w_obj))


def abs_(w_obj):
    if w_obj.is_user:
        return protocol.unary_op('__abs__', 'abs()', w_obj)
    return abs__builtin(w_obj)

def abs__builtin(w_obj):
    if isinstance(w_obj, W_IntObject):
        return int_abs(w_obj.intval)
    if isinstance(w_obj, W_FloatObject):
        return newfloat(abs(w_obj.floatval))
    if isinstance(w_obj, W_LongObject):
        return newlong(w_obj.bigval.abs())
    w_res = w_obj.sp_unary('a')
    if w_res is not None:
        return w_res
    raise oefmt(exc.w_TypeError, "bad operand type for abs(): '%s'" %
                type_name(w_obj))


# ---------------------------------------------------------------- comparison

def compare(op, w_a, w_b):
    if (w_a.is_user or w_b.is_user) and op <= CMP_GE:
        return protocol.rich_compare(op, w_a, w_b)
    return compare_builtin(op, w_a, w_b)

def compare_builtin(op, w_a, w_b):
    if op == CMP_IS:
        return newbool(is_w(w_a, w_b))
    if op == CMP_IS_NOT:
        return newbool(not is_w(w_a, w_b))
    if op == CMP_IN:
        return newbool(contains_w(w_b, w_a))
    if op == CMP_NOT_IN:
        return newbool(not contains_w(w_b, w_a))
    return newbool(compare_w(op, w_a, w_b))


def is_w(w_a, w_b):
    if w_a is w_b:
        return True
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return same_small_int(w_a, w_b)
    return False


# CPython shares one object for each int in -5..256: two equal ints of
# that range are the same object for `is` and id().
SMALL_INT_MIN = -5
SMALL_INT_MAX = 256


def is_small_int(w_obj):
    return (isinstance(w_obj, W_IntObject) and
            w_obj.gettype() is w_int_type and
            SMALL_INT_MIN <= w_obj.intval <= SMALL_INT_MAX)


def same_small_int(w_a, w_b):
    return (is_small_int(w_a) and is_small_int(w_b) and
            w_a.intval == w_b.intval)


def compare_w(op, w_a, w_b):
    """Rich comparison for op in CMP_LT..CMP_GE, as an RPython bool."""
    if w_a.is_user or w_b.is_user:
        return truth_of(protocol.rich_compare(op, w_a, w_b))
    return compare_w_builtin(op, w_a, w_b)


def truth_of(w_result):
    """is_true of a temporary result, which is then dropped."""
    flag = is_true(w_result)
    refcount.discard(w_result)
    return flag

def compare_w_builtin(op, w_a, w_b):
    """Rich comparison for op in CMP_LT..CMP_GE, as an RPython bool."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return _cmp_result(op, w_a.intval, w_b.intval)
    if isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject):
        return _cmp_result(op, w_a.floatval, w_b.floatval)
    if op == CMP_EQ:
        return eq_w_builtin(w_a, w_b)
    if op == CMP_NE:
        return not eq_w_builtin(w_a, w_b)
    c = order_w(op, w_a, w_b)
    return _cmp_result(op, c, 0)


@specialize.argtype(1)
def _cmp_result(op, a, b):
    """a <op> b for two ints or two floats."""
    if op == CMP_LT:
        return a < b
    elif op == CMP_LE:
        return a <= b
    elif op == CMP_EQ:
        return a == b
    elif op == CMP_NE:
        return a != b
    elif op == CMP_GT:
        return a > b
    else:
        return a >= b


def _cmp_int_float(op, w_int, f):
    """Exact comparison of an int with a float, like CPython (no rounding
    of big ints to float)."""
    if rfloat.isnan(f):
        return op == CMP_NE
    if rfloat.isinf(f):
        return _cmp_result(op, 0, 1 if f > 0.0 else -1)
    floor_f = math.floor(f)
    c = big_compare(bigint_w(w_int), rbigint.fromfloat(floor_f))
    if f == floor_f:
        return _cmp_result(op, c, 0)
    # f lies strictly between floor_f and floor_f + 1.
    if c <= 0:
        return _cmp_result(op, -1, 0)
    return _cmp_result(op, 1, 0)


def eq_w(w_a, w_b):
    """Python ==, as an RPython bool (identity first, as containers do)."""
    if w_a.is_user or w_b.is_user:
        if w_a is w_b:
            return True
        return truth_of(protocol.rich_compare(CMP_EQ, w_a, w_b))
    return eq_w_builtin(w_a, w_b)

def eq_w_builtin(w_a, w_b):
    """Python ==, as an RPython bool."""
    if w_a is w_b and not isinstance(w_a, W_FloatObject):
        return True
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval == w_b.intval
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.value == w_b.value
    if is_number(w_a) and is_number(w_b):
        if isinstance(w_a, W_FloatObject):
            if isinstance(w_b, W_FloatObject):
                return w_a.floatval == w_b.floatval
            return _cmp_int_float(CMP_EQ, w_b, w_a.floatval)
        if isinstance(w_b, W_FloatObject):
            return _cmp_int_float(CMP_EQ, w_a, w_b.floatval)
        return bigint_w(w_a).eq(bigint_w(w_b))
    if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
        return w_a.equals(w_b)
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        return _items_eq(w_a.items_w, w_b.items_w)
    if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject):
        if w_a.length() != w_b.length():
            return False
        for entry in w_a.entries():
            if not _dict_entry_eq(entry, w_b):
                return False
        return True
    if isinstance(w_a, W_RangeObject) and isinstance(w_b, W_RangeObject):
        if w_a.length != w_b.length:
            return False
        if w_a.length == 0:
            return True
        if w_a.start != w_b.start:
            return False
        return w_a.length == 1 or w_a.step == w_b.step
    if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
        return w_a.value == w_b.value
    r = w_a.sp_eq(w_b)           # the other builtin types (root.py)
    if r < 0:
        r = w_b.sp_eq(w_a)
    return r == 1


def _dict_entry_eq(entry, w_b):
    """Does the dict w_b map entry's key to an equal value?  The key and
    both values are held while __eq__ runs, which may change either
    dict."""
    w_key = entry.w_key
    w_value = entry.w_value
    refcount.incref(w_key)
    refcount.incref(w_value)
    try:
        w_other = w_b.getitem(w_key)
        if w_other is None:
            return False
        refcount.incref(w_other)
        try:
            return eq_w(w_value, w_other)
        finally:
            refcount.decref(w_other)
    finally:
        refcount.decref(w_key)
        refcount.decref(w_value)


def _items_eq(a_w, b_w):
    if len(a_w) != len(b_w):
        return False
    for i in range(len(a_w)):
        if not (a_w[i] is b_w[i]) and not eq_w(a_w[i], b_w[i]):
            return False
    return True


def order_w(op, w_a, w_b):
    """-1, 0, 1 for an ordering comparison; TypeError when unorderable.
    For floats with NaN the caller's op must be honoured, so floats are
    compared in compare_w/_ordered_float."""
    if is_number(w_a) and is_number(w_b):
        if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
            if isinstance(w_a, W_FloatObject) and \
                    isinstance(w_b, W_FloatObject):
                return _float_order(w_a.floatval, w_b.floatval, op)
            if isinstance(w_a, W_FloatObject):
                return _bool_to_order(op, _cmp_int_float(
                    _swap(op), w_b, w_a.floatval))
            assert isinstance(w_b, W_FloatObject)
            return _bool_to_order(op, _cmp_int_float(op, w_a, w_b.floatval))
        return big_compare(bigint_w(w_a), bigint_w(w_b))
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        if w_a.value < w_b.value:
            return -1
        if w_a.value > w_b.value:
            return 1
        return 0
    if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
        if w_a.value < w_b.value:
            return -1
        if w_a.value > w_b.value:
            return 1
        return 0
    if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
        return _items_order(op, w_a.getitems_fixedsize(),
                            w_b.getitems_fixedsize())
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        return _items_order(op, w_a.items_w, w_b.items_w)
    r = w_a.sp_compare(op, w_b)  # the other builtin types (root.py)
    if r < 0:
        r = w_b.sp_compare(_swap(op), w_a)
    if r >= 0:
        return _bool_to_order(op, r == 1)
    raise oefmt(exc.w_TypeError,
                "'%s' not supported between instances of '%s' and '%s'" %
                (CMP_SYMBOLS[op], type_name(w_a), type_name(w_b)))


def _swap(op):
    if op == CMP_LT:
        return CMP_GT
    if op == CMP_LE:
        return CMP_GE
    if op == CMP_GT:
        return CMP_LT
    if op == CMP_GE:
        return CMP_LE
    return op


def _bool_to_order(op, flag):
    """Encode the answer to `op` as an order value that _cmp_result(op, .,0)
    turns back into flag."""
    if op == CMP_LT or op == CMP_LE:
        return -1 if flag else 1
    return 1 if flag else -1


def _float_order(a, b, op):
    if rfloat.isnan(a) or rfloat.isnan(b):
        return _bool_to_order(op, False)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def _items_order(op, a_w, b_w):
    n = min(len(a_w), len(b_w))
    for i in range(n):
        if not eq_w(a_w[i], b_w[i]):
            return _bool_to_order(op, compare_w(op, a_w[i], b_w[i]))
    if len(a_w) < len(b_w):
        return -1
    if len(a_w) > len(b_w):
        return 1
    return 0


def contains_w(w_container, w_item):
    if w_container.is_user:
        return protocol.contains(w_container, w_item)
    return contains_w_builtin(w_container, w_item)

def contains_w_builtin(w_container, w_item):
    if isinstance(w_container, W_StrObject):
        if not isinstance(w_item, W_StrObject):
            raise oefmt(exc.w_TypeError,
                        "'in <string>' requires string as left operand, not %s"
                        % type_name(w_item))
        from fastpy.objspace.strobject import str_find
        return str_find(w_container.value, w_item.value, 0) >= 0
    if isinstance(w_container, W_DictObject):
        return w_container.getitem(w_item) is not None
    from fastpy.objspace.dictview import W_DictView, KEYS
    if isinstance(w_container, W_DictView) and w_container.kind == KEYS:
        return w_container.w_dict.getitem(w_item) is not None
    if isinstance(w_container, W_RangeObject):
        if isinstance(w_item, W_IntObject):
            r = w_container
            v = w_item.intval
            if r.step > 0:
                if not (r.start <= v < r.stop):
                    return False
            else:
                if not (r.stop < v <= r.start):
                    return False
            return (v - r.start) % r.step == 0
    if isinstance(w_container, W_ListObject):
        return w_container.find(w_item) >= 0
    if isinstance(w_container, W_TupleObject):
        for w_x in w_container.items_w:
            if w_x is w_item or eq_w(w_x, w_item):
                return True
        return False
    r = w_container.sp_contains(w_item)
    if r >= 0:
        return r == 1
    items_w = iterate_or_type_error(
        w_container, "argument of type '%s' is not iterable")
    for w_x in items_w:
        if w_x is w_item or eq_w(w_x, w_item):
            return True
    return False


# ---------------------------------------------------------------- hashing

HASH_MODULUS = (1 << 61) - 1


def hash_w(w_obj):
    if w_obj.is_user:
        return protocol.hash_w(w_obj)
    return hash_w_builtin(w_obj)

def hash_w_builtin(w_obj):
    if isinstance(w_obj, W_IntObject):
        return _hash_int(w_obj.intval)
    if isinstance(w_obj, W_StrObject):
        return compute_hash(w_obj.value)
    if isinstance(w_obj, W_FloatObject):
        f = w_obj.floatval
        if math.isnan(f):
            return compute_hash(w_obj)     # by identity, as CPython 3.10+
        return numhash.hash_float(f)
    if isinstance(w_obj, W_LongObject):
        return numhash.hash_bigint(w_obj.bigval)
    if isinstance(w_obj, W_TupleObject):
        return _hash_tuple(w_obj.items_w)
    if isinstance(w_obj, W_BytesObject):
        return compute_hash(w_obj.value)
    if (isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_DictObject)):
        raise oefmt(exc.w_TypeError, "unhashable type: '%s'" %
                    type_name(w_obj))
    return w_obj.sp_hash()       # identity hash unless overridden


# Constants of the tuple hash: three odd 64-bit primes and an offset.
_TUPLE_PRIME_1 = r_uint(11400714785074694791)
_TUPLE_PRIME_2 = r_uint(14029467366897019727)
_TUPLE_PRIME_5 = r_uint(2870177450012600261)
_TUPLE_LENGTH_SALT = r_uint(3527539)


def _hash_tuple(items_w):
    """The tuple hash of CPython 3.8+ (one xxHash-style round per item:
    add the item's hash times a prime, rotate left 31 bits, multiply by
    another prime), so that hash((1, 2)) and the order of a set of tuples
    are CPython's.  Apart from hash_w, which has no loop and so is
    inlined in traces."""
    acc = _TUPLE_PRIME_5
    for w_item in items_w:
        lane = r_uint(hash_w(w_item))
        acc += lane * _TUPLE_PRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc *= _TUPLE_PRIME_1
    acc += r_uint(len(items_w)) ^ (_TUPLE_PRIME_5 ^ _TUPLE_LENGTH_SALT)
    result = intmask(acc)
    if result == -1:
        return 1546275796
    return result


def _hash_int(v):
    return numhash.hash_int(v)


# ---------------------------------------------------------------- length

def len_w(w_obj):
    if w_obj.is_user:
        return protocol.len_w(w_obj)
    return len_w_builtin(w_obj)

def len_w_builtin(w_obj):
    if isinstance(w_obj, W_ListObject):
        return w_obj.length()
    if isinstance(w_obj, W_StrObject):
        return len(w_obj.value)
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items_w)
    if isinstance(w_obj, W_DictObject):
        return w_obj.length()
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value)
    from fastpy.objspace.dictview import W_DictView
    if isinstance(w_obj, W_DictView):
        return w_obj.w_dict.length()
    n = w_obj.sp_len()
    if n >= 0:
        return n
    raise oefmt(exc.w_TypeError, "object of type '%s' has no len()" %
                type_name(w_obj))


# ---------------------------------------------------------------- iteration

@specialize.arg(1)
def iterate_or_type_error(w_obj, msg):
    """All items of an iterable as an RPython list (for builtins)."""
    if w_obj.is_user:
        return iterate_generic(w_obj, msg)
    return iterate_or_type_error_builtin(w_obj, msg)


@specialize.arg(1)
def iterate_generic(w_obj, msg):
    """Items through iter() and next(); each stays alive (the caller
    owns the list only as borrowed references: items are temporaries
    kept alive by their count being raised while collected)."""
    w_iter = protocol.get_iter_or_none(w_obj)
    if w_iter is None:
        raise oefmt(exc.w_TypeError, msg % type_name(w_obj))
    refcount.incref(w_iter)
    try:
        return collect_items(w_iter)
    finally:
        refcount.decref(w_iter)

@specialize.arg(1)
def iterate_or_type_error_builtin(w_obj, msg):
    """All items of an iterable as an RPython list (for builtins)."""
    if isinstance(w_obj, W_ListObject):
        return w_obj.getitems_copy()
    if isinstance(w_obj, W_TupleObject):
        return list(w_obj.items_w)
    if isinstance(w_obj, W_StrObject):
        return [newstr(ch) for ch in w_obj.value]
    if isinstance(w_obj, W_DictObject):
        return w_obj.keys()
    if isinstance(w_obj, W_RangeObject):
        return [newint(w_obj.item(i)) for i in range(w_obj.length)]
    if isinstance(w_obj, W_BytesObject):
        return [newint(ord(c)) for c in w_obj.value]
    from fastpy.objspace.dictview import W_DictView
    if isinstance(w_obj, W_DictView):
        return w_obj.items_w()
    from fastpy.objspace.iterobject import W_SeqIterator
    from fastpy.objspace.rangeobject import W_RangeIterator
    from fastpy.interpreter import generator
    if (isinstance(w_obj, W_SeqIterator) or isinstance(w_obj, W_DictIterator)
            or isinstance(w_obj, W_RangeIterator) or
            generator.is_generator_iterator(w_obj)):
        # Items from a generator are temporaries: the caller stores them.
        return collect_items(w_obj)
    w_iter = w_obj.sp_iter()     # the other builtin types (root.py)
    if w_iter is not None:
        return drain_iterator(w_obj, w_iter)
    raise oefmt(exc.w_TypeError, msg % type_name(w_obj))


def collect_items(w_iter):
    """The remaining items of an iterator, as temporaries the caller
    stores or discards.  Each is counted while the rest are fetched: an
    item that only the iterator's state holds (a generator's local,
    accumulate's running total) must not die when the iterator moves on."""
    from fastpy.objspace import refcount, iterloops
    w_type = iterloops.iter_type(w_iter)
    code = iterloops.iter_code(w_iter)
    result = []
    try:
        while True:
            iterloops.collect_driver.jit_merge_point(w_type=w_type,
                                                     code=code)
            w_item = next_w(w_iter)
            if w_item is None:
                break
            refcount.incref(w_item)
            result.append(w_item)
    except OperationError:
        for w_item in result:
            refcount.decref(w_item)
        raise
    for w_item in result:
        refcount.disown(w_item)
    return result


def drain_iterator(w_obj, w_iter):
    """Every remaining item of w_iter (made by w_obj.sp_iter())."""
    from fastpy.objspace import refcount
    try:
        return collect_items(w_iter)
    finally:
        if w_iter is not w_obj:
            refcount.discard(w_iter)


def iterate(w_obj):
    return iterate_or_type_error(w_obj, "'%s' object is not iterable")


def iterate_sized(w_obj):
    """iterate(w_obj) for list() and list.extend(): as in CPython, a user
    iterable is then asked its length hint (__len__, else
    __length_hint__; their errors propagate) after iter(), before the
    items are taken."""
    if not w_obj.is_user:
        return iterate(w_obj)
    w_iter = protocol.get_iter_or_none(w_obj)
    if w_iter is None:
        raise oefmt(exc.w_TypeError, "'%s' object is not iterable" %
                    type_name(w_obj))
    refcount.incref(w_iter)
    try:
        from fastpy.modules.operatormodule import length_hint
        length_hint(w_obj, 8)
        return collect_items(w_iter)
    finally:
        refcount.decref(w_iter)


# ---------------------------------------------------------------- subscripts

def slice_indices(w_slice, length):
    """(start, stop, step, slicelength) like PySlice_GetIndicesEx."""
    from fastpy.objspace.sliceobject import W_SliceObject
    assert isinstance(w_slice, W_SliceObject)
    if w_slice.w_step is w_None:
        step = 1
    else:
        step = _slice_int(w_slice.w_step)
        if step == 0:
            raise oefmt(exc.w_ValueError, "slice step cannot be zero")
    if step < 0:
        lower, upper = -1, length - 1
    else:
        lower, upper = 0, length
    if w_slice.w_start is w_None:
        start = upper if step < 0 else lower
    else:
        start = _slice_int(w_slice.w_start)
        if start < 0:
            start = max(start + length, lower)
        else:
            start = min(start, upper)
    if w_slice.w_stop is w_None:
        stop = lower if step < 0 else upper
    else:
        stop = _slice_int(w_slice.w_stop)
        if stop < 0:
            stop = max(stop + length, lower)
        else:
            stop = min(stop, upper)
    if step < 0:
        if stop < start:
            slicelength = (start - stop - 1) // (-step) + 1
        else:
            slicelength = 0
    else:
        if start < stop:
            slicelength = (stop - start - 1) // step + 1
        else:
            slicelength = 0
    return start, stop, step, slicelength


def _slice_int(w_obj):
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        # Clamp like CPython's _PyEval_SliceIndex.
        if w_obj.bigval.sign < 0:
            return -(1 << 62)
        return 1 << 62
    if w_obj.is_user:
        w_index = protocol.index(w_obj)
        if w_index is not None:
            return _slice_int(w_index)
    raise oefmt(exc.w_TypeError,
                "slice indices must be integers or None or have an "
                "__index__ method")


def _sequence_index_w(w_index, what):
    """index_w with the sequence's own TypeError message."""
    if w_index.is_user and not is_int(w_index):
        w_i = protocol.index(w_index)
        if w_i is not None:
            return index_w_builtin(w_i)
    if not is_int(w_index):
        if what == 'string':
            raise oefmt(exc.w_TypeError,
                        "string indices must be integers, not '%s'" %
                        type_name(w_index))
        if what == 'index':
            kind = 'byte'
        elif what == 'range object':
            kind = 'range'
        elif what == 'list assignment':
            kind = 'list'
        else:
            kind = what
        raise oefmt(exc.w_TypeError,
                    "%s indices must be integers or slices, not %s" %
                    (kind, type_name(w_index)))
    return index_w_builtin(w_index)


def _normalize_index(w_index, length, what):
    i = _sequence_index_w(w_index, what)
    if i < 0:
        i += length
    if i < 0 or i >= length:
        raise oefmt(exc.w_IndexError, "%s index out of range" % what)
    return i


def _list_index_error(what):
    return oefmt(exc.w_IndexError, "%s index out of range" % what)


def list_getitem_int(w_list, i):
    """w_list[i] for a machine int i.  No loop, so traces inline it: a
    bounds check and the strategy's read."""
    n = w_list.length()
    # 0 <= i < n as one unsigned comparison: one guard in traces
    if r_uint(i) < r_uint(n):
        return w_list.getitem(i)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise _list_index_error('list')
    return w_list.getitem(i)


def list_setitem_int(w_list, i, w_value):
    """w_list[i] = w_value for a machine int i; inlined like
    list_getitem_int."""
    w_list.setitem(list_store_position(w_list, i), w_value)


def list_store_position(w_list, i):
    """Where `w_list[i] = ...` stores, i a machine int (IndexError when
    out of range)."""
    n = w_list.length()
    if r_uint(i) < r_uint(n):       # one guard in traces, as above
        return i
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise _list_index_error('list assignment')
    return i


def _list_getitem_other(w_list, w_index):
    """w_list[slice] and the index errors."""
    from fastpy.objspace.sliceobject import W_SliceObject
    if isinstance(w_index, W_SliceObject):
        start, stop, step, n = slice_indices(w_index, w_list.length())
        return w_list.getslice(start, step, n)
    return w_list.getitem(_normalize_index(w_index, w_list.length(),
                                           'list'))


def getitem(w_obj, w_index):
    if w_obj.is_user:
        return protocol.getitem(w_obj, w_index)
    return getitem_builtin(w_obj, w_index)

def _dict_missing(w_dict, w_key):
    """dict subclasses: type(d).__missing__(d, key), or None when the
    type has none (CPython's dict_subscript)."""
    from fastpy.objspace.dictobject import w_dict_type
    w_type = w_dict.gettype()
    if w_type is w_dict_type:
        return None
    w_missing = w_type.lookup('__missing__')
    if w_missing is None:
        return None
    return protocol.call_descr(w_missing, w_dict, [w_key])


def getitem_builtin(w_obj, w_index):
    from fastpy.objspace.sliceobject import W_SliceObject
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_IntObject):
            return list_getitem_int(w_obj, w_index.intval)
        return _list_getitem_other(w_obj, w_index)
    if isinstance(w_obj, W_DictObject):
        w_value = w_obj.getitem(w_index)
        if w_value is None:
            w_value = _dict_missing(w_obj, w_index)
            if w_value is not None:
                return w_value
            raise OperationError(exc.W_BaseException(exc.w_KeyError,
                                                     [w_index]))
        return w_value
    if isinstance(w_obj, W_TupleObject):
        if isinstance(w_index, W_SliceObject):
            return newtuple(_slice_items(w_obj.items_w, w_index))
        return w_obj.items_w[_normalize_index(w_index, len(w_obj.items_w),
                                              'tuple')]
    if isinstance(w_obj, W_StrObject):
        u = w_obj.value
        if isinstance(w_index, W_SliceObject):
            return _str_getslice(u, w_index)
        i = _normalize_index(w_index, len(u), 'string')
        return newstr(u[i])
    if isinstance(w_obj, W_RangeObject):
        if isinstance(w_index, W_SliceObject) or \
                isinstance(w_index, W_LongObject):
            # CPython's compute_slice, on bigints (bigrange.py)
            from fastpy.objspace.bigrange import range_getitem
            return range_getitem(w_obj, w_index)
        i = _normalize_index(w_index, w_obj.length, 'range object')
        return newint(w_obj.item(i))
    if isinstance(w_obj, W_BytesObject):
        s = w_obj.value
        if isinstance(w_index, W_SliceObject):
            return _bytes_getslice(s, w_index)
        return newint(ord(s[_normalize_index(w_index, len(s), 'index')]))
    w_res = w_obj.sp_getitem(w_index)   # the other builtin types
    if w_res is not None:
        return w_res
    if isinstance(w_obj, W_TypeObject):
        return protocol.getitem(w_obj, w_index)   # __class_getitem__
    raise oefmt(exc.w_TypeError, "'%s' object is not subscriptable" %
                type_name(w_obj))


def _slice_items(items_w, w_slice):
    start, stop, step, n = slice_indices(w_slice, len(items_w))
    if step == 1:
        assert start >= 0 and n >= 0
        return items_w[start:start + n]
    return [items_w[start + k * step] for k in range(n)]


# The slicing loops live outside getitem, which must stay loop-free so
# traces inline it (a function with a loop is a residual call).

def _str_getslice(u, w_slice):
    start, stop, step, n = slice_indices(w_slice, len(u))
    if step == 1:
        assert start >= 0 and n >= 0
        return newstr(u[start:start + n])
    b = UnicodeBuilder(n)
    for k in range(n):
        b.append(u[start + k * step])
    return newstr(b.build())


def _bytes_getslice(s, w_slice):
    start, stop, step, n = slice_indices(w_slice, len(s))
    chars = [s[start + k * step] for k in range(n)]
    return W_BytesObject(''.join(chars))


def setitem(w_obj, w_index, w_value):
    if w_obj.is_user:
        protocol.setitem(w_obj, w_index, w_value)
        return
    setitem_builtin(w_obj, w_index, w_value)

def setitem_builtin(w_obj, w_index, w_value):
    from fastpy.objspace.sliceobject import W_SliceObject
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_IntObject):
            list_setitem_int(w_obj, w_index.intval, w_value)
            return
        if isinstance(w_index, W_SliceObject):
            _list_setslice(w_obj, w_index, w_value)
            return
        w_obj.setitem(_normalize_index(w_index, w_obj.length(),
                                       'list assignment'), w_value)
        return
    if isinstance(w_obj, W_DictObject):
        w_obj.setitem(w_index, w_value)
        return
    if w_obj.sp_setitem(w_index, w_value):
        return
    raise oefmt(exc.w_TypeError,
                "'%s' object does not support item assignment" %
                type_name(w_obj))


def _list_setslice(w_list, w_slice, w_value):
    start, stop, step, n = slice_indices(w_slice, w_list.length())
    new_w = iterate_or_type_error(w_value, "must assign iterable to "
                                  "extended slice")
    items_w = w_list.getitems_copy()
    if step == 1:
        if stop < start:
            stop = start
        assert start >= 0 and stop >= 0
        w_list.replace_all(items_w[:start] + new_w + items_w[stop:])
        return
    if len(new_w) != n:
        raise oefmt(exc.w_ValueError,
                    "attempt to assign sequence of size %d to extended "
                    "slice of size %d" % (len(new_w), n))
    for k in range(n):
        items_w[start + k * step] = new_w[k]
    w_list.replace_all(items_w)


def _list_delslice(w_list, w_slice):
    from fastpy.objspace import refcount
    start, stop, step, n = slice_indices(w_slice, w_list.length())
    if step == 1:
        w_list.delslice(start, start + n)
        return
    if n == 0:
        return
    if step < 0:
        start += (n - 1) * step
        step = -step
    items_w = w_list.getitems_copy()
    doomed = [False] * len(items_w)
    for k in range(n):
        doomed[start + k * step] = True
    keep = []
    garbage = []
    for i in range(len(items_w)):
        if doomed[i]:
            garbage.append(items_w[i])
        else:
            keep.append(items_w[i])
    # Like CPython, drop the removed items in index order once the list
    # holds only the kept ones: hold them across replace_all.
    for w_item in garbage:
        refcount.incref(w_item)
    w_list.replace_all(keep)
    for w_item in garbage:
        refcount.decref(w_item)


def delitem(w_obj, w_index):
    if w_obj.is_user:
        protocol.delitem(w_obj, w_index)
        return
    delitem_builtin(w_obj, w_index)

def delitem_builtin(w_obj, w_index):
    from fastpy.objspace.sliceobject import W_SliceObject
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_SliceObject):
            _list_delslice(w_obj, w_index)
            return
        w_obj.delitem(_normalize_index(w_index, w_obj.length(),
                                       'list assignment'))
        return
    if isinstance(w_obj, W_DictObject):
        if not w_obj.delitem(w_index):
            raise OperationError(exc.W_BaseException(exc.w_KeyError,
                                                     [w_index]))
        return
    if w_obj.sp_delitem(w_index):
        return
    raise oefmt(exc.w_TypeError,
                "'%s' object doesn't support item deletion" %
                type_name(w_obj))


# ---------------------------------------------------------------- attributes

def getattr_or_none(w_obj, name):
    """getattr(obj, name, None): only an AttributeError is swallowed."""
    try:
        return getattr_w(w_obj, name)
    except OperationError as e:
        if not e.match(exc.w_AttributeError):
            raise
        refcount.discard(e.w_exc)
        return None


def getattr_w(w_obj, name):
    """obj.name for a name given as utf-8 str.  As CPython's
    PyObject_GetAttr, an AttributeError leaving it gets `name` and `obj`
    unless it has one of them."""
    try:
        return _getattr(w_obj, name)
    except OperationError as e:
        from fastpy.objspace.excfields import add_attribute_error_context
        add_attribute_error_context(e, w_obj, name)
        raise


def _getattr(w_obj, name):
    if isinstance(w_obj, W_Module):
        from fastpy.objspace.moduleobject import module_getattr
        return module_getattr(w_obj, name)
    from fastpy.interpreter import funcattrs
    w_value = funcattrs.getattr_hook(w_obj, name)  # functions, code, cells
    if w_value is not None:
        return w_value
    from fastpy.objspace import excinstances
    if excinstances.has_attr_hook(w_obj):     # exceptions, tracebacks
        w_value = excinstances.getattr_hook(w_obj, name)
        if w_value is not None:
            return w_value
    from fastpy.objspace import attribute      # descriptors, instances
    return attribute.getattr_w(w_obj, name)


# ---------------------------------------------------------------- iterators

def get_iter(w_obj):
    if w_obj.is_user:
        return protocol.get_iter(w_obj)
    return get_iter_builtin(w_obj)

def get_iter_builtin(w_obj):
    from fastpy.objspace import iterobject
    from fastpy.objspace.rangeobject import W_RangeIterator
    from fastpy.objspace.dictview import W_DictView
    if isinstance(w_obj, W_RangeObject):
        if not w_obj.iterates_on_machine_ints():
            from fastpy.objspace.bigrange import range_iter_big
            return range_iter_big(w_obj)
        return W_RangeIterator(w_obj.start, w_obj.length, w_obj.step)
    if isinstance(w_obj, W_ListObject):
        return iterobject.W_ListIterator(w_obj)
    if isinstance(w_obj, W_TupleObject):
        return iterobject.W_TupleIterator(w_obj)
    if isinstance(w_obj, W_StrObject):
        return iterobject.W_StrIterator(w_obj)
    if isinstance(w_obj, W_DictObject):
        return W_DictIterator(w_obj, KEYS)
    if isinstance(w_obj, W_DictView):
        return W_DictIterator(w_obj.w_dict, w_obj.kind)
    if isinstance(w_obj, W_BytesObject):
        return iterobject.W_ListIterator(newlist(iterate(w_obj)))
    if (isinstance(w_obj, iterobject.W_SeqIterator) or
            isinstance(w_obj, W_RangeIterator) or
            isinstance(w_obj, W_DictIterator)):
        return w_obj
    from fastpy.interpreter import generator
    if generator.is_generator_iterator(w_obj):
        return w_obj
    w_it = w_obj.sp_iter()       # the other builtin types (root.py)
    if w_it is not None:
        return w_it
    raise oefmt(exc.w_TypeError, "'%s' object is not iterable" %
                type_name(w_obj))


def next_w(w_iter):
    """The next item, or None when the iterator is exhausted."""
    if w_iter.is_user:
        return protocol.next(w_iter)
    return next_w_builtin(w_iter)

def next_w_builtin(w_iter):
    """The next item, or None when the iterator is exhausted."""
    from fastpy.objspace import iterobject
    from fastpy.objspace.rangeobject import W_RangeIterator
    if isinstance(w_iter, W_RangeIterator):
        return w_iter.next()
    if isinstance(w_iter, iterobject.W_SeqIterator):
        return w_iter.next()
    if isinstance(w_iter, W_DictIterator):
        return w_iter.next()
    from fastpy.interpreter import generator
    if generator.is_generator_iterator(w_iter):
        return generator.next_or_none(w_iter)
    if w_iter.sp_is_iterator():  # the other builtin types (root.py)
        return w_iter.sp_next()
    raise oefmt(exc.w_TypeError, "'%s' object is not an iterator" %
                type_name(w_iter))


def is_builtin_iterator(w_obj):
    """Iterators next_w steps without a __next__ lookup."""
    from fastpy.objspace import iterobject
    from fastpy.objspace.rangeobject import W_RangeIterator
    return (isinstance(w_obj, iterobject.W_SeqIterator) or
            isinstance(w_obj, W_RangeIterator) or
            isinstance(w_obj, W_DictIterator) or w_obj.sp_is_iterator())
