"""The `array` module: array.array (arrayobject.py, arraymethods.py),
its constructor, `typecodes` and `ArrayType`."""

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import subclassable_constructor, check_new
from fastpy.modules import arraymethods
from fastpy.modules.arrayobject import (
    W_Array, w_array_type, w_arrayiter_type, find_typecode, new_array,
    TYPECODES, KIND_UNICODE, KIND_FLOAT)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.slots import publish
from fastpy.objspace.strobject import W_StrObject, newstr

module = ModuleDef('array', """\
This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
""")


def _plural(n):
    return "" if n == 1 else "s"


@subclassable_constructor(w_array_type, 'array(*args, **kwargs)')
def array_new(w_cls, args_w, kw_names, kw_values_w):
    user = check_new(w_cls, w_array_type)
    if not user and kw_names is not None and len(kw_names) > 0:
        raise oefmt(exc.w_TypeError,
                    "array.array() takes no keyword arguments")
    n = len(args_w)
    if n < 1 or n > 2:
        raise oefmt(exc.w_TypeError, "array() takes %s %d argument%s "
                    "(%d given)" % ("at least" if n < 1 else "at most",
                                     1 if n < 1 else 2,
                                     _plural(1 if n < 1 else 2), n))
    w_code = args_w[0]
    if not isinstance(w_code, W_StrObject) or len(w_code.value) != 1:
        raise oefmt(exc.w_TypeError, "array() argument 1 must be a unicode "
                    "character, not %s" % space.type_name(w_code))
    w_init = args_w[1] if n == 2 else None
    c = w_code.value[0]
    tc = None
    if ord(c) < 128:
        tc = find_typecode(chr(ord(c)))
    if tc is None:
        raise oefmt(exc.w_ValueError, "bad typecode (must be b, B, u, h, "
                    "H, i, I, l, L, q, Q, f or d)")
    if (w_init is not None and isinstance(w_init, W_StrObject) and
            tc.kind != KIND_UNICODE):
        raise oefmt(exc.w_TypeError, "cannot use a str to initialize an "
                    "array with typecode '%s'" % tc.code)
    if (w_init is not None and isinstance(w_init, W_Array) and
            w_init.tc.kind == KIND_UNICODE and tc.kind != KIND_UNICODE):
        raise oefmt(exc.w_TypeError, "cannot use a unicode array to "
                    "initialize an array with typecode '%s'" % tc.code)
    w_res = new_array(w_cls, user, tc)
    try:
        if w_init is not None:
            _initialize(w_res, w_init)
    except OperationError:
        refcount.discard(w_res)
        raise
    return w_res


def _initialize(w_res, w_init):
    if isinstance(w_init, W_BytesObject):
        w_res.frombytes(w_init.value)
    elif isinstance(w_init, W_BytearrayObject):
        w_res.frombytes(w_init.as_str())
    elif isinstance(w_init, W_StrObject):
        for ch in w_init.value:
            w_res.ints.append(ord(ch))
    elif isinstance(w_init, W_Array):
        if w_init.tc is w_res.tc:
            w_res.extend_array(w_init)
        else:
            for i in range(w_init.length()):
                w_res.append_w(w_init.item_w(i))
    else:
        arraymethods.extend_w(w_res, w_init)


ARRAY_DOC = u"""\
array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.
"""

w_array_type.dict_w['__doc__'] = newstr(ARRAY_DOC)
w_array_type.dict_w['__hash__'] = space.w_None
publish(w_array_type, ['__len__', '__iter__', '__contains__', '__getitem__',
                       '__setitem__', '__delitem__', '__repr__', '__eq__',
                       '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
                       '__add__', '__iadd__', '__mul__', '__imul__',
                       '__rmul__'])


@module.initializer
def init_array(w_dict):
    w_dict.setitem_str('array', w_array_type)
    w_dict.setitem_str('ArrayType', w_array_type)
    w_dict.setitem_str('typecodes', space.newtext(TYPECODES))
