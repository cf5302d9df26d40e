"""Printing exceptions and tracebacks in CPython's format."""

from fastpy.objspace import space
from fastpy.objspace.strobject import str_to_utf8
from fastpy.interpreter.error import OperationError


class SourceRegistry(object):
    """Source text of the files run so far, for traceback lines."""

    def __init__(self):
        self.sources = {}

    def add(self, filename, source):
        self.sources[filename] = source

    def line(self, filename, lineno):
        source = self.sources.get(filename, None)
        if source is None:
            source = self.read(filename)
            if source is None:
                return ''
        return _raw_line(source, lineno).strip(' \t\r\x0c')

    def raw_line(self, filename, lineno):
        """The line as in the file, without its newline."""
        source = self.sources.get(filename, None)
        if source is None:
            source = self.read(filename)
            if source is None:
                return ''
        return _raw_line(source, lineno)


    def read(self, filename):
        """The text of a file that was imported (read when a traceback
        first shows one of its lines, as CPython's linecache does)."""
        if filename.startswith('<'):
            return None
        from fastpy.interpreter.importing import read_file_or_none
        source = read_file_or_none(filename)
        if source is not None:
            self.sources[filename] = source
        return source


sources = SourceRegistry()

REPEAT_CUTOFF = 3     # CPython's traceback._RECURSIVE_CUTOFF


def format_exception(operr, suggest=True):
    """The whole text CPython prints for an uncaught exception: the chain
    of causes and contexts first, exception groups as trees (CPython
    3.11's TracebackException.format).  suggest: the "Did you mean"
    suggestions of NameErrors and AttributeErrors (suggestions.py) are
    added (not by the unraisable hook)."""
    ctx = _PrintContext(suggest)
    lines = []
    _format(operr.w_exc, ctx, lines)
    return ''.join(lines)


CAUSE_MESSAGE = ("\nThe above exception was the direct cause of the "
                 "following exception:\n\n")
CONTEXT_MESSAGE = ("\nDuring handling of the above exception, another "
                   "exception occurred:\n\n")
MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10


class _PrintContext(object):
    def __init__(self, suggest):
        self.suggest = suggest
        self.seen = []
        self.group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def emit(self, lines, text, margin_char='|'):
        """Append text, every line prefixed by the group margin."""
        prefix = self.indent()
        if self.group_depth:
            prefix += margin_char + ' '
        if not prefix:
            lines.append(text)
            return
        start = 0
        n = len(text)
        while start < n:
            end = text.find('\n', start)
            if end < 0:
                end = n
            else:
                end += 1
            assert end >= start
            lines.append(prefix + text[start:end])
            start = end


def _in(w_obj, items_w):
    for w_other in items_w:
        if w_other is w_obj:
            return True
    return False


def _format(w_top, ctx, lines):
    from fastpy.objspace.exceptions import W_BaseException, W_ExceptionGroup
    from fastpy.objspace.tupleobject import W_TupleObject
    # the chain: this exception, its cause or context, theirs ...
    msgs = []
    chain_w = []
    w_exc = w_top
    while w_exc is not None:
        assert isinstance(w_exc, W_BaseException)
        ctx.seen.append(w_exc)
        w_cause = w_exc.w_cause
        w_context = w_exc.w_context
        w_next = None
        msg = ''
        if w_cause is not None and not _in(w_cause, ctx.seen):
            w_next = w_cause
            msg = CAUSE_MESSAGE
        elif (w_context is not None and not w_exc.suppress_context and
              not _in(w_context, ctx.seen)):
            w_next = w_context
            msg = CONTEXT_MESSAGE
        chain_w.append(w_exc)
        msgs.append(msg)
        w_exc = w_next
    i = len(chain_w) - 1
    while i >= 0:
        w_exc = chain_w[i]
        assert isinstance(w_exc, W_BaseException)
        if msgs[i]:
            ctx.emit(lines, msgs[i])
        if not isinstance(w_exc, W_ExceptionGroup):
            if w_exc.w_traceback is not None:
                ctx.emit(lines, 'Traceback (most recent call last):\n')
                ctx.emit(lines, _tb_text(w_exc.w_traceback))
            ctx.emit(lines, _exception_only_text(w_exc, ctx.suggest))
        elif ctx.group_depth > MAX_GROUP_DEPTH:
            ctx.emit(lines, '... (max_group_depth is %d)\n' %
                     MAX_GROUP_DEPTH)
        else:
            is_toplevel = ctx.group_depth == 0
            if is_toplevel:
                ctx.group_depth += 1
            if w_exc.w_traceback is not None:
                ctx.emit(lines, 'Exception Group Traceback (most recent '
                         'call last):\n', '+' if is_toplevel else '|')
                ctx.emit(lines, _tb_text(w_exc.w_traceback))
            ctx.emit(lines, _exception_only_text(w_exc, ctx.suggest))
            w_excs = w_exc.w_exceptions
            assert isinstance(w_excs, W_TupleObject)
            num = len(w_excs.items_w)
            n = num
            if num > MAX_GROUP_WIDTH:
                n = MAX_GROUP_WIDTH + 1
            ctx.need_close = False
            for k in range(n):
                last = k == n - 1
                if last:
                    ctx.need_close = True
                truncated = k >= MAX_GROUP_WIDTH
                title = '...' if truncated else '%d' % (k + 1)
                lines.append(ctx.indent() + ('+-' if k == 0 else '  ') +
                             '+---------------- %s ----------------\n' %
                             title)
                ctx.group_depth += 1
                if not truncated:
                    _format(w_excs.items_w[k], ctx, lines)
                else:
                    remaining = num - MAX_GROUP_WIDTH
                    ctx.emit(lines, 'and %d more exception%s\n' %
                             (remaining, 's' if remaining > 1 else ''))
                if last and ctx.need_close:
                    lines.append(ctx.indent() +
                                 '+------------------------------------\n')
                    ctx.need_close = False
                ctx.group_depth -= 1
            if is_toplevel:
                ctx.group_depth = 0
        i -= 1


def _tb_text(w_tb):
    lines = []
    format_tb(w_tb, lines, '')
    return ''.join(lines)


def _exception_only_text(w_exc, suggest):
    lines = [format_exception_only(w_exc, suggest)]
    format_notes(w_exc, lines, '')
    return ''.join(lines)


def format_tb(w_tb, lines, margin):
    """The entries of a traceback chain, outermost first, with CPython's
    folding of repeated lines (recursion)."""
    from fastpy.objspace.exceptions import W_Traceback
    last = ''
    repeat = 0
    while w_tb is not None:
        assert isinstance(w_tb, W_Traceback)
        code = w_tb.code
        lineno = w_tb.lineno()
        entry = '%s  File "%s", line %d, in %s\n' % (
            margin, code.co_filename, lineno, code.co_name)
        raw = sources.raw_line(code.co_filename, lineno)
        text = _display_text(raw)
        markers = ''
        if text:
            entry += '%s    %s\n' % (margin, text)
            markers = _markers(w_tb, raw, margin)
        if entry == last:
            repeat += 1
        else:
            _flush_repeats(lines, repeat, margin)
            repeat = 0
            last = entry
        if repeat < REPEAT_CUTOFF:
            lines.append(entry + markers)
        w_tb = w_tb.w_next
    _flush_repeats(lines, repeat, margin)


def _display_text(raw):
    """CPython shows a traceback's source line without its indentation
    (its trailing blanks stay); '' for a blank line."""
    if raw.endswith('\r'):
        raw = raw[:-1]
    if not raw.strip(' \t\x0c'):
        return ''
    return raw.lstrip(' \t\x0c')


def _markers(w_tb, raw, margin):
    """The position markers under an entry's line (carets.py)."""
    from fastpy.interpreter.carets import marker_line
    lineno, end_lineno, col, end_col = w_tb.code.position_at(w_tb.pc)
    text = marker_line(raw, lineno, end_lineno, col, end_col)
    if text:
        return margin + text
    return ''


def format_notes(w_exc, lines, margin):
    """Each note of __notes__ on its own line(s)."""
    from fastpy.objspace.listobject import W_ListObject
    from fastpy.objspace.strobject import W_StrObject
    w_notes = w_exc.w_notes
    if w_notes is None:
        return
    if not isinstance(w_notes, W_ListObject):
        lines.append(margin + str_to_utf8(space.repr_u(w_notes)) + '\n')
        return
    for w_note in w_notes.getitems_fixedsize():
        if isinstance(w_note, W_StrObject):
            text = str_to_utf8(w_note.value)
        else:
            text = str_to_utf8(space.repr_u(w_note))
        for line in text.split('\n'):
            lines.append(margin + line + '\n')


def _flush_repeats(lines, repeat, margin):
    if repeat >= REPEAT_CUTOFF:
        extra = repeat - REPEAT_CUTOFF + 1
        lines.append('%s  [Previous line repeated %d more time%s]\n' %
                     (margin, extra, 's' if extra > 1 else ''))


def format_exception_only(w_exc, suggest=False):
    """The last line: the type's name, the message, with suggest a
    "Did you mean" suggestion (suggestions.py).  A SyntaxError shows its
    file, line and text with carets first, then its msg."""
    from fastpy.objspace import excfields
    prefix = ''
    w_msg = w_exc
    if excfields.family_of(w_exc.gettype()).kind == excfields.K_SYNTAX:
        fields = _syntax_error_fields(w_exc)
        if fields is not None:
            w_msg = fields.w_msg
            prefix = fields.text
    line = exception_type_name(w_exc.gettype())
    if w_msg is not space.w_None:
        try:
            msg = str_to_utf8(space.str_u(w_msg))
        except OperationError as e:
            from fastpy.objspace import refcount
            refcount.discard(e.w_exc)
            msg = '<exception str() failed>'
        if msg:
            line += ': ' + msg
    if suggest:
        from fastpy.interpreter.suggestions import suggestion
        suggested = suggestion(w_exc)
        if suggested is not None:
            # written as it is, not as its repr
            line += ". Did you mean: '%s'?" % suggested
    if w_msg is not w_exc:
        from fastpy.objspace import refcount
        refcount.discard(w_msg)
    return prefix + line + '\n'


class _SyntaxErrorDisplay(object):
    def __init__(self, w_msg, text):
        self.w_msg = w_msg      # what the last line shows
        self.text = text        # the File line, the source line, carets


def _syntax_error_fields(w_exc):
    """CPython's parse_syntax_error and print_exception_file_and_line:
    a _SyntaxErrorDisplay, or None when a field does not read as it
    should (then the exception prints as any)."""
    from fastpy.objspace import refcount
    from fastpy.objspace.strobject import W_StrObject
    from fastpy.objspace import exceptions as exc
    w_msg = None
    try:
        w_msg = space.getattr_w(w_exc, 'msg')
        w_filename = space.getattr_w(w_exc, 'filename')
        if w_filename is space.w_None:
            filename = '<string>'
        else:
            filename = str_to_utf8(space.str_u(w_filename))
            refcount.discard(w_filename)
        lineno = _int_field(w_exc, 'lineno', _NOT_NONE)
        offset = _int_field(w_exc, 'offset', -1)
        if w_exc.gettype() is exc.w_SyntaxError:
            end_lineno = _int_field(w_exc, 'end_lineno', lineno)
            end_offset = _int_field(w_exc, 'end_offset', -1)
        else:
            end_lineno = lineno
            end_offset = -1
        w_text = space.getattr_w(w_exc, 'text')
    except OperationError as e:
        refcount.discard(e.w_exc)
        if w_msg is not None:
            refcount.discard(w_msg)
        return None
    text = None
    if isinstance(w_text, W_StrObject):
        text = str_to_utf8(w_text.value)
    refcount.discard(w_text)
    out = '  File "%s", line %d\n' % (filename, lineno)
    if text is not None:
        line_size = len(text)
        if end_lineno > lineno:
            end_offset = line_size
        if end_offset > line_size + 1:
            end_offset = line_size + 1
        out += error_text(offset, end_offset, text)
    return _SyntaxErrorDisplay(w_msg, out)


_NOT_NONE = -1000000    # (lineno: None makes the fields unusable)


def _int_field(w_exc, name, if_none):
    """An int attribute (None: if_none); an OperationError otherwise, as
    PyLong_AsSsize_t's failure makes the fields unusable."""
    from fastpy.objspace import refcount
    from fastpy.objspace.space import int_w
    w_value = space.getattr_w(w_exc, name)
    if w_value is space.w_None and if_none != _NOT_NONE:
        return if_none
    try:
        return int_w(w_value)
    finally:
        refcount.discard(w_value)


def error_text(offset, end_offset, text):
    """print_error_text: the line (its indentation stripped) and, unless
    the offset is left of it, carets from offset to end_offset (one if
    the end is not after the start).  Offsets are 1-based."""
    if end_offset > 0 and end_offset > offset:
        carets = end_offset - offset
    else:
        carets = 1
    offset -= 1
    i = 0
    while i < len(text) and text[i] in ' \t\x0c':
        i += 1
        offset -= 1
    text = text[i:]
    length = len(text)
    if length > 0 and text[length - 1] == '\n':
        length -= 1
    if offset > length:
        offset = length
    while True:     # skip the lines of the text before the offset
        nl = text.find('\n')
        if nl < 0 or nl >= offset:
            break
        assert nl >= 0
        text = text[nl + 1:]
        length -= nl + 1
        offset -= nl + 1
    out = '    ' + text
    if length >= len(text) or text[length] != '\n':
        out += '\n'
    if offset < 0:
        return out
    return out + '    ' + ' ' * offset + '^' * carets + '\n'


def exception_type_name(w_type):
    """CPython prints `module.qualname` for classes not in builtins."""
    name = w_type.qualname
    if w_type.is_heaptype:
        from fastpy.objspace.strobject import W_StrObject
        w_mod = w_type.dict_w.get('__module__', None)
        if isinstance(w_mod, W_StrObject):
            module = str_to_utf8(w_mod.value)
            if module != 'builtins' and module != '__main__':
                name = module + '.' + name
    return name


def format_syntax_error(kind, msg, filename, loc):
    """CPython's display of a SyntaxError of the main script
    (errorpos.Location loc)."""
    from fastpy.parser import errorpos
    offset = loc.offset
    end_lineno = loc.end_lineno
    end_offset = loc.end_offset
    if end_lineno == errorpos.END_NONE:
        end_lineno = loc.lineno
    if end_offset == errorpos.END_NONE or kind != 'SyntaxError':
        end_offset = -1
    out = '  File "%s", line %d\n' % (filename, loc.lineno)
    text = loc.text
    if text is not None:
        if end_lineno > loc.lineno:
            end_offset = len(text)
        if end_offset > len(text) + 1:
            end_offset = len(text) + 1
        out += error_text(offset, end_offset, text)
    return out + '%s: %s\n' % (kind, msg)


def _raw_line(source, lineno):
    if lineno < 1:
        return ''           # no line (CPython prints "line -1", no text)
    start = 0
    n = 1
    while n < lineno:
        i = source.find('\n', start)
        if i < 0:
            return ''
        start = i + 1
        n += 1
    end = source.find('\n', start)
    if end < 0:
        end = len(source)
    assert start >= 0 and end >= 0
    return source[start:end]
