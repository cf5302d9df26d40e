"""_sre: the methods and attributes of Pattern objects (CPython 3.11's
Modules/_sre/sre.c: pattern_match ... pattern_subx), and SRE_Scanner's.

sub/subn with a str/bytes template that contains a backslash hand it to
`re._subx(pattern, template)` as CPython does; Match.expand calls
`re._expand` (srematch.py)."""

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from rpython.rlib.rarithmetic import intmask, r_uint

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.sreobjects import (W_Pattern, W_Match, W_Scanner,
                                       w_pattern_type, w_scanner_type,
                                       adjust_bounds, run_match, run_search,
                                       new_match, slice_of, type_name,
                                       get_subject)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.memoryobject import W_MemoryView
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.listobject import newlist
from fastpy.objspace.slots import publish

MAXSIZE = 9223372036854775807

SRE_FLAG_LOCALE = 4
SRE_FLAG_UNICODE = 32
SRE_FLAG_ASCII = 256
FLAG_NAMES = [('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4),
              ('re.MULTILINE', 8), ('re.DOTALL', 16), ('re.UNICODE', 32),
              ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256)]


def _pattern(w_self):
    assert isinstance(w_self, W_Pattern)
    return w_self


# ---------------------------------------------------------------- repr, ==

def pattern_repr(p):
    w_pat = p.w_pattern
    if w_pat is None:
        text = u'None'
    else:
        text = space.repr_u(w_pat)
    if len(text) > 200:
        text = text[:200]
    flags = p.flags
    if (not p.is_bytes and
            flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII) ==
            SRE_FLAG_UNICODE):
        flags &= ~SRE_FLAG_UNICODE
    if flags == 0:
        return u're.compile(' + text + u')'
    names = []
    for name, value in FLAG_NAMES:
        if flags & value:
            names.append(name)
            flags &= ~value
    if flags:
        names.append('0x%x' % flags)
    return (u're.compile(' + text + u', ' +
            '|'.join(names).decode('ascii') + u')')


def pattern_eq(p, w_other):
    if not isinstance(w_other, W_Pattern):
        return -1
    if p is w_other:
        return 1
    if (p.flags != w_other.flags or p.is_bytes != w_other.is_bytes or
            len(p.src_code) != len(w_other.src_code)):
        return 0
    for i in range(len(p.src_code)):
        if p.src_code[i] != w_other.src_code[i]:
            return 0
    w_a = p.w_pattern
    w_b = w_other.w_pattern
    if w_a is None or w_b is None:
        return 1 if w_a is w_b else 0
    return 1 if space.eq_w(w_a, w_b) else 0


def pattern_hash(p):
    h = 0
    if p.w_pattern is not None:
        h = space.hash_w(p.w_pattern)
    x = r_uint(0x345678)
    for c in p.src_code:
        x = (x * r_uint(1000003)) ^ r_uint(c)
    h ^= intmask(x)
    if h == -1:
        h = -2
    return h


publish(w_pattern_type, ['__repr__', '__eq__', '__ne__', '__hash__'])


# ---------------------------------------------------------------- attributes

def _get_pattern(w_self):
    w_pat = _pattern(w_self).w_pattern
    if w_pat is None:
        return space.w_None
    return w_pat


def _get_flags(w_self):
    return newint(_pattern(w_self).flags)


def _get_groups(w_self):
    return newint(_pattern(w_self).groups)


def _get_groupindex(w_self):
    from fastpy.modules.sremodule import dict_proxy
    return dict_proxy(_pattern(w_self).w_groupindex)


getset(w_pattern_type, 'pattern', _get_pattern,
       doc='The pattern string from which the RE object was compiled.')
getset(w_pattern_type, 'flags', _get_flags,
       doc='The regex matching flags.')
getset(w_pattern_type, 'groups', _get_groups,
       doc='The number of capturing groups in the pattern.')
getset(w_pattern_type, 'groupindex', _get_groupindex,
       doc='A dictionary mapping group names to group numbers.')


# ---------------------------------------------------------------- matching

def _match_common(w_self, w_string, pos, endpos, mode):
    """mode 0: match, 1: fullmatch, 2: search."""
    p = _pattern(w_self)
    subject = p.check_subject(w_string)
    pos, endpos = adjust_bounds(pos, endpos, subject.length)
    ctx = p.make_ctx(subject, pos, endpos)
    if mode == 2:
        found = run_search(ctx, False, p.min_width)
    else:
        ctx.fullmatch_only = mode == 1
        found = run_match(ctx)
    if not found:
        return space.w_None
    return new_match(p, w_string, subject, ctx, pos, endpos)


@method(w_pattern_type, 'match(self, /, string, pos: int = 0, '
        'endpos: int = 9223372036854775807)', W_Pattern,
        doc='Matches zero or more characters at the beginning of the '
        'string.')
def pattern_match(w_self, w_string, pos, endpos):
    return _match_common(w_self, w_string, pos, endpos, 0)


@method(w_pattern_type, 'fullmatch(self, /, string, pos: int = 0, '
        'endpos: int = 9223372036854775807)', W_Pattern,
        doc='Matches against all of the string.')
def pattern_fullmatch(w_self, w_string, pos, endpos):
    return _match_common(w_self, w_string, pos, endpos, 1)


@method(w_pattern_type, 'search(self, /, string, pos: int = 0, '
        'endpos: int = 9223372036854775807)', W_Pattern,
        doc='Scan through string looking for a match, and return a '
        'corresponding match object instance.\n\nReturn None if no '
        'position in the string matches.')
def pattern_search(w_self, w_string, pos, endpos):
    return _match_common(w_self, w_string, pos, endpos, 2)


def _group_slice(subject, spans, g, empty_if_unset):
    start = spans[2 * g]
    end = spans[2 * g + 1]
    if start < 0 or end < 0:
        if empty_if_unset:
            return slice_of(subject, 0, 0)
        return space.w_None
    return slice_of(subject, start, end)


@method(w_pattern_type, 'findall(self, /, string, pos: int = 0, '
        'endpos: int = 9223372036854775807)', W_Pattern,
        doc='Return a list of all non-overlapping matches of pattern in '
        'string.')
def pattern_findall(w_self, w_string, pos, endpos):
    from fastpy.modules.sreobjects import match_spans
    p = _pattern(w_self)
    subject = p.check_subject(w_string)
    pos, endpos = adjust_bounds(pos, endpos, subject.length)
    items_w = []
    start = pos
    must_advance = False
    while start <= endpos:
        ctx = p.make_ctx(subject, start, endpos)
        if not run_search(ctx, must_advance, p.min_width):
            break
        if p.groups == 0:
            w_item = slice_of(subject, ctx.match_start, ctx.match_end)
        else:
            spans, _ = match_spans(ctx, p.groups)
            if p.groups == 1:
                w_item = _group_slice(subject, spans, 1, True)
            else:
                w_item = newtuple([_group_slice(subject, spans, g, True)
                                   for g in range(1, p.groups + 1)])
        items_w.append(w_item)
        must_advance = ctx.match_end == ctx.match_start
        start = ctx.match_end
    return newlist(items_w)


def _new_scanner(p, w_string, pos, endpos):
    subject = p.check_subject(w_string)
    pos, endpos = adjust_bounds(pos, endpos, subject.length)
    return W_Scanner(p, w_string, subject, pos, endpos)


@method(w_pattern_type, 'scanner(self, /, string, pos: int = 0, '
        'endpos: int = 9223372036854775807)', W_Pattern)
def pattern_scanner(w_self, w_string, pos, endpos):
    return _new_scanner(_pattern(w_self), w_string, pos, endpos)


@method(w_pattern_type, 'finditer(self, /, string, pos: int = 0, '
        'endpos: int = 9223372036854775807)', W_Pattern,
        doc='Return an iterator over all non-overlapping matches for the '
        'RE pattern in string.\n\nFor each match, the iterator returns a '
        'match object.')
def pattern_finditer(w_self, w_string, pos, endpos):
    from fastpy.objspace.itertypes import W_CallableIterator
    w_scanner = _new_scanner(_pattern(w_self), w_string, pos, endpos)
    w_search = space.getattr_w(w_scanner, 'search')
    w_iter = W_CallableIterator(w_search, space.w_None)
    refcount.discard(w_search)
    return w_iter


@method(w_pattern_type, 'split(self, /, string, maxsplit: int = 0)',
        W_Pattern,
        doc='Split string by the occurrences of pattern.')
def pattern_split(w_self, w_string, maxsplit):
    from fastpy.modules.sreobjects import match_spans
    p = _pattern(w_self)
    subject = p.check_subject(w_string)
    endpos = subject.length
    items_w = []
    n = 0
    last = 0
    start = 0
    must_advance = False
    while maxsplit == 0 or n < maxsplit:
        if start > endpos:
            break
        ctx = p.make_ctx(subject, start, endpos)
        if not run_search(ctx, must_advance, p.min_width):
            break
        items_w.append(slice_of(subject, last, ctx.match_start))
        if p.groups > 0:
            spans, _ = match_spans(ctx, p.groups)
            for g in range(1, p.groups + 1):
                items_w.append(_group_slice(subject, spans, g, False))
        n += 1
        must_advance = ctx.match_end == ctx.match_start
        last = start = ctx.match_end
    items_w.append(slice_of(subject, last, endpos))
    return newlist(items_w)


# ---------------------------------------------------------------- sub

def _has_backslash(w_obj):
    """For a str or bytes-like template: does it contain a backslash?
    Returns -1 for other objects."""
    if isinstance(w_obj, W_StrObject):
        return 1 if u'\\' in w_obj.value else 0
    if isinstance(w_obj, W_BytesObject):
        return 1 if '\\' in w_obj.value else 0
    if isinstance(w_obj, W_BytearrayObject):
        return 1 if '\\' in w_obj.as_str() else 0
    if isinstance(w_obj, W_MemoryView):
        return 1 if '\\' in w_obj.as_str() else 0
    return -1


def call_re_function(name, args_w):
    """re.<name>(*args) (CPython's call(SRE_PY_MODULE, name, args));
    the result is the caller's temporary."""
    from fastpy.interpreter.importing import gcd_import
    from fastpy.objspace.itertypes import call_holding
    w_re = gcd_import('re')
    w_func = space.getattr_w(w_re, name)
    refcount.incref(w_func)
    try:
        return call_holding(w_func, args_w)
    finally:
        refcount.decref(w_func)


class Joiner(object):
    """The pieces of sub()'s result, checked as str.join/bytes.join
    check their items."""

    def __init__(self, is_bytes):
        self.is_bytes = is_bytes
        self.ub = UnicodeBuilder()
        self.sb = StringBuilder()
        self.count = 0

    def add_slice(self, subject, start, end):
        if self.is_bytes:
            self.sb.append_slice(subject.btext, start, end)
        else:
            self.ub.append_slice(subject.utext, start, end)
        self.count += 1

    def add_object(self, w_item):
        if self.is_bytes:
            if isinstance(w_item, W_BytesObject):
                self.sb.append(w_item.value)
            elif isinstance(w_item, W_BytearrayObject):
                self.sb.append(w_item.as_str())
            elif isinstance(w_item, W_MemoryView):
                self.sb.append(w_item.as_str())
            else:
                raise oefmt(exc.w_TypeError, "sequence item %d: expected a "
                            "bytes-like object, %s found" %
                            (self.count, type_name(w_item)))
        else:
            if isinstance(w_item, W_StrObject):
                self.ub.append(w_item.value)
            else:
                raise oefmt(exc.w_TypeError, "sequence item %d: expected "
                            "str instance, %s found" %
                            (self.count, type_name(w_item)))
        self.count += 1

    def result(self):
        if self.is_bytes:
            return W_BytesObject(self.sb.build())
        return newstr(self.ub.build())


def subx(p, w_repl, w_string, count, subn):
    from fastpy.modules.builtinfuncs import callable_w
    from fastpy.objspace.itertypes import call_holding
    if callable_w(w_repl):
        w_filter = w_repl
        filter_is_callable = True
    elif _has_backslash(w_repl) == 0:
        w_filter = w_repl
        filter_is_callable = False
    else:
        w_filter = call_re_function('_subx', [p, w_repl])
        filter_is_callable = callable_w(w_filter)
    refcount.incref(w_filter)
    try:
        subject = p.check_subject(w_string)
        endpos = subject.length
        joiner = Joiner(subject.is_bytes)
        n = 0
        i = 0
        start = 0
        must_advance = False
        while count == 0 or n < count:
            if start > endpos:
                break
            ctx = p.make_ctx(subject, start, endpos)
            if not run_search(ctx, must_advance, p.min_width):
                break
            b = ctx.match_start
            e = ctx.match_end
            if i < b:
                joiner.add_slice(subject, i, b)
            if filter_is_callable:
                w_match = new_match(p, w_string, subject, ctx, 0, endpos)
                refcount.incref(w_match)
                try:
                    w_item = call_holding(w_filter, [w_match])
                    try:
                        if w_item is not space.w_None:
                            joiner.add_object(w_item)
                    finally:
                        refcount.discard(w_item)
                finally:
                    refcount.decref(w_match)
            else:
                joiner.add_object(w_filter)
            i = e
            n += 1
            must_advance = e == b
            start = e
        if i < endpos:
            joiner.add_slice(subject, i, endpos)
        w_result = joiner.result()
    finally:
        refcount.decref(w_filter)
    if subn:
        return newtuple([w_result, newint(n)])
    return w_result


@method(w_pattern_type, 'sub(self, /, repl, string, count: int = 0)',
        W_Pattern,
        doc='Return the string obtained by replacing the leftmost '
        'non-overlapping occurrences of pattern in string by the '
        'replacement repl.')
def pattern_sub(w_self, w_repl, w_string, count):
    return subx(_pattern(w_self), w_repl, w_string, count, False)


@method(w_pattern_type, 'subn(self, /, repl, string, count: int = 0)',
        W_Pattern,
        doc='Return the tuple (new_string, number_of_subs_made) found by '
        'replacing the leftmost non-overlapping occurrences of pattern '
        'with the replacement repl.')
def pattern_subn(w_self, w_repl, w_string, count):
    return subx(_pattern(w_self), w_repl, w_string, count, True)


@method(w_pattern_type, '__copy__(self, /)', W_Pattern)
def pattern_copy(w_self):
    return w_self


@method(w_pattern_type, '__deepcopy__(self, memo, /)', W_Pattern)
def pattern_deepcopy(w_self, w_memo):
    return w_self


# ---------------------------------------------------------------- scanner

def _scanner(w_self):
    assert isinstance(w_self, W_Scanner)
    return w_self


@method(w_scanner_type, 'match(self, /)', W_Scanner)
def scanner_match(w_self):
    return _scanner(w_self).next_match(False)


@method(w_scanner_type, 'search(self, /)', W_Scanner)
def scanner_search(w_self):
    return _scanner(w_self).next_match(True)


def _scanner_pattern(w_self):
    w_pattern = _scanner(w_self).w_pattern
    if w_pattern is None:
        return space.w_None
    return w_pattern


getset(w_scanner_type, 'pattern', _scanner_pattern)
