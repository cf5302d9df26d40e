"""Printing exceptions and tracebacks in CPython's format."""

from fastpy.objspace import space
from fastpy.objspace.strobject import str_to_utf8


class SourceRegistry(object):
    """Source text of the files run so far, for traceback lines."""

    def __init__(self):
        self.sources = {}

    def add(self, filename, source):
        self.sources[filename] = source

    def line(self, filename, lineno):
        source = self.sources.get(filename, None)
        if source is None:
            return ''
        return _raw_line(source, lineno).strip(' \t\r\x0c')


sources = SourceRegistry()

REPEAT_CUTOFF = 3     # CPython's traceback._RECURSIVE_CUTOFF


def format_exception(operr):
    """The whole text CPython prints for an uncaught exception."""
    lines = []
    tb = operr.tb
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
    last = ''
    repeat = 0
    while tb is not None:
        code = tb.code
        lineno = code.lineno_at(tb.pc)
        entry = '  File "%s", line %d, in %s\n' % (code.co_filename, lineno,
                                                   code.co_name)
        text = sources.line(code.co_filename, lineno)
        if text:
            entry += '    %s\n' % text
        if entry == last:
            repeat += 1
        else:
            _flush_repeats(lines, repeat)
            repeat = 0
            last = entry
        if repeat < REPEAT_CUTOFF:
            lines.append(entry)
        tb = tb.next
    _flush_repeats(lines, repeat)
    lines.append(format_exception_only(operr.w_exc))
    return ''.join(lines)


def _flush_repeats(lines, repeat):
    if repeat >= REPEAT_CUTOFF:
        extra = repeat - REPEAT_CUTOFF + 1
        lines.append('  [Previous line repeated %d more time%s]\n' %
                     (extra, 's' if extra > 1 else ''))


def format_exception_only(w_exc):
    name = space.type_name(w_exc)
    msg = str_to_utf8(space.exception_str(w_exc))
    if msg:
        return '%s: %s\n' % (name, msg)
    return '%s\n' % name


def format_syntax_error(kind, msg, filename, lineno, col, source):
    """CPython's display of a SyntaxError (col is 0-based)."""
    lines = ['  File "%s", line %d\n' % (filename, lineno)]
    raw = _raw_line(source, lineno)
    text = raw.lstrip(' \t\x0c')
    if text.strip():
        text = text.rstrip('\r\n ')
        lines.append('    %s\n' % text)
        caret = col - (len(raw) - len(raw.lstrip(' \t\x0c')))
        if caret < 0:
            caret = 0
        if caret > len(text):
            caret = len(text)
        lines.append('    %s^\n' % (' ' * caret))
    lines.append('%s: %s\n' % (kind, msg))
    return ''.join(lines)


def _raw_line(source, lineno):
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
