"""_sre: the Pattern, Match and SRE_Scanner objects and the driver of the
rsre engine (rpython/rlib/rsre/rsre_core.py).

A Pattern keeps the rsre code (srecode.CompiledCode, immutable: the
engine's JIT drivers have `ctx.pattern` as a green) next to the 3.11 code
it came from.  Every match makes one rsre context over the subject text:
UnicodeMatchContext for str, StrMatchContext for bytes-like subjects
(bytearray and memoryview are copied into an RPython str first).

Counted slots (docs/finalization.md):
  Pattern: pattern (str/bytes/None), groupindex (dict), indexgroup (tuple)
  Match:   string (the subject object), re (the Pattern)
  Scanner: pattern (the Pattern), string
"""

from rpython.rlib import jit
from rpython.rlib.rsre import rsre_core, rsre_char
from fastpy.unicodedb import db as unicodedb

from fastpy.interpreter.error import oefmt
from fastpy.modules.modtypes import module_type
from fastpy.modules import srecode
from fastpy.objspace import exceptions as exc
from fastpy.objspace import refcount
from fastpy.objspace.root import W_Counted
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.bytearrayobject import W_BytearrayObject
from fastpy.objspace.memoryobject import W_MemoryView

rsre_char.set_unicode_db(unicodedb)

w_pattern_type = module_type('Pattern', 're')
w_match_type = module_type('Match', 're')
w_scanner_type = module_type('SRE_Scanner', '_sre')


def type_name(w_obj):
    """The type's name as CPython's messages show it (tp_name)."""
    w_type = w_obj.gettype()
    if w_type is w_pattern_type or w_type is w_match_type:
        return 're.' + w_type.name
    if w_type is w_scanner_type:
        return '_sre.' + w_type.name
    return w_type.name


# ---------------------------------------------------------------- subjects

class Subject(object):
    """The text a pattern runs on: unicode for str, an RPython str for the
    bytes-like objects."""
    _immutable_fields_ = ['is_bytes', 'utext', 'btext', 'length']

    def __init__(self, is_bytes, utext, btext):
        self.is_bytes = is_bytes
        self.utext = utext
        self.btext = btext
        if is_bytes:
            self.length = len(btext)
        else:
            self.length = len(utext)


def get_subject(w_string):
    """CPython's getstring(): str or a bytes-like object."""
    if isinstance(w_string, W_StrObject):
        return Subject(False, w_string.value, '')
    if isinstance(w_string, W_BytesObject):
        return Subject(True, u'', w_string.value)
    if isinstance(w_string, W_BytearrayObject):
        return Subject(True, u'', w_string.as_str())
    if isinstance(w_string, W_MemoryView):
        return Subject(True, u'', w_string.as_str())
    raise oefmt(exc.w_TypeError,
                "expected string or bytes-like object, got '%s'" %
                type_name(w_string))


def slice_of(subject, start, end):
    """The text between two positions as a new str or bytes object."""
    from fastpy.objspace.strobject import newstr
    if start < 0:
        start = 0
    if end < start:
        end = start
    if subject.is_bytes:
        return W_BytesObject(subject.btext[start:end])
    return newstr(subject.utext[start:end])


# ---------------------------------------------------------------- Pattern

class W_Pattern(W_Counted):
    _attrs_ = ['w_pattern', 'flags', 'compiled', 'src_code', 'groups',
               'w_groupindex', 'w_indexgroup', 'is_bytes', 'min_width']
    _immutable_fields_ = ['flags', 'compiled', 'src_code[*]', 'groups',
                          'is_bytes', 'min_width']

    def __init__(self, w_pattern, flags, compiled, src_code, groups,
                 w_groupindex, w_indexgroup, is_bytes):
        self.w_pattern = w_pattern
        self.flags = flags
        self.compiled = compiled
        self.src_code = src_code
        self.groups = groups
        self.w_groupindex = w_groupindex
        self.w_indexgroup = w_indexgroup
        self.is_bytes = is_bytes
        code = compiled.code
        self.min_width = 0
        if len(code) > 3 and code[0] == rsre_core.OPCODE_INFO:
            self.min_width = code[3]
        refcount.incref(w_pattern)
        refcount.incref(w_groupindex)
        refcount.incref(w_indexgroup)

    def gettype(self):
        return w_pattern_type

    def referents(self):
        return [w for w in [self.w_pattern, self.w_groupindex,
                            self.w_indexgroup] if w is not None]

    def release_children(self):
        w_pattern = self.w_pattern
        w_groupindex = self.w_groupindex
        w_indexgroup = self.w_indexgroup
        self.w_pattern = None
        self.w_groupindex = None
        self.w_indexgroup = None
        refcount.decref(w_groupindex)
        refcount.decref(w_indexgroup)
        refcount.decref(w_pattern)

    def sp_repr(self):
        from fastpy.modules.srepattern import pattern_repr
        return pattern_repr(self)

    def sp_eq(self, w_other):
        from fastpy.modules.srepattern import pattern_eq
        return pattern_eq(self, w_other)

    def sp_hash(self):
        from fastpy.modules.srepattern import pattern_hash
        return pattern_hash(self)

    def check_subject(self, w_string):
        subject = get_subject(w_string)
        if self.is_bytes and not subject.is_bytes:
            raise oefmt(exc.w_TypeError,
                        "cannot use a bytes pattern on a string-like object")
        if not self.is_bytes and subject.is_bytes:
            raise oefmt(exc.w_TypeError,
                        "cannot use a string pattern on a bytes-like object")
        return subject

    def make_ctx(self, subject, start, end):
        """An rsre context for matching from `start` (clamped positions)."""
        compiled = jit.promote(self.compiled)
        if subject.is_bytes:
            return rsre_core.StrMatchContext(compiled.code, subject.btext,
                                             start, end, compiled.ctx_flags)
        return rsre_core.UnicodeMatchContext(compiled.code, subject.utext,
                                             start, end, compiled.ctx_flags)


def adjust_bounds(pos, endpos, length):
    """CPython's state_init: clamp pos and endpos to [0, length]."""
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


# ---------------------------------------------------------------- engine

def run_match(ctx):
    try:
        return rsre_core.match_context(ctx)
    except rsre_core.Error:
        raise oefmt(exc.w_RuntimeError, "internal error in regular "
                    "expression engine")


def run_search(ctx, must_advance, min_width):
    """sre_search from ctx.match_start.  must_advance (after an empty
    match, CPython 3.7+): a match starting where the last one ended must
    not be empty; the engine's later results at that position are tried
    in order, then the search goes on from the next position."""
    try:
        if must_advance and min_width == 0:
            start = ctx.match_start
            if start > ctx.end:
                return False
            result = rsre_core.sre_match(ctx, 0, start, None)
            while result is not None and ctx.match_end == start:
                result = result.move_to_next_result(ctx)
            if result is not None:
                ctx.match_start = start
                return True
            if start >= ctx.end:
                return False
            ctx.reset(start + 1)
        return rsre_core.search_context(ctx)
    except rsre_core.Error:
        raise oefmt(exc.w_RuntimeError, "internal error in regular "
                    "expression engine")


def match_spans(ctx, groups):
    """[start0, end0, start1, end1, ...] of the match and its groups
    (-1 for unset), and lastindex (-1 for None).  Hidden groups made by
    srecode (atomic groups) are left out."""
    n = 2 * groups + 2
    spans = [-1] * n
    spans[0] = ctx.match_start
    spans[1] = ctx.match_end
    lastindex = -1
    limit = 2 * groups
    mark = ctx.match_marks
    while mark is not None:
        gid = mark.gid
        if gid < limit:
            if spans[gid + 2] == -1:
                spans[gid + 2] = mark.position
            if lastindex == -1 and gid & 1:
                lastindex = gid // 2 + 1
        mark = mark.prev
    # a group whose start or end was never set did not match
    for g in range(1, groups + 1):
        if spans[2 * g] == -1 or spans[2 * g + 1] == -1:
            spans[2 * g] = -1
            spans[2 * g + 1] = -1
    return spans, lastindex


# ---------------------------------------------------------------- Match

class W_Match(W_Counted):
    _attrs_ = ['w_pattern', 'w_string', 'subject', 'spans', 'lastindex',
               'pos', 'endpos']
    _immutable_fields_ = ['subject', 'spans[*]', 'lastindex', 'pos',
                          'endpos']

    def __init__(self, w_pattern, w_string, subject, spans, lastindex, pos,
                 endpos):
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.subject = subject
        self.spans = spans
        self.lastindex = lastindex
        self.pos = pos
        self.endpos = endpos
        refcount.incref(w_pattern)
        refcount.incref(w_string)

    def gettype(self):
        return w_match_type

    def referents(self):
        return [w for w in [self.w_pattern, self.w_string] if w is not None]

    def release_children(self):
        w_pattern = self.w_pattern
        w_string = self.w_string
        self.w_pattern = None
        self.w_string = None
        refcount.decref(w_string)
        refcount.decref(w_pattern)

    def pattern(self):
        w_pattern = self.w_pattern
        assert isinstance(w_pattern, W_Pattern)
        return w_pattern

    def sp_repr(self):
        from fastpy.modules.srematch import match_repr
        return match_repr(self)

    def sp_getitem(self, w_index):
        from fastpy.modules.srematch import match_group_one
        return match_group_one(self, w_index)


def new_match(w_pattern, w_string, subject, ctx, pos, endpos):
    spans, lastindex = match_spans(ctx, w_pattern.groups)
    return W_Match(w_pattern, w_string, subject, spans, lastindex, pos,
                   endpos)


# ---------------------------------------------------------------- Scanner

class W_Scanner(W_Counted):
    """pattern.scanner(string, pos, endpos): match()/search() go on from
    where the last match ended (finditer is iter(scanner.search, None))."""
    _attrs_ = ['w_pattern', 'w_string', 'subject', 'start', 'pos', 'endpos',
               'must_advance', 'done']

    def __init__(self, w_pattern, w_string, subject, pos, endpos):
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.subject = subject
        self.pos = pos
        self.endpos = endpos
        self.start = pos
        self.must_advance = False
        self.done = False
        refcount.incref(w_pattern)
        refcount.incref(w_string)

    def gettype(self):
        return w_scanner_type

    def referents(self):
        return [w for w in [self.w_pattern, self.w_string] if w is not None]

    def release_children(self):
        w_pattern = self.w_pattern
        w_string = self.w_string
        self.w_pattern = None
        self.w_string = None
        refcount.decref(w_pattern)
        refcount.decref(w_string)

    def next_match(self, search):
        """The next Match (a temporary) or None."""
        from fastpy.objspace import space
        w_pattern = self.w_pattern
        if self.done or w_pattern is None:
            return space.w_None
        assert isinstance(w_pattern, W_Pattern)
        if self.start > self.endpos:
            self.done = True
            return space.w_None
        ctx = w_pattern.make_ctx(self.subject, self.start, self.endpos)
        if search:
            found = run_search(ctx, self.must_advance, w_pattern.min_width)
        else:
            if self.must_advance:
                found = _match_advancing(ctx)
            else:
                found = run_match(ctx)
        if not found:
            self.done = True
            return space.w_None
        w_match = new_match(w_pattern, self.w_string, self.subject, ctx,
                            self.pos, self.endpos)
        self.must_advance = ctx.match_end == ctx.match_start
        self.start = ctx.match_end
        return w_match


def _match_advancing(ctx):
    """scanner.match() after an empty match: a non-empty match here."""
    start = ctx.match_start
    try:
        result = rsre_core.sre_match(ctx, 0, start, None)
        while result is not None and ctx.match_end == start:
            result = result.move_to_next_result(ctx)
    except rsre_core.Error:
        raise oefmt(exc.w_RuntimeError, "internal error in regular "
                    "expression engine")
    return result is not None
