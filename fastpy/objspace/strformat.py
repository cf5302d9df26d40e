"""str.format and str.format_map, as CPython 3.11's
Objects/stringlib/unicode_format.h: literal text with {{ }} escapes and
replacement fields {name.attr[index]!conv:spec}, where the spec may hold
nested fields; automatic or manual numbering, CPython's messages.

Objects looked up for a field (`{0.x}`, `{0[1]}`) may be temporaries
(a bound method...): they are discarded once the field is formatted.
The result is a fresh str.
"""

from rpython.rlib.rstring import UnicodeBuilder

from fastpy.interpreter.error import oefmt, OperationError
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.strobject import W_StrObject, newstr, str_to_utf8
from fastpy.objspace.formatspec import format_w, convert_u

MAXSIZE = 2 ** 63 - 1
ANS_INIT, ANS_AUTO, ANS_MANUAL = 0, 1, 2


class FormatArgs(object):
    """Where field values come from: positional args (None for
    format_map), keyword args (names as utf-8) or a mapping."""

    def __init__(self, args_w, kw_names, kw_values_w, w_mapping):
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w
        self.w_mapping = w_mapping
        self.auto_state = ANS_INIT
        self.auto_number = 0


def _get_integer(u, start, end):
    """The decimal value of u[start:end], or -1 if empty / not digits."""
    if start >= end:
        return -1
    value = 0
    for i in range(start, end):
        c = u[i]
        if not (u'0' <= c <= u'9'):
            return -1
        digit = ord(c) - ord('0')
        if value > (MAXSIZE - digit) // 10:
            raise oefmt(exc.w_ValueError,
                        "Too many decimal digits in format string")
        value = value * 10 + digit
    return value


def format_string(u, fargs):
    return _build_string(u, 0, len(u), fargs, 2)


def _build_string(u, start, end, fargs, depth):
    if depth <= 0:
        raise oefmt(exc.w_ValueError, "Max string recursion exceeded")
    b = UnicodeBuilder()
    pos = start
    while pos < end:
        lit_start = pos
        lit_end, markup, pos = next_literal(u, pos, end)
        assert lit_start >= 0 and lit_end >= lit_start
        b.append_slice(u, lit_start, lit_end)
        if not markup:
            continue
        pos = _output_field(b, u, pos, end, fargs, depth)
    return b.build()


def next_literal(u, pos, end):
    """The literal text from pos (CPython's MarkupIterator_next): up to
    the first '{' or '}' ('{{' and '}}' end it and stay in it as one
    brace).  Returns (end of the literal, whether a replacement field
    follows, the position after the literal and its brace)."""
    lit_start = pos
    c = u'\0'
    markup = False
    while pos < end:
        c = u[pos]
        pos += 1
        if c == u'{' or c == u'}':
            markup = True
            break
    at_end = pos >= end
    length = pos - lit_start
    if c == u'}' and markup and (at_end or u[pos] != c):
        raise oefmt(exc.w_ValueError,
                    "Single '}' encountered in format string")
    if at_end and c == u'{' and markup:
        raise oefmt(exc.w_ValueError,
                    "Single '{' encountered in format string")
    if markup:
        if u[pos] == c:
            pos += 1        # escaped brace: literal text only
            markup = False
        else:
            length -= 1
    return lit_start + length, markup, pos


class Field(object):
    """A replacement field's parts, as positions in the format string
    (CPython's parse_field): name [name_start, name_end), conversion
    (u'\\0' if none), spec [spec_start, spec_end) (empty if none),
    `expand` when the spec holds nested fields, `pos` just after the
    field's '}'."""

    def __init__(self, name_start, name_end, conversion, spec_start,
                 spec_end, expand, pos):
        self.name_start = name_start
        self.name_end = name_end
        self.conversion = conversion
        self.spec_start = spec_start
        self.spec_end = spec_end
        self.expand = expand
        self.pos = pos


def parse_field(u, pos, end):
    """The field starting just after its '{': the name (up to '}', ':'
    or '!'; '[...]' skipped whole), a conversion, a spec with balanced
    braces."""
    name_start = pos
    c = u'\0'
    while pos < end:
        c = u[pos]
        pos += 1
        if c == u'{':
            raise oefmt(exc.w_ValueError, "unexpected '{' in field name")
        if c == u'[':
            while pos < end and u[pos] != u']':
                pos += 1
            continue
        if c == u'}' or c == u':' or c == u'!':
            break
    name_end = pos - 1
    conversion = u'\0'
    spec_start = spec_end = 0
    expand = False
    if c == u'!' or c == u':':
        done = False
        if c == u'!':
            if pos >= end:
                raise oefmt(exc.w_ValueError, "end of string while looking "
                            "for conversion specifier")
            conversion = u[pos]
            pos += 1
            if pos < end:
                c = u[pos]
                pos += 1
                if c == u'}':
                    done = True
                elif c != u':':
                    raise oefmt(exc.w_ValueError,
                                "expected ':' after conversion specifier")
        if not done:
            spec_start = pos
            count = 1
            while pos < end:
                c = u[pos]
                pos += 1
                if c == u'{':
                    expand = True
                    count += 1
                elif c == u'}':
                    count -= 1
                    if count == 0:
                        spec_end = pos - 1
                        break
            if count != 0:
                raise oefmt(exc.w_ValueError,
                            "unmatched '{' in format spec")
    elif c != u'}' or name_end < name_start:
        raise oefmt(exc.w_ValueError, "expected '}' before end of string")
    return Field(name_start, name_end, conversion, spec_start, spec_end,
                 expand, pos)


def _output_field(b, u, pos, end, fargs, depth):
    """Parse the field after a '{' and format it into b.  Returns the
    position after the field's '}'."""
    field = parse_field(u, pos, end)
    name_start = field.name_start
    name_end = field.name_end
    conversion = field.conversion
    spec_start = field.spec_start
    spec_end = field.spec_end
    expand = field.expand
    pos = field.pos
    temps = []
    try:
        w_obj = _get_field_object(u, name_start, name_end, fargs, temps)
        if conversion != u'\0':
            if conversion == u'r' or conversion == u's' or \
                    conversion == u'a':
                w_obj = newstr(convert_u(w_obj, chr(ord(conversion))))
            else:
                raise _conversion_error(ord(conversion))
        assert spec_start >= 0 and spec_end >= spec_start
        if expand:
            spec = _build_string(u, spec_start, spec_end, fargs, depth - 1)
        else:
            spec = u[spec_start:spec_end]
        b.append(format_w(w_obj, spec))
    finally:
        i = len(temps) - 1
        while i >= 0:
            refcount.discard(temps[i])
            i -= 1
    return pos


def _conversion_error(code):
    if 32 < code < 127:
        what = chr(code) + ''
    else:
        what = '\\x%x' % code
    return oefmt(exc.w_ValueError, "Unknown conversion specifier %s" % what)


def _key_error(key):
    from fastpy.objspace.exceptions import W_BaseException
    return OperationError(W_BaseException(exc.w_KeyError, [newstr(key)]))


def _get_field_object(u, start, end, fargs, temps):
    from fastpy.objspace import space
    from fastpy.objspace.intobject import newint
    # first part: up to '.' or '['
    i = start
    while i < end:
        c = u[i]
        if c == u'[' or c == u'.':
            break
        i += 1
    first_end = i
    index = _get_integer(u, start, first_end)
    empty = start >= first_end
    if empty or index != -1:
        if fargs.auto_state == ANS_INIT:
            fargs.auto_state = ANS_AUTO if empty else ANS_MANUAL
        if fargs.auto_state == ANS_MANUAL:
            if empty:
                raise oefmt(exc.w_ValueError, "cannot switch from manual "
                            "field specification to automatic field "
                            "numbering")
        elif not empty:
            raise oefmt(exc.w_ValueError, "cannot switch from automatic "
                        "field numbering to manual field specification")
        if empty:
            index = fargs.auto_number
            fargs.auto_number += 1
    assert first_end >= start >= 0
    if index == -1:
        key = u[start:first_end]
        if fargs.w_mapping is not None:
            w_obj = space.getitem(fargs.w_mapping, newstr(key))
            temps.append(w_obj)
        else:
            w_obj = None
            name = str_to_utf8(key)
            for k in range(len(fargs.kw_names)):
                if fargs.kw_names[k] == name:
                    w_obj = fargs.kw_values_w[k]
            if w_obj is None:
                raise _key_error(key)
    else:
        if fargs.args_w is None:
            raise oefmt(exc.w_ValueError,
                        "Format string contains positional fields")
        if index >= len(fargs.args_w):
            raise oefmt(exc.w_IndexError, "Replacement index %d out of "
                        "range for positional args tuple" % index)
        w_obj = fargs.args_w[index]
    # the rest: .attr and [index] parts
    while i < end:
        c = u[i]
        i += 1
        if c == u'.':
            name_start = i
            while i < end and u[i] != u'.' and u[i] != u'[':
                i += 1
            if name_start == i:
                raise oefmt(exc.w_ValueError,
                            "Empty attribute in format string")
            assert name_start >= 0 and i >= name_start
            w_obj = space.getattr_w(w_obj, str_to_utf8(u[name_start:i]))
            temps.append(w_obj)
        elif c == u'[':
            name_start = i
            while i < end and u[i] != u']':
                i += 1
            if i >= end:
                raise oefmt(exc.w_ValueError, "Missing ']' in format string")
            name_end = i
            i += 1
            if name_start == name_end:
                raise oefmt(exc.w_ValueError,
                            "Empty attribute in format string")
            k = _get_integer(u, name_start, name_end)
            if k == -1:
                assert name_start >= 0 and name_end >= name_start
                w_key = newstr(u[name_start:name_end])
            else:
                w_key = newint(k)
            w_obj = space.getitem(w_obj, w_key)
            temps.append(w_obj)
        else:
            raise oefmt(exc.w_ValueError, "Only '.' or '[' may follow ']' "
                        "in format field specifier")
    return w_obj
