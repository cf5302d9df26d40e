"""The source encoding of bytes (PEP 263), as CPython 3.11's tokenizer
finds it (Parser/tokenizer.c: check_bom, check_coding_spec,
get_coding_spec, get_normal_name): a UTF-8 BOM, or a coding cookie in a
comment on the first line, or on the second if the first holds only a
comment or blanks.  Decoding with the encoding found is the caller's
(it needs the codec registry)."""

BOM = '\xef\xbb\xbf'


class CodingError(Exception):
    """CPython's "encoding problem: ..." SyntaxError."""

    def __init__(self, msg):
        self.msg = msg


def normal_name(name):
    """get_normal_name: the spellings of utf-8 and latin-1 (on the first
    12 characters, lowered, '_' as '-') become "utf-8" and "iso-8859-1";
    any other name is kept as written."""
    buf = []
    for c in name[:12]:
        if c == '_':
            buf.append('-')
        else:
            buf.append(c.lower())
    low = ''.join(buf)
    if low == 'utf-8' or low.startswith('utf-8-'):
        return 'utf-8'
    if low == 'latin-1' or low == 'iso-8859-1' or low == 'iso-latin-1' or \
            low.startswith('latin-1-') or low.startswith('iso-8859-1-') or \
            low.startswith('iso-latin-1-'):
        return 'iso-8859-1'
    return name


def _is_name_char(c):
    return c.isalnum() or c == '-' or c == '_' or c == '.'


def coding_spec(line):
    """get_coding_spec: the encoding named by a coding cookie in `line`
    (the comment must be the only thing on it), normalized; '' if none.
    `line` is the line as CPython measures it (see find_encoding)."""
    size = len(line)
    i = 0
    while i < size - 6:
        c = line[i]
        if c == '#':
            break
        if c != ' ' and c != '\t' and c != '\x0c':
            return ''
        i += 1
    while i < size - 6:
        assert i >= 0
        if line[i:i + 6] == 'coding':
            t = i + 6
            if t < size and (line[t] == ':' or line[t] == '='):
                t += 1
                while t < size and (line[t] == ' ' or line[t] == '\t'):
                    t += 1
                begin = t
                while t < size and _is_name_char(line[t]):
                    t += 1
                if t > begin:
                    assert begin >= 0
                    return normal_name(line[begin:t])
        i += 1
    return ''


def _only_comment(line):
    """check_coding_spec goes on to the second line only after a line
    that holds nothing but blanks or a comment."""
    for c in line:
        if c == '#' or c == '\n' or c == '\r':
            return True
        if c != ' ' and c != '\t' and c != '\x0c':
            return False
    return True


def find_encoding(source):
    """(has_bom, encoding) of bytes source (its newlines already \\n, its
    BOM still there): encoding is the cookie's normalized name, '' if
    there is none.  Raises CodingError when a BOM meets a cookie naming
    another encoding."""
    has_bom = source.startswith(BOM)
    text = source
    if has_bom:
        text = source[3:]
    first = text.find('\n')
    if first < 0:
        return has_bom, ''
    assert first >= 0
    # decode_str: line 1 without its newline, line 2 with it
    spec = coding_spec(text[:first])
    if spec == '' and _only_comment(text[:first]):
        second = text.find('\n', first + 1)
        if second > first:
            spec = coding_spec(text[first + 1:second + 1])
    if has_bom and spec != '' and spec != 'utf-8':
        raise CodingError("encoding problem: %s with BOM" % spec)
    return has_bom, spec
