"""_sre: the methods and attributes of Match objects (CPython 3.11's
match_group ... match_repr).  Group texts are sliced from the subject
when asked for; a bytearray or memoryview subject gives bytes, as in
CPython."""

from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method, getset
from fastpy.modules.sreobjects import (W_Match, w_match_type, slice_of)
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.dictobject import W_DictObject, newdict
from fastpy.objspace.tupleobject import W_TupleObject, newtuple
from fastpy.objspace.slots import publish


def _match(w_self):
    assert isinstance(w_self, W_Match)
    return w_self


def group_index(m, w_index):
    """CPython's match_getindex: an int, or a name of groupindex."""
    ngroups = m.pattern().groups
    i = -1
    if space.is_int(w_index):
        if isinstance(w_index, W_IntObject):
            i = w_index.intval
    elif (w_index.is_user and
          w_index.gettype().lookup('__index__') is not None):
        i = space.index_w(w_index)
    else:
        w_groupindex = m.pattern().w_groupindex
        if isinstance(w_groupindex, W_DictObject):
            w_value = w_groupindex.getitem(w_index)
            if w_value is not None and isinstance(w_value, W_IntObject):
                i = w_value.intval
    if i < 0 or i > ngroups:
        raise oefmt(exc.w_IndexError, "no such group")
    return i


def group_text(m, g, w_default):
    start = m.spans[2 * g]
    end = m.spans[2 * g + 1]
    if start < 0 or end < 0:
        return w_default
    return slice_of(m.subject, start, end)


def match_group_one(m, w_index):
    return group_text(m, group_index(m, w_index), space.w_None)


def match_repr(m):
    w_text = group_text(m, 0, space.w_None)
    text = space.repr_u(w_text)
    if len(text) > 50:
        text = text[:50]
    head = '<re.Match object; span=(%d, %d), match=' % (m.spans[0],
                                                         m.spans[1])
    return head.decode('ascii') + text + u'>'


publish(w_match_type, ['__repr__', '__getitem__'])


@method(w_match_type, 'group(self, *args)', W_Match,
        doc='group([group1, ...]) -> str or tuple.\n    Return subgroup(s) '
        'of the match by indices or names.\n    For 0 returns the entire '
        'match.')
def match_group(w_self, args_w):
    m = _match(w_self)
    if len(args_w) == 0:
        return group_text(m, 0, space.w_None)
    if len(args_w) == 1:
        return match_group_one(m, args_w[0])
    return newtuple([match_group_one(m, w_arg) for w_arg in args_w])


@method(w_match_type, 'groups(self, /, default=None)', W_Match,
        doc='Return a tuple containing all the subgroups of the match, '
        'from 1.\n\n  default\n    Is used for groups that did not '
        'participate in the match.')
def match_groups(w_self, w_default):
    m = _match(w_self)
    n = m.pattern().groups
    return newtuple([group_text(m, g, w_default) for g in range(1, n + 1)])


@method(w_match_type, 'groupdict(self, /, default=None)', W_Match,
        doc='Return a dictionary containing all the named subgroups of '
        'the match, keyed by the subgroup name.\n\n  default\n    Is used '
        'for groups that did not participate in the match.')
def match_groupdict(w_self, w_default):
    m = _match(w_self)
    w_result = newdict()
    w_groupindex = m.pattern().w_groupindex
    if isinstance(w_groupindex, W_DictObject):
        for w_key in w_groupindex.keys():
            g = group_index(m, w_key)
            w_value = group_text(m, g, w_default)
            w_result.setitem(w_key, w_value)
            refcount.discard(w_value)
    return w_result


def _span_of(w_self, w_group):
    m = _match(w_self)
    if w_group is None:
        g = 0
    else:
        g = group_index(m, w_group)
    return m, g


@method(w_match_type, 'start(self, group=NULL, /)', W_Match,
        doc='Return index of the start of the substring matched by group.')
def match_start(w_self, w_group):
    m, g = _span_of(w_self, w_group)
    return newint(m.spans[2 * g])


@method(w_match_type, 'end(self, group=NULL, /)', W_Match,
        doc='Return index of the end of the substring matched by group.')
def match_end(w_self, w_group):
    m, g = _span_of(w_self, w_group)
    return newint(m.spans[2 * g + 1])


@method(w_match_type, 'span(self, group=NULL, /)', W_Match,
        doc='For match object m, return the 2-tuple (m.start(group), '
        'm.end(group)).')
def match_span(w_self, w_group):
    m, g = _span_of(w_self, w_group)
    return newtuple([newint(m.spans[2 * g]), newint(m.spans[2 * g + 1])])


@method(w_match_type, 'expand(self, /, template)', W_Match,
        doc='Return the string obtained by doing backslash substitution on '
        'the string template, as done by the sub() method.')
def match_expand(w_self, w_template):
    from fastpy.modules.srepattern import call_re_function
    m = _match(w_self)
    return call_re_function('_expand', [m.pattern(), m, w_template])


@method(w_match_type, '__copy__(self, /)', W_Match)
def match_copy(w_self):
    return w_self


@method(w_match_type, '__deepcopy__(self, memo, /)', W_Match)
def match_deepcopy(w_self, w_memo):
    return w_self


def _get_string(w_self):
    w_string = _match(w_self).w_string
    if w_string is None:
        return space.w_None
    return w_string


def _get_re(w_self):
    return _match(w_self).pattern()


def _get_pos(w_self):
    return newint(_match(w_self).pos)


def _get_endpos(w_self):
    return newint(_match(w_self).endpos)


def _get_lastindex(w_self):
    m = _match(w_self)
    if m.lastindex < 0:
        return space.w_None
    return newint(m.lastindex)


def _get_lastgroup(w_self):
    m = _match(w_self)
    w_indexgroup = m.pattern().w_indexgroup
    if m.lastindex < 0 or not isinstance(w_indexgroup, W_TupleObject):
        return space.w_None
    if m.lastindex >= len(w_indexgroup.items_w):
        return space.w_None
    return w_indexgroup.items_w[m.lastindex]


def _get_regs(w_self):
    m = _match(w_self)
    n = m.pattern().groups
    return newtuple([newtuple([newint(m.spans[2 * g]),
                               newint(m.spans[2 * g + 1])])
                     for g in range(n + 1)])


getset(w_match_type, 'string', _get_string,
       doc='The string passed to match() or search().')
getset(w_match_type, 're', _get_re,
       doc='The regular expression object.')
getset(w_match_type, 'pos', _get_pos,
       doc='The index into the string at which the RE engine started '
       'looking for a match.')
getset(w_match_type, 'endpos', _get_endpos,
       doc='The index into the string beyond which the RE engine will not '
       'go.')
getset(w_match_type, 'lastindex', _get_lastindex,
       doc='The integer index of the last matched capturing group.')
getset(w_match_type, 'lastgroup', _get_lastgroup,
       doc='The name of the last matched capturing group.')
getset(w_match_type, 'regs', _get_regs)
