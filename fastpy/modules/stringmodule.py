"""The _string module: the format-string parser of str.format for
string.Formatter (CPython's Objects/stringlib/unicode_format.h).

    formatter_parser(s)  -> iterator of (literal, field_name, format_spec,
                            conversion); field_name, format_spec and
                            conversion are None after the last literal
    formatter_field_name_split(name) -> (first, iterator of
                            (is_attribute, key))

Both iterators parse lazily, so a malformed string raises its ValueError
when iteration reaches it.  The parsing is str.format's own
(objspace/strformat.py: next_literal, parse_field, _get_integer).
"""

from fastpy.interpreter.error import oefmt
from fastpy.modules.moduledef import ModuleDef
from fastpy.modules.modtypes import BuiltinIterator
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
from fastpy.objspace.slots import publish
from fastpy.objspace.strformat import next_literal, parse_field, \
    _get_integer
from fastpy.objspace.strobject import W_StrObject, newstr
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.typeobject import W_TypeObject, w_object_type

module = ModuleDef('_string', 'string helper module')


def _check_str(w_obj):
    if not isinstance(w_obj, W_StrObject):
        raise oefmt(exc.w_TypeError, "expected str, got %s" %
                    space.type_name(w_obj))
    return w_obj


def _sub(u, start, stop):
    assert start >= 0 and stop >= start
    return newstr(u[start:stop])


# ---------------------------------------------------------------- parser

w_formatteriter_type = W_TypeObject('formatteriterator', w_object_type)
publish(w_formatteriter_type, ['__iter__', '__next__'])


class W_FormatterIterator(BuiltinIterator):
    """formatter_parser's iterator: holds the string being parsed."""
    _attrs_ = ['w_str', 'pos']

    def __init__(self, w_str):
        self.w_str = w_str
        self.pos = 0
        refcount.incref(w_str)

    def gettype(self):
        return w_formatteriter_type

    def referents(self):
        return [self.w_str]

    def release_children(self):
        w_str = self.w_str
        self.w_str = None
        refcount.decref(w_str)

    def sp_next(self):
        w_str = self.w_str
        assert isinstance(w_str, W_StrObject)
        u = w_str.value
        end = len(u)
        pos = self.pos
        if pos >= end:
            return None
        lit_start = pos
        lit_end, markup, pos = next_literal(u, pos, end)
        self.pos = pos
        w_literal = _sub(u, lit_start, lit_end)
        if not markup:
            return newtuple([w_literal, space.w_None, space.w_None,
                             space.w_None])
        field = parse_field(u, pos, end)
        self.pos = field.pos
        w_name = _sub(u, field.name_start, field.name_end)
        w_spec = _sub(u, field.spec_start, field.spec_end)
        if field.conversion == u'\0':
            w_conv = space.w_None
        else:
            w_conv = newstr(field.conversion)
        return newtuple([w_literal, w_name, w_spec, w_conv])


@module.function('formatter_parser(s, /)')
def string_formatter_parser(w_s):
    """parse the argument as a format string"""
    return W_FormatterIterator(_check_str(w_s))


# ---------------------------------------------------------------- field names

w_fieldnameiter_type = W_TypeObject('fieldnameiterator', w_object_type)
publish(w_fieldnameiter_type, ['__iter__', '__next__'])


class W_FieldNameIterator(BuiltinIterator):
    """The (is_attribute, key) parts after a field name's first part."""
    _attrs_ = ['w_str', 'pos']

    def __init__(self, w_str, pos):
        self.w_str = w_str
        self.pos = pos
        refcount.incref(w_str)

    def gettype(self):
        return w_fieldnameiter_type

    def referents(self):
        return [self.w_str]

    def release_children(self):
        w_str = self.w_str
        self.w_str = None
        refcount.decref(w_str)

    def sp_next(self):
        """FieldNameIterator_next."""
        w_str = self.w_str
        assert isinstance(w_str, W_StrObject)
        u = w_str.value
        end = len(u)
        pos = self.pos
        if pos >= end:
            return None
        c = u[pos]
        pos += 1
        if c == u'.':
            is_attr = True
            start = pos
            while pos < end and u[pos] != u'.' and u[pos] != u'[':
                pos += 1
            stop = pos
            index = -1
        elif c == u'[':
            is_attr = False
            start = pos
            bracket_seen = False
            while pos < end:
                c = u[pos]
                pos += 1
                if c == u']':
                    bracket_seen = True
                    break
            if not bracket_seen:
                self.pos = pos
                raise oefmt(exc.w_ValueError, "Missing ']' in format string")
            stop = pos - 1
            self.pos = pos
            index = _get_integer(u, start, stop)
        else:
            self.pos = pos
            raise oefmt(exc.w_ValueError, "Only '.' or '[' may follow ']' "
                        "in format field specifier")
        self.pos = pos
        if start == stop:
            raise oefmt(exc.w_ValueError, "Empty attribute in format string")
        if index != -1:
            w_key = newint(index)
        else:
            w_key = _sub(u, start, stop)
        return newtuple([space.newbool(is_attr), w_key])


@module.function('formatter_field_name_split(s, /)')
def string_formatter_field_name_split(w_s):
    """split the argument as a field name"""
    w_str = _check_str(w_s)
    u = w_str.value
    end = len(u)
    i = 0
    while i < end:
        c = u[i]
        if c == u'[' or c == u'.':
            break
        i += 1
    index = _get_integer(u, 0, i)
    w_it = W_FieldNameIterator(w_str, i)
    if index != -1:
        w_first = newint(index)
    else:
        w_first = _sub(u, 0, i)
    return newtuple([w_first, w_it])
