"""_sre: the regular expression engine under CPython 3.11's pure-Python
`re` package (/usr/lib/python3.11/re).  `re._compiler` compiles a pattern
to 3.11 sre code and calls `_sre.compile`; srecode.py translates that
code for the RPython toolchain's engine (rpython.rlib.rsre), and
sreobjects.py / srepattern.py / srematch.py make the Pattern, Match and
SRE_Scanner objects.

Not implemented: re.LOCALE follows the "C" locale (ASCII case rules),
whatever the process locale is."""

from fastpy.unicodedb import db as unicodedb

from fastpy.interpreter.error import oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules import srecode
from fastpy.modules.sreobjects import (W_Pattern, w_pattern_type,
                                       w_match_type, w_scanner_type)
from fastpy.modules import srepattern, srematch    # the methods
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.memoryobject import W_MemoryView
from fastpy.objspace.dictobject import W_DictObject
from fastpy.objspace.tupleobject import W_TupleObject
from fastpy.objspace.listobject import W_ListObject
from fastpy.objspace.mappingproxy import W_DictProxy
from fastpy.objspace.genericalias import install_class_getitem

module = ModuleDef('_sre')

COPYRIGHT = (" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")

install_class_getitem([w_pattern_type, w_match_type])


def dict_proxy(w_dict):
    if not isinstance(w_dict, W_DictObject):
        return space.w_None
    return W_DictProxy(w_dict)


@module.function('compile(pattern, flags: int, code, groups: int, '
                 'groupindex, indexgroup)')
def sre_compile(w_pattern, flags, w_code, groups, w_groupindex,
                w_indexgroup):
    if not isinstance(w_code, W_ListObject):
        raise oefmt(exc.w_TypeError, "compile() argument 'code' must be "
                    "list, not %s" % space.type_name(w_code))
    if not isinstance(w_groupindex, W_DictObject):
        raise oefmt(exc.w_TypeError, "compile() argument 'groupindex' must "
                    "be dict, not %s" % space.type_name(w_groupindex))
    if not isinstance(w_indexgroup, W_TupleObject):
        raise oefmt(exc.w_TypeError, "compile() argument 'indexgroup' must "
                    "be tuple, not %s" % space.type_name(w_indexgroup))
    n = w_code.length()
    src = [0] * n
    for i in range(n):
        value = space.int_w(w_code.getitem(i))
        if value < 0 or value > srecode.MAXREPEAT:
            raise oefmt(exc.w_OverflowError,
                        "regular expression code size limit exceeded")
        src[i] = value
    if w_pattern is space.w_None:
        is_bytes = False
    elif isinstance(w_pattern, W_StrObject):
        is_bytes = False
    elif (isinstance(w_pattern, W_BytesObject) or
          isinstance(w_pattern, W_BytearrayObject) or
          isinstance(w_pattern, W_MemoryView)):
        is_bytes = True
    else:
        raise oefmt(exc.w_TypeError,
                    "expected string or bytes-like object, got '%s'" %
                    space.type_name(w_pattern))
    try:
        compiled = srecode.translate(src, groups, is_bytes, flags)
    except srecode.SreCodeError:
        raise oefmt(exc.w_RuntimeError, "invalid SRE code")
    w_pat = None if w_pattern is space.w_None else w_pattern
    return W_Pattern(w_pat, flags, compiled, src, groups, w_groupindex,
                     w_indexgroup, is_bytes)


@module.function('getcodesize()')
def sre_getcodesize():
    return newint(srecode.CODESIZE)


@module.function('ascii_iscased(character: int, /)')
def sre_ascii_iscased(ch):
    return space.newbool(ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122))


def _simple_lower(ch):
    """CPython's _PyUnicode_ToLowercase: the first character of a special
    (full) mapping, else the simple mapping."""
    full = unicodedb.tolower_full(ch)
    if len(full) > 0:
        return full[0]
    return ch


def _simple_upper(ch):
    full = unicodedb.toupper_full(ch)
    if len(full) > 0:
        return full[0]
    return ch


@module.function('unicode_iscased(character: int, /)')
def sre_unicode_iscased(ch):
    if ch < 0 or ch > 0x10ffff:
        return space.w_False
    return space.newbool(ch != _simple_lower(ch) or
                         ch != _simple_upper(ch))


@module.function('ascii_tolower(character: int, /)')
def sre_ascii_tolower(ch):
    return newint(srecode.ascii_lower(ch) if ch < 128 else ch)


@module.function('unicode_tolower(character: int, /)')
def sre_unicode_tolower(ch):
    if ch < 0 or ch > 0x10ffff:
        return newint(ch)
    return newint(_simple_lower(ch))


@module.initializer
def init_sre(w_dict):
    w_dict.setitem_str('MAGIC', newint(srecode.MAGIC))
    w_dict.setitem_str('CODESIZE', newint(srecode.CODESIZE))
    w_dict.setitem_str('MAXREPEAT', newint(srecode.MAXREPEAT))
    w_dict.setitem_str('MAXGROUPS', newint(srecode.MAXGROUPS))
    w_dict.setitem_str('copyright', newstr(COPYRIGHT.decode('ascii')))
