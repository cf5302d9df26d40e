"""Methods of `str` for searching, splitting, joining, padding and
translating (case mapping and classification: strcase.py).  Published
through the gateway; messages as CPython 3.11's."""

from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import method, staticmethod_
from fastpy.interpreter.typecall import constructor
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.intobject import newint, W_IntObject
from fastpy.objspace.strobject import (W_StrObject, w_str_type, newstr,
                                      is_space, str_to_utf8)
from fastpy.objspace.listmethods import slice_index
from fastpy.objspace import space
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)

def unchanged(w_self):
    """A method's result equal to its str: the object itself when it is
    an exact str, otherwise a str copy (CPython's
    unicode_result_unchanged: a subclass never comes back)."""
    if w_self.is_user:
        return newstr(w_self.value)
    return w_self

def _sl(s, a, b):
    """s[a:b] for indices known to be in range (RPython wants them
    proven non-negative)."""
    assert a >= 0 and b >= 0
    return s[a:b]


def _type_name(w_obj):
    return space.type_name(w_obj)


def arg_str(w_obj, prefix):
    """The unicode of a str argument; TypeError "<prefix>must be str, not
    X" otherwise."""
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "%smust be str, not %s" %
                    (prefix, _type_name(w_obj)))
    return w_obj.value


def adjust_indices(w_start, w_end, n):
    """CPython's ADJUST_INDICES for optional start/end (None = absent or
    None)."""
    start = 0
    end = n
    if w_start is not None and w_start is not space.w_None:
        start = slice_index(w_start)
    if w_end is not None and w_end is not space.w_None:
        end = slice_index(w_end)
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if start < 0:
        start += n
        if start < 0:
            start = 0
    return start, end


def find_in(u, sub, start, end):
    """Index of sub in u[start:end] or -1 (start, end adjusted)."""
    if start > len(u):
        return -1
    if end - start < len(sub):
        return -1
    return u.find(sub, start, end)


def rfind_in(u, sub, start, end):
    if start > len(u):
        return -1
    if end - start < len(sub):
        return -1
    return u.rfind(sub, start, end)


def count_in(u, sub, start, end):
    if start > len(u):
        return 0
    if end < start:
        return 0
    if len(sub) == 0:
        return end - start + 1
    return u.count(sub, start, end)


# ---------------------------------------------------------------- new

@constructor(w_str_type, 'str(object=NULL, encoding=NULL, errors=NULL)')
def str_new(w_cls, w_obj, w_encoding, w_errors):
    if w_encoding is None and w_errors is None:
        if w_obj is None:
            return newstr(u'')
        return newstr(space.str_u(w_obj))
    from fastpy.objspace import bytesmethods
    encoding = 'utf-8'
    errors = 'strict'
    if w_encoding is not None:
        encoding = str_to_utf8(arg_str(w_encoding,
                               "str() argument 'encoding' "))
    if w_errors is not None:
        errors = str_to_utf8(arg_str(w_errors, "str() argument 'errors' "))
    if w_obj is None:
        return newstr(u'')
    return bytesmethods.decode_object(w_obj, encoding, errors, 'str()')


# ---------------------------------------------------------------- search

def _find_common(w_self, w_sub, w_start, w_end, reverse):
    u = w_self.value
    sub = arg_str(w_sub, '')
    start, end = adjust_indices(w_start, w_end, len(u))
    if reverse:
        return rfind_in(u, sub, start, end)
    return find_in(u, sub, start, end)


@method(w_str_type, 'find(self, sub, start=None, end=None, /)', W_StrObject)
def str_find(w_self, w_sub, w_start, w_end):
    return newint(_find_common(w_self, w_sub, w_start, w_end, False))


@method(w_str_type, 'rfind(self, sub, start=None, end=None, /)',
        W_StrObject)
def str_rfind(w_self, w_sub, w_start, w_end):
    return newint(_find_common(w_self, w_sub, w_start, w_end, True))


@method(w_str_type, 'index(self, sub, start=None, end=None, /)',
        W_StrObject)
def str_index(w_self, w_sub, w_start, w_end):
    i = _find_common(w_self, w_sub, w_start, w_end, False)
    if i < 0:
        raise oefmt(exc.w_ValueError, "substring not found")
    return newint(i)


@method(w_str_type, 'rindex(self, sub, start=None, end=None, /)',
        W_StrObject)
def str_rindex(w_self, w_sub, w_start, w_end):
    i = _find_common(w_self, w_sub, w_start, w_end, True)
    if i < 0:
        raise oefmt(exc.w_ValueError, "substring not found")
    return newint(i)


@method(w_str_type, 'count(self, sub, start=None, end=None, /)',
        W_StrObject)
def str_count(w_self, w_sub, w_start, w_end):
    u = w_self.value
    sub = arg_str(w_sub, '')
    start, end = adjust_indices(w_start, w_end, len(u))
    return newint(count_in(u, sub, start, end))


def _affix_match(u, w_affix, w_start, w_end, suffix, name):
    from fastpy.objspace.tupleobject import W_TupleObject
    start, end = adjust_indices(w_start, w_end, len(u))
    if isinstance(w_affix, W_TupleObject):
        for w_item in w_affix.items_w:
            if not isinstance(w_item, W_StrObject):
                raise oefmt(exc.w_TypeError,
                            "tuple for %s must only contain str, not %s" %
                            (name, _type_name(w_item)))
            if _affix_one(u, w_item.value, start, end, suffix):
                return True
        return False
    if not isinstance(w_affix, W_StrObject):
        raise oefmt(exc.w_TypeError,
                    "%s first arg must be str or a tuple of str, not %s" %
                    (name, _type_name(w_affix)))
    return _affix_one(u, w_affix.value, start, end, suffix)


def _affix_one(u, affix, start, end, suffix):
    if start > len(u):
        return False
    if end - start < len(affix):
        return False
    if suffix:
        p = end - len(affix)
    else:
        p = start
    assert p >= 0
    return _sl(u, p, p + len(affix)) == affix


@method(w_str_type, 'startswith(self, prefix, start=None, end=None, /)',
        W_StrObject)
def str_startswith(w_self, w_prefix, w_start, w_end):
    return space.newbool(_affix_match(w_self.value, w_prefix, w_start,
                                         w_end, False, 'startswith'))


@method(w_str_type, 'endswith(self, suffix, start=None, end=None, /)',
        W_StrObject)
def str_endswith(w_self, w_suffix, w_start, w_end):
    return space.newbool(_affix_match(w_self.value, w_suffix, w_start,
                                         w_end, True, 'endswith'))


# ---------------------------------------------------------------- split

def split_whitespace(u, maxsplit):
    parts = []
    i = 0
    n = len(u)
    while True:
        while i < n and is_space(u[i]):
            i += 1
        if i >= n:
            break
        if maxsplit == 0:
            parts.append(_sl(u, i, len(u)))
            break
        j = i
        while j < n and not is_space(u[j]):
            j += 1
        assert i >= 0 and j >= 0
        parts.append(_sl(u, i, j))
        maxsplit -= 1
        i = j
    return parts


def rsplit_whitespace(u, maxsplit):
    parts = []
    j = len(u)
    while True:
        while j > 0 and is_space(u[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            parts.append(_sl(u, 0, j))
            break
        i = j
        while i > 0 and not is_space(u[i - 1]):
            i -= 1
        assert i >= 0 and j >= 0
        parts.append(_sl(u, i, j))
        maxsplit -= 1
        j = i
    parts.reverse()
    return parts


def split_sep(u, sep, maxsplit):
    parts = []
    start = 0
    while maxsplit != 0:
        i = u.find(sep, start, len(u))
        if i < 0:
            break
        assert start >= 0 and i >= 0
        parts.append(_sl(u, start, i))
        start = i + len(sep)
        maxsplit -= 1
    assert start >= 0
    parts.append(_sl(u, start, len(u)))
    return parts


def rsplit_sep(u, sep, maxsplit):
    parts = []
    end = len(u)
    while maxsplit != 0:
        i = u.rfind(sep, 0, end)
        if i < 0:
            break
        j = i + len(sep)
        assert j >= 0 and end >= 0
        parts.append(_sl(u, j, end))
        end = i
        maxsplit -= 1
    assert end >= 0
    parts.append(_sl(u, 0, end))
    parts.reverse()
    return parts


def _split_sep_arg(w_sep):
    if w_sep is space.w_None:
        return None
    sep = arg_str(w_sep, '')
    if len(sep) == 0:
        raise oefmt(exc.w_ValueError, "empty separator")
    return sep


def _check_sep(w_sep):
    if w_sep is not space.w_None and not isinstance(w_sep, W_StrObject):
        raise oefmt(exc.w_TypeError, "must be str or None, not %s" %
                    _type_name(w_sep))


def _wrap_parts(parts):
    from fastpy.objspace.listobject import newlist
    return newlist([newstr(p) for p in parts])


@method(w_str_type, 'split(self, sep=None, maxsplit: int = -1)',
        W_StrObject)
def str_split(w_self, w_sep, maxsplit):
    _check_sep(w_sep)
    sep = _split_sep_arg(w_sep)
    if sep is None:
        return _wrap_parts(split_whitespace(w_self.value, maxsplit))
    return _wrap_parts(split_sep(w_self.value, sep, maxsplit))


@method(w_str_type, 'rsplit(self, sep=None, maxsplit: int = -1)',
        W_StrObject)
def str_rsplit(w_self, w_sep, maxsplit):
    _check_sep(w_sep)
    sep = _split_sep_arg(w_sep)
    if sep is None:
        return _wrap_parts(rsplit_whitespace(w_self.value, maxsplit))
    return _wrap_parts(rsplit_sep(w_self.value, sep, maxsplit))


def is_linebreak(c):
    return (c == 10 or c == 13 or c == 11 or c == 12 or c == 0x1c or
            c == 0x1d or c == 0x1e or c == 0x85 or c == 0x2028 or
            c == 0x2029)


@method(w_str_type, 'splitlines(self, keepends: bool = False)',
        W_StrObject)
def str_splitlines(w_self, keepends):
    u = w_self.value
    parts = []
    i = 0
    n = len(u)
    while i < n:
        j = i
        while j < n and not is_linebreak(ord(u[j])):
            j += 1
        eol = j
        if j < n:
            if u[j] == u'\r' and j + 1 < n and u[j + 1] == u'\n':
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        assert i >= 0 and eol >= 0
        parts.append(_sl(u, i, eol))
        i = j
    return _wrap_parts(parts)


def _partition(w_self, w_sep, reverse):
    from fastpy.objspace.tupleobject import newtuple
    u = w_self.value
    sep = arg_str(w_sep, '')
    if len(sep) == 0:
        raise oefmt(exc.w_ValueError, "empty separator")
    if reverse:
        i = u.rfind(sep, 0, len(u))
        if i < 0:
            return newtuple([newstr(u''), newstr(u''), w_self])
    else:
        i = u.find(sep, 0, len(u))
        if i < 0:
            return newtuple([w_self, newstr(u''), newstr(u'')])
    j = i + len(sep)
    assert i >= 0 and j >= 0
    return newtuple([newstr(_sl(u, 0, i)), w_sep, newstr(_sl(u, j, len(u)))])


@method(w_str_type, 'partition(self, sep, /)', W_StrObject)
def str_partition(w_self, w_sep):
    return _partition(w_self, w_sep, False)


@method(w_str_type, 'rpartition(self, sep, /)', W_StrObject)
def str_rpartition(w_self, w_sep):
    return _partition(w_self, w_sep, True)


# ---------------------------------------------------------------- strip

def _strip(w_self, w_chars, left, right, name):
    u = w_self.value
    if w_chars is space.w_None:
        chars = None
    elif isinstance(w_chars, W_StrObject):
        chars = w_chars.value
    else:
        raise oefmt(exc.w_TypeError, "%s arg must be None or str" % name)
    start = 0
    end = len(u)
    if left:
        while start < end and _strippable(u[start], chars):
            start += 1
    if right:
        while end > start and _strippable(u[end - 1], chars):
            end -= 1
    if start == 0 and end == len(u):
        return unchanged(w_self)
    assert start >= 0 and end >= 0
    return newstr(_sl(u, start, end))


def _strippable(ch, chars):
    if chars is None:
        return is_space(ch)
    return chars.find(ch) >= 0


@method(w_str_type, 'strip(self, chars=None, /)', W_StrObject)
def str_strip(w_self, w_chars):
    return _strip(w_self, w_chars, True, True, 'strip')


@method(w_str_type, 'lstrip(self, chars=None, /)', W_StrObject)
def str_lstrip(w_self, w_chars):
    return _strip(w_self, w_chars, True, False, 'lstrip')


@method(w_str_type, 'rstrip(self, chars=None, /)', W_StrObject)
def str_rstrip(w_self, w_chars):
    return _strip(w_self, w_chars, False, True, 'rstrip')


@method(w_str_type, 'removeprefix(self, prefix, /)', W_StrObject)
def str_removeprefix(w_self, w_prefix):
    u = w_self.value
    prefix = arg_str(w_prefix, 'removeprefix() argument ')
    if len(prefix) > 0 and u.startswith(prefix):
        return newstr(_sl(u, len(prefix), len(u)))
    return unchanged(w_self)


@method(w_str_type, 'removesuffix(self, suffix, /)', W_StrObject)
def str_removesuffix(w_self, w_suffix):
    u = w_self.value
    suffix = arg_str(w_suffix, 'removesuffix() argument ')
    if len(suffix) > 0 and u.endswith(suffix):
        end = len(u) - len(suffix)
        assert end >= 0
        return newstr(_sl(u, 0, end))
    return unchanged(w_self)


# ---------------------------------------------------------------- padding

def _fillchar(w_fill, name):
    if not isinstance(w_fill, W_StrObject):
        raise oefmt(exc.w_TypeError, "%s() argument 2 must be str, not %s"
                    % (name, _type_name(w_fill)))
    if len(w_fill.value) != 1:
        raise oefmt(exc.w_TypeError,
                    "The fill character must be exactly one character long")
    return w_fill.value


def _pad(w_self, left, right, fill):
    if left <= 0 and right <= 0:
        return unchanged(w_self)
    if left < 0:
        left = 0
    if right < 0:
        right = 0
    return newstr(fill * left + w_self.value + fill * right)


@method(w_str_type, "center(self, width: int, fillchar=' ', /)",
        W_StrObject)
def str_center(w_self, width, w_fill):
    fill = _fillchar(w_fill, 'center')
    n = len(w_self.value)
    marg = width - n
    if marg <= 0:
        return unchanged(w_self)
    left = marg // 2 + (marg & width & 1)
    return _pad(w_self, left, marg - left, fill)


@method(w_str_type, "ljust(self, width: int, fillchar=' ', /)", W_StrObject)
def str_ljust(w_self, width, w_fill):
    fill = _fillchar(w_fill, 'ljust')
    return _pad(w_self, 0, width - len(w_self.value), fill)


@method(w_str_type, "rjust(self, width: int, fillchar=' ', /)", W_StrObject)
def str_rjust(w_self, width, w_fill):
    fill = _fillchar(w_fill, 'rjust')
    return _pad(w_self, width - len(w_self.value), 0, fill)


@method(w_str_type, 'zfill(self, width: int, /)', W_StrObject)
def str_zfill(w_self, width):
    u = w_self.value
    fill = width - len(u)
    if fill <= 0:
        return unchanged(w_self)
    if len(u) > 0 and (u[0] == u'+' or u[0] == u'-'):
        return newstr(u[0] + u'0' * fill + u[1:])
    return newstr(u'0' * fill + u)


@method(w_str_type, 'expandtabs(self, tabsize: int = 8)', W_StrObject)
def str_expandtabs(w_self, tabsize):
    u = w_self.value
    b = UnicodeBuilder(len(u))
    col = 0
    for ch in u:
        if ch == u'\t':
            if tabsize > 0:
                incr = tabsize - col % tabsize
                b.append(u' ' * incr)
                col += incr
        else:
            b.append(ch)
            col += 1
            if ch == u'\n' or ch == u'\r':
                col = 0
    return newstr(b.build())


# ---------------------------------------------------------------- join etc.

@method(w_str_type, 'join(self, iterable, /)', W_StrObject)
def str_join(w_self, w_iterable):
    sep = w_self.value
    try:
        items_w = space.iterate(w_iterable)
    except OperationError as e:
        if not e.match(exc.w_TypeError):
            raise
        refcount.discard(e.w_exc)
        raise oefmt(exc.w_TypeError, "can only join an iterable")
    b = UnicodeBuilder()
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise oefmt(exc.w_TypeError,
                        "sequence item %d: expected str instance, %s found" %
                        (i, _type_name(w_item)))
        if i > 0:
            b.append(sep)
        b.append(w_item.value)
    if (len(items_w) == 1 and isinstance(items_w[0], W_StrObject) and
            not items_w[0].is_user):
        return items_w[0]
    return newstr(b.build())


@method(w_str_type, 'replace(self, old, new, count: int = -1, /)',
        W_StrObject)
def str_replace(w_self, w_old, w_new, count):
    u = w_self.value
    old = arg_str(w_old, 'replace() argument 1 ')
    new = arg_str(w_new, 'replace() argument 2 ')
    if count == 0:
        return unchanged(w_self)
    if len(old) == 0:
        b = UnicodeBuilder()
        n = 0
        if count < 0 or n < count:
            b.append(new)
            n += 1
        for k in range(len(u)):
            b.append(u[k])
            if count < 0 or n < count:
                b.append(new)
                n += 1
        return newstr(b.build())
    parts = split_sep(u, old, count)
    if len(parts) == 1:
        return unchanged(w_self)
    return newstr(new.join(parts))


@staticmethod_(w_str_type, 'maketrans(x, y=NULL, z=NULL, /)')
def str_maketrans(w_x, w_y, w_z):
    from fastpy.objspace.dictobject import W_DictObject, newdict
    w_dict = newdict()
    if w_y is None:
        if not isinstance(w_x, W_DictObject):
            raise oefmt(exc.w_TypeError,
                        "if you give only one argument to maketrans it "
                        "must be a dict")
        for entry in w_x.entries():
            w_key = entry.w_key
            if isinstance(w_key, W_StrObject):
                if len(w_key.value) != 1:
                    raise oefmt(exc.w_ValueError,
                                "string keys in translate table must be of "
                                "length 1")
                w_key = newint(ord(w_key.value[0]))
            elif not isinstance(w_key, W_IntObject):
                raise oefmt(exc.w_TypeError,
                            "keys in translate table must be strings or "
                            "integers")
            w_dict.setitem(w_key, entry.w_value)
        return w_dict
    x = arg_str(w_x, 'maketrans() argument 1 ')
    y = arg_str(w_y, 'maketrans() argument 2 ')
    if len(x) != len(y):
        raise oefmt(exc.w_ValueError,
                    "the first two maketrans arguments must have equal "
                    "length")
    for k in range(len(x)):
        w_dict.setitem(newint(ord(x[k])), newint(ord(y[k])))
    if w_z is not None:
        z = arg_str(w_z, 'maketrans() argument 3 ')
        for ch in z:
            w_dict.setitem(newint(ord(ch)), space.w_None)
    return w_dict


@method(w_str_type, 'translate(self, table, /)', W_StrObject)
def str_translate(w_self, w_table):
    b = UnicodeBuilder()
    for ch in w_self.value:
        try:
            w_res = space.getitem(w_table, newint(ord(ch)))
        except OperationError as e:
            if e.match(exc.w_LookupError):
                refcount.discard(e.w_exc)
                b.append(ch)
                continue
            raise
        if w_res is space.w_None:
            continue
        if isinstance(w_res, W_IntObject):
            c = w_res.intval
            if c < 0 or c > 0x10ffff:
                raise oefmt(exc.w_ValueError,
                            "character mapping must be in range(0x110000)")
            b.append(unichr(c))
        elif isinstance(w_res, W_StrObject):
            b.append(w_res.value)
        else:
            raise oefmt(exc.w_TypeError,
                        "character mapping must return integer, None or "
                        "str")
    return newstr(b.build())


@method(w_str_type, "encode(self, encoding='utf-8', errors='strict')",
        W_StrObject)
def str_encode(w_self, w_encoding, w_errors):
    from fastpy.objspace import bytesmethods
    encoding = str_to_utf8(arg_str(w_encoding,
                                   "encode() argument 'encoding' "))
    errors = str_to_utf8(arg_str(w_errors, "encode() argument 'errors' "))
    return bytesmethods.encode_str(w_self.value, encoding, errors)
