"""The builtins module: functions and type constructors."""

from rpython.rlib import jit
from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError, UnicodeBuilder

from fastpy import config
from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import (make_builtin, check_arity, kwarg,
                                        reject_other_kwargs)
from fastpy.objspace import space
from fastpy.objspace import exceptions as exc
from fastpy.objspace.intobject import W_IntObject, w_int_type, newint
from fastpy.objspace.longobject import W_LongObject, newlong
from fastpy.objspace.floatobject import W_FloatObject, w_float_type, newfloat
from fastpy.objspace.boolobject import W_BoolObject, w_bool_type
from fastpy.objspace.strobject import (W_StrObject, w_str_type, newstr,
                                      str_to_utf8, str_strip)
from fastpy.objspace.listobject import (W_ListObject, w_list_type, newlist,
                                        newlist_range)
from fastpy.objspace.tupleobject import W_TupleObject, w_tuple_type, newtuple
from fastpy.objspace.dictobject import W_DictObject, w_dict_type, newdict
from fastpy.objspace.rangeobject import W_RangeObject, w_range_type
from fastpy.objspace.typeobject import W_TypeObject, w_object_type, \
    w_type_type
from fastpy.objspace.noneobject import w_NoneType
from fastpy.objspace.bytesobject import w_bytes_type
from fastpy.modules import outstream


# ---------------------------------------------------------------- print

def builtin_print(args):
    reject_other_kwargs('print', args, ['sep', 'end', 'file', 'flush'])
    sep = _str_kwarg(args, 'sep', u' ')
    end = _str_kwarg(args, 'end', u'\n')
    b = UnicodeBuilder()
    for i in range(len(args.args_w)):
        if i > 0:
            b.append(sep)
        b.append(space.str_u(args.args_w[i]))
    b.append(end)
    outstream.stdout.write(str_to_utf8(b.build()))
    w_flush = kwarg(args, 'flush')
    if w_flush is not None and space.is_true(w_flush):
        outstream.stdout.flush()
    return space.w_None


def _str_kwarg(args, name, default):
    w_value = kwarg(args, name)
    if w_value is None or w_value is space.w_None:
        return default
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s must be None or a string, not %s" %
                    (name, space.type_name(w_value)))
    return w_value.value


# ---------------------------------------------------------------- simple

def builtin_len(args):
    return newint(space.len_w(args.args_w[0]))


def builtin_repr(args):
    return newstr(space.repr_u(args.args_w[0]))


def builtin_abs(args):
    return space.abs_(args.args_w[0])


def builtin_isinstance(args):
    w_obj = args.args_w[0]
    w_cls = args.args_w[1]
    return space.newbool(_isinstance(w_obj, w_cls))


def _isinstance(w_obj, w_cls):
    if isinstance(w_cls, W_TypeObject):
        return space.isinstance_w(w_obj, w_cls)
    if isinstance(w_cls, W_TupleObject):
        for w_item in w_cls.items_w:
            if _isinstance(w_obj, w_item):
                return True
        return False
    raise oefmt(exc.w_TypeError, "isinstance() arg 2 must be a type, a tuple "
                "of types, or a union")


def builtin_hash(args):
    return newint(space.hash_w(args.args_w[0]))


def _min_max(args, name, want_max):
    reject_other_kwargs(name, args, ['default'])
    if len(args.args_w) == 0:
        raise oefmt(exc.w_TypeError,
                    "%s expected at least 1 argument, got 0" % name)
    if len(args.args_w) == 1:
        items_w = space.iterate(args.args_w[0])
        if len(items_w) == 0:
            w_default = kwarg(args, 'default')
            if w_default is not None:
                return w_default
            raise oefmt(exc.w_ValueError, "%s() arg is an empty sequence" %
                        name)
    else:
        items_w = args.args_w
    w_best = items_w[0]
    op = space.CMP_GT if want_max else space.CMP_LT
    for i in range(1, len(items_w)):
        if space.compare_w(op, items_w[i], w_best):
            w_best = items_w[i]
    return w_best


def builtin_min(args):
    return _min_max(args, 'min', False)


def builtin_max(args):
    return _min_max(args, 'max', True)


def builtin_sum(args):
    reject_other_kwargs('sum', args, ['start'])
    items_w = space.iterate(args.args_w[0])
    w_start = kwarg(args, 'start')
    if len(args.args_w) > 1:
        w_start = args.args_w[1]
    if w_start is None:
        w_start = newint(0)
    if isinstance(w_start, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "sum() can't sum strings [use ''.join(seq) instead]")
    w_total = w_start
    for w_item in items_w:
        w_total = space.binary_op(space.OP_ADD, w_total, w_item)
    return w_total


# ---------------------------------------------------------------- int()

def builtin_int(args):
    reject_other_kwargs('int', args, ['base'])
    w_base = kwarg(args, 'base')
    if len(args.args_w) > 1:
        w_base = args.args_w[1]
    if len(args.args_w) == 0:
        if w_base is not None:
            raise oefmt(exc.w_TypeError, "int() missing string argument")
        return newint(0)
    w_x = args.args_w[0]
    if w_base is not None:
        base = space.int_w(w_base)
        if not (base == 0 or 2 <= base <= 36):
            raise oefmt(exc.w_ValueError,
                        "int() base must be >= 2 and <= 36, or 0")
        if not isinstance(w_x, W_StrObject):
            raise oefmt(exc.w_TypeError,
                        "int() can't convert non-string with explicit base")
        return int_from_string(w_x.value, base)
    if isinstance(w_x, W_BoolObject):
        return newint(w_x.intval)
    if space.is_int(w_x):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return int_from_float(w_x.floatval)
    if isinstance(w_x, W_StrObject):
        return int_from_string(w_x.value, 10)
    raise oefmt(exc.w_TypeError,
                "int() argument must be a string, a bytes-like object or a "
                "real number, not '%s'" % space.type_name(w_x))


def int_from_float(f):
    if rfloat.isinf(f):
        raise oefmt(exc.w_OverflowError,
                    "cannot convert float infinity to integer")
    if rfloat.isnan(f):
        raise oefmt(exc.w_ValueError, "cannot convert float NaN to integer")
    return newlong(rbigint.fromfloat(f))


def _invalid_int_literal(u, base):
    return oefmt(exc.w_ValueError,
                 "invalid literal for int() with base %d: %s" %
                 (base, str_to_utf8(space.str_repr(u))))


def int_from_string(u, base):
    """int(str, base) with CPython's rules: surrounding whitespace, sign,
    optional prefix matching the base, single underscores between
    digits."""
    s = str_strip(u)
    i = 0
    negative = False
    if i < len(s) and (s[i] == u'+' or s[i] == u'-'):
        negative = s[i] == u'-'
        i += 1
    b = base
    if i + 1 < len(s) and s[i] == u'0':
        c = s[i + 1]
        prefix_base = 0
        if c == u'x' or c == u'X':
            prefix_base = 16
        elif c == u'o' or c == u'O':
            prefix_base = 8
        elif c == u'b' or c == u'B':
            prefix_base = 2
        if prefix_base and (base == 0 or base == prefix_base):
            b = prefix_base
            i += 2
            if i < len(s) and s[i] == u'_':
                i += 1
    if b == 0:
        b = 10
        if i + 1 < len(s) and s[i] == u'0':
            # base 0 forbids leading zeros in a nonzero decimal
            assert i >= 0
            for ch in s[i:]:
                if ch != u'0' and ch != u'_':
                    raise _invalid_int_literal(u, base)
    digits = []
    prev_underscore = True
    assert i >= 0
    for ch in s[i:]:
        if ch == u'_':
            if prev_underscore:
                raise _invalid_int_literal(u, base)
            prev_underscore = True
            continue
        d = _digit_value(ch)
        if d < 0 or d >= b:
            raise _invalid_int_literal(u, base)
        digits.append(chr(ord(ch)) if ord(ch) < 128 else chr(48 + d))
        prev_underscore = False
    if len(digits) == 0 or prev_underscore:
        raise _invalid_int_literal(u, base)
    text = ''.join(digits)
    if b == 10 and len(text) > config.INT_MAX_STR_DIGITS:
        raise oefmt(exc.w_ValueError,
                    "Exceeds the limit (%d digits) for integer string "
                    "conversion: value has %d digits; use "
                    "sys.set_int_max_str_digits() to increase the limit" %
                    (config.INT_MAX_STR_DIGITS, len(text)))
    if negative:
        text = '-' + text
    return newlong(rbigint.fromstr(text, b))


def _digit_value(ch):
    c = ord(ch)
    if ord('0') <= c <= ord('9'):
        return c - ord('0')
    if ord('a') <= c <= ord('z'):
        return c - ord('a') + 10
    if ord('A') <= c <= ord('Z'):
        return c - ord('A') + 10
    if 0x660 <= c <= 0x669:           # Arabic-Indic digits
        return c - 0x660
    return -1


# ---------------------------------------------------------------- float()

def builtin_float(args):
    if len(args.args_w) == 0:
        return newfloat(0.0)
    w_x = args.args_w[0]
    if isinstance(w_x, W_FloatObject):
        return w_x
    if space.is_int(w_x):
        return newfloat(space.float_w(w_x))
    if isinstance(w_x, W_StrObject):
        return float_from_string(w_x.value)
    raise oefmt(exc.w_TypeError,
                "float() argument must be a string or a real number, not "
                "'%s'" % space.type_name(w_x))


def float_from_string(u):
    s = str_strip(u)
    chars = []
    prev = u'_'
    ok = len(s) > 0
    for k in range(len(s)):
        ch = s[k]
        if ch == u'_':
            # only between two digits
            if not (u'0' <= prev <= u'9') or k + 1 >= len(s) or \
                    not (u'0' <= s[k + 1] <= u'9'):
                ok = False
            prev = ch
            continue
        if ord(ch) >= 128:
            ok = False
            break
        chars.append(chr(ord(ch)))
        prev = ch
    if ok:
        try:
            return newfloat(rfloat.string_to_float(''.join(chars)))
        except ParseStringError:
            pass
    raise oefmt(exc.w_ValueError, "could not convert string to float: %s" %
                str_to_utf8(space.str_repr(u)))


# ---------------------------------------------------------------- others

def builtin_str(args):
    if len(args.args_w) == 0:
        return newstr(u'')
    return newstr(space.str_u(args.args_w[0]))


def builtin_bool(args):
    if len(args.args_w) == 0:
        return space.w_False
    return space.newbool(space.is_true(args.args_w[0]))


def builtin_list(args):
    if len(args.args_w) == 0:
        return newlist([])
    w_x = args.args_w[0]
    if isinstance(w_x, W_ListObject):
        return w_x.copy()
    if isinstance(w_x, W_RangeObject):
        return newlist_range(w_x.start, w_x.step, w_x.length)
    return newlist(space.iterate(w_x))


def builtin_tuple(args):
    if len(args.args_w) == 0:
        return newtuple([])
    w_x = args.args_w[0]
    if isinstance(w_x, W_TupleObject):
        return w_x
    return newtuple(space.iterate(w_x))


def builtin_dict(args):
    w_dict = newdict()
    if len(args.args_w) == 1:
        w_src = args.args_w[0]
        if isinstance(w_src, W_DictObject):
            for entry in w_src.entries():
                w_dict.setitem(entry.w_key, entry.w_value)
        else:
            for w_pair in space.iterate(w_src):
                items_w = space.iterate(w_pair)
                if len(items_w) != 2:
                    raise oefmt(exc.w_ValueError,
                                "dictionary update sequence element has "
                                "length %d; 2 is required" % len(items_w))
                space.hash_w(items_w[0])
                w_dict.setitem(items_w[0], items_w[1])
    for i in range(len(args.kw_names)):
        w_dict.setitem(space.newtext(args.kw_names[i]), args.kw_values_w[i])
    return w_dict


def builtin_range(args):
    n = len(args.args_w)
    if n == 0:
        raise oefmt(exc.w_TypeError, "range expected at least 1 argument, "
                    "got 0")
    for w_arg in args.args_w:
        if not space.is_int(w_arg):
            raise oefmt(exc.w_TypeError,
                        "'%s' object cannot be interpreted as an integer" %
                        space.type_name(w_arg))
    if n == 1:
        return W_RangeObject(0, space.int_w(args.args_w[0]), 1)
    step = 1
    if n == 3:
        step = space.int_w(args.args_w[2])
        if step == 0:
            raise oefmt(exc.w_ValueError, "range() arg 3 must not be zero")
    return W_RangeObject(space.int_w(args.args_w[0]),
                         space.int_w(args.args_w[1]), step)


def builtin_type(args):
    if len(args.args_w) != 1:
        raise oefmt(exc.w_TypeError, "type() takes 1 or 3 arguments")
    return args.args_w[0].gettype()


def builtin_exception(w_type):
    def construct(args):
        from fastpy.objspace.exceptions import W_BaseException
        return W_BaseException(w_type, list(args.args_w))
    construct.__name__ = 'construct_' + w_type.name
    return construct


# ---------------------------------------------------------------- namespace

FUNCTIONS = [
    make_builtin('print', builtin_print, 0, -1, allow_kw=True),
    make_builtin('len', builtin_len, 1, 1),
    make_builtin('repr', builtin_repr, 1, 1),
    make_builtin('abs', builtin_abs, 1, 1),
    make_builtin('isinstance', builtin_isinstance, 2, 2,
                 display_name='isinstance'),
    make_builtin('hash', builtin_hash, 1, 1),
    make_builtin('min', builtin_min, 0, -1, allow_kw=True),
    make_builtin('max', builtin_max, 0, -1, allow_kw=True),
    make_builtin('sum', builtin_sum, 1, 2, allow_kw=True),
]

CONSTRUCTORS = [
    (w_int_type, make_builtin('int', builtin_int, 0, 2, allow_kw=True)),
    (w_float_type, make_builtin('float', builtin_float, 0, 1)),
    (w_str_type, make_builtin('str', builtin_str, 0, 1)),
    (w_bool_type, make_builtin('bool', builtin_bool, 0, 1)),
    (w_list_type, make_builtin('list', builtin_list, 0, 1)),
    (w_tuple_type, make_builtin('tuple', builtin_tuple, 0, 1)),
    (w_dict_type, make_builtin('dict', builtin_dict, 0, 1, allow_kw=True)),
    (w_range_type, make_builtin('range', builtin_range, 1, 3)),
    (w_type_type, make_builtin('type', builtin_type, 1, 3)),
]

TYPES = [w_int_type, w_float_type, w_str_type, w_bool_type, w_list_type,
         w_tuple_type, w_dict_type, w_range_type, w_type_type, w_object_type,
         w_bytes_type]

for _w_type, _ctor in CONSTRUCTORS:
    _w_type.constructor = _ctor
for _w_exc in exc.ALL_EXCEPTION_TYPES:
    _w_exc.constructor = make_builtin(_w_exc.name,
                                      builtin_exception(_w_exc), 0, -1)


def make_builtins_dict():
    from fastpy.objspace.dictobject import new_module_dict
    w_dict = new_module_dict()
    for w_func in FUNCTIONS:
        w_dict.setitem_str(w_func.name, w_func)
    for w_type in TYPES:
        w_dict.setitem_str(w_type.name, w_type)
    for w_exc in exc.ALL_EXCEPTION_TYPES:
        w_dict.setitem_str(w_exc.name, w_exc)
    w_dict.setitem_str('None', space.w_None)
    w_dict.setitem_str('True', space.w_True)
    w_dict.setitem_str('False', space.w_False)
    return w_dict
