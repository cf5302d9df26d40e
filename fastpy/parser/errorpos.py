"""Where a SyntaxError is: the lineno, offset, end_lineno, end_offset and
text that CPython 3.11 gives it, from the error's position in the source.

The tokenizer, the parser and the compiler record 0-based columns in UTF-8
bytes of the line (col, end_col); CPython's offsets are 1-based and, how
depends on who found the error:

  UNITS_PARSER  _PyPegen_raise_error_known_location: the byte offset is
                turned into characters of the line, but only when the
                tokenizer knows the source's encoding (a str given to
                compile(), a coding cookie, a UTF-8 BOM); bytes without
                either keep byte offsets.
  UNITS_CHARS   the tokenizer's syntaxerror(): always characters.
  UNITS_BYTES   AST columns (symtable.c, compile.c, future.c) and the
                parsers of f-string expressions (their tokenizer has no
                encoding): bytes.

An end column of END_NONE makes end_offset None; negative end columns are
CPython's -1 and 0 (end_offset = end_col + 1).

The text is the error's line: for tokenizer errors without its newline
(the tokenizer cuts its line at the newline); for parser errors with it
while the tokenizer was still on that line, without it once it had read
further (get_error_line_from_tokenizer_buffers).
"""

UNITS_PARSER = 0
UNITS_CHARS = 1
UNITS_BYTES = 2

END_NONE = -1000000     # end_offset (and end_col) None

REPLACEMENT = '\xef\xbf\xbd'    # U+FFFD in UTF-8


# ------------------------------------------------------------ UTF-8 errors

def _cont(s, i, lo, hi):
    return i < len(s) and lo <= ord(s[i]) <= hi


def utf8_error(s, i):
    """CPython's UTF-8 decoder at s[i], a non-ASCII byte: (end, reason)
    of the invalid sequence starting there, or (i + length, '') for a
    valid character."""
    n = len(s)
    b0 = ord(s[i])
    if b0 < 0x80:
        return i + 1, ''
    if b0 < 0xC2 or b0 > 0xF4:
        return i + 1, 'invalid start byte'
    if b0 < 0xE0:
        need = 1
        lo, hi = 0x80, 0xBF
    elif b0 < 0xF0:
        need = 2
        lo, hi = 0x80, 0xBF
        if b0 == 0xE0:
            lo = 0xA0
        elif b0 == 0xED:
            hi = 0x9F
    else:
        need = 3
        lo, hi = 0x80, 0xBF
        if b0 == 0xF0:
            lo = 0x90
        elif b0 == 0xF4:
            hi = 0x8F
    for k in range(1, need + 1):
        j = i + k
        if j >= n:
            return n, 'unexpected end of data'
        if k > 1:
            lo, hi = 0x80, 0xBF
        if not _cont(s, j, lo, hi):
            return j, 'invalid continuation byte'
    return i + need + 1, ''


def first_utf8_error(s):
    """(start, end, reason) of the first invalid UTF-8 sequence in s, or
    (-1, -1, '')."""
    i = 0
    n = len(s)
    while i < n:
        if ord(s[i]) < 0x80:
            i += 1
            continue
        end, reason = utf8_error(s, i)
        if reason:
            return i, end, reason
        i = end
    return -1, -1, ''


def utf8_error_message(s, start, end, reason):
    """str() of the UnicodeDecodeError of the 'utf-8' codec."""
    if end - start == 1:
        return ("'utf-8' codec can't decode byte 0x%s in position %d: %s"
                % (_hex2(ord(s[start])), start, reason))
    return ("'utf-8' codec can't decode bytes in position %d-%d: %s" %
            (start, end - 1, reason))


def _hex2(c):
    digits = '0123456789abcdef'
    return digits[c >> 4] + digits[c & 15]


def replace_invalid(s):
    """s decoded from UTF-8 with errors='replace', encoded again."""
    start, _, _ = first_utf8_error(s)
    if start < 0:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        if ord(s[i]) < 0x80:
            out.append(s[i])
            i += 1
            continue
        end, reason = utf8_error(s, i)
        if reason:
            out.append(REPLACEMENT)
        else:
            assert i >= 0 and end >= i
            out.append(s[i:end])
        i = end
    return ''.join(out)


def char_count(s, stop):
    """The characters of s[:stop] decoded with errors='replace' (a cut
    character counts as one)."""
    if stop > len(s):
        stop = len(s)
    count = 0
    i = 0
    while i < stop:
        if ord(s[i]) < 0x80:
            i += 1
        else:
            i, _ = utf8_error(s, i)
        count += 1
    return count


def byte_to_char_offset(line, offset):
    """_PyPegen_byte_offset_to_character_offset: a 1-based byte offset
    into the (valid UTF-8) line -> the characters up to it."""
    if offset > len(line) + 1:
        offset = len(line) + 1
    if offset < 0:
        return offset
    if offset > len(line):
        # CPython decodes the terminating NUL too
        return char_count(line, len(line)) + 1
    return char_count(line, offset)


# ------------------------------------------------------------ lines

def line_of(source, lineno, with_newline):
    """Line `lineno` (1-based) of source, with its newline if asked and
    it has one; '' past the end."""
    if lineno < 1:
        return ''
    start = 0
    for _ in range(lineno - 1):
        i = source.find('\n', start)
        if i < 0:
            return ''
        start = i + 1
    end = source.find('\n', start)
    if end < 0:
        end = len(source)
    elif with_newline:
        end += 1
    assert start >= 0 and end >= start
    return source[start:end]


def normalize_newlines(source):
    if '\r' not in source:
        return source
    out = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            out.append('\n')
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def _without_bom(source):
    if source.startswith('\xef\xbb\xbf'):
        return source[3:]
    return source


class Location(object):
    """The fields of a SyntaxError.  text is UTF-8 or None; end_lineno,
    end_offset: END_NONE for None."""

    def __init__(self, lineno, offset, text, end_lineno, end_offset):
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.end_lineno = end_lineno
        self.end_offset = end_offset


def locate(err, source, has_encoding, file_source):
    """The Location of err (a ParseError: msg, lineno, col, end_lineno,
    end_col, units, text, tok_lineno).  source: the UTF-8 text that was
    parsed; file_source: the text of the file the filename names, if
    CPython reads the error's line from it (exec mode, the main script)."""
    text = err.text
    if text is None:
        source = normalize_newlines(_without_bom(source))
        if file_source is not None:
            file_source = normalize_newlines(_without_bom(file_source))
            if file_source.count('\n') + 1 < err.lineno:
                file_source = None      # (no such line: the buffer's)
        if err.units == UNITS_CHARS:
            text = line_of(source, err.lineno, False)
        elif file_source is not None:
            text = line_of(file_source, err.lineno, True)
        else:
            tok_lineno = err.tok_lineno
            if tok_lineno == 0:
                tok_lineno = err.lineno
            text = line_of(source, err.lineno, tok_lineno <= err.lineno)
        text = replace_invalid(text)
    offset = err.col + 1
    end_offset = END_NONE
    if err.end_col != END_NONE:
        end_offset = err.end_col + 1
    convert = err.units == UNITS_CHARS or (err.units == UNITS_PARSER and
                                           has_encoding)
    if convert:
        if offset > 0:
            offset = byte_to_char_offset(text, offset)
        if end_offset > 0:
            end_offset = byte_to_char_offset(text, end_offset)
    return Location(err.lineno, offset, text, err.end_lineno, end_offset)


def locate_compile_error(err, file_source):
    """A CompileError (symtable, compiler, future statements): AST
    columns in bytes; the text only from the file the filename names."""
    text = None
    if file_source is not None:
        text = replace_invalid(line_of(normalize_newlines(file_source),
                                       err.lineno, True))
    end_offset = END_NONE
    if err.end_col != END_NONE:
        end_offset = err.end_col + 1
    return Location(err.lineno, err.col + 1, text, err.end_lineno,
                    end_offset)
