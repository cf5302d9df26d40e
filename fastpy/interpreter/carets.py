"""The position markers of traceback entries (PEP 657): the line of `^`
(with `~` around the operator of a binary operation or the brackets of
a subscript) that CPython 3.11 prints under the source line of each
frame (Python/traceback.c, tb_displayline).

Positions come from the code object (W_Code.position_at): line, end
line, and the columns in UTF-8 bytes of the source line, as CPython's
co_positions().  The markers count characters, each as wide as it is
displayed (east Asian wide characters take two columns).
"""

from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from fastpy.parser import ast

PRIMARY = '^'
WHITESPACE = ' \t\x0c'


def marker_line(line, lineno, end_lineno, col, end_col):
    """The marker line (ending in a newline) to print under `line`, the
    raw source line (UTF-8, no newline), or '' when CPython prints none:
    no column information, or the marked span is the whole line (less
    its indentation) and has no anchors."""
    if lineno <= 0 or end_lineno <= 0 or col < 0 or end_col < 0:
        return ''
    if line.endswith('\r'):
        line = line[:-1]
    chars = _decode(line)
    nchars = len(chars)
    start = _char_offset(line, col)
    end = _char_offset(line, end_col)
    left = -1               # the secondary range: chars [left, right)
    right = -1
    secondary = PRIMARY
    primary = PRIMARY
    if lineno == end_lineno:
        if 0 <= col < end_col <= len(line):
            assert col >= 0 and end_col >= 0
            segment = line[col:end_col]
            anchors = _anchors(segment)
            if anchors[0] >= 0:
                left = _char_offset(segment, anchors[0]) + start
                right = _char_offset(segment, anchors[1]) + start
                primary = '~'
                secondary = '^'
    else:
        # a span over several lines: up to the end of this one
        i = nchars - 1
        while i >= 0 and _is_whitespace(chars[i]):
            i -= 1
        end = i + 1
    indent = 0
    while indent < nchars and _is_whitespace(chars[indent]):
        indent += 1
    if end - start == nchars - indent and left < 0:
        return ''
    out = ['    ']
    k = indent
    while k < end:
        width = 1
        if k < nchars:
            width = _width(chars[k])
        if k < start:
            out.append(' ' * width)
        elif left <= k < right:
            out.append(secondary * width)
        else:
            out.append(primary * width)
        k += 1
    out.append('\n')
    return ''.join(out)


def _is_whitespace(code):
    return code == 0x20 or code == 0x09 or code == 0x0c


def _anchors(segment):
    """CPython's extract_anchors_from_line: parse the marked text; for a
    binary operation, the operator; for a subscript, the brackets and
    what is between them.  Byte offsets in `segment`, or (-1, -1)."""
    from fastpy.parser.parser import parse, ParseError
    try:
        module = parse(segment)
    except ParseError:
        return (-1, -1)
    if len(module.body) != 1:
        return (-1, -1)
    stmt = module.body[0]
    if not isinstance(stmt, ast.ExprStmt):
        return (-1, -1)
    expr = stmt.value
    n = len(segment)
    if isinstance(expr, ast.BinOp):
        left = -1
        right = -1
        i = expr.left.end_col
        stop = expr.right.col
        if stop > n:
            stop = n
        while i < stop:
            c = segment[i]
            if c in WHITESPACE:
                i += 1
                continue
            left = i
            right = i + 1
            if i + 1 < stop and segment[i + 1] not in WHITESPACE:
                right += 1      # a two-character operator (`//`)
            if c == ')' and i + 1 < stop:
                i += 1          # the end of a parenthesized left operand
                continue
            break
        return (left, right)
    if isinstance(expr, ast.Subscript):
        left = expr.value.end_col
        right = expr.index.end_col + 1
        while left < n and segment[left] != '[':
            left += 1
        while right < n and segment[right] != ']':
            right += 1
        if right < n:
            right += 1
        return (left, right)
    return (-1, -1)


def _char_offset(text, byte_offset):
    """The number of characters in the first `byte_offset` bytes of the
    UTF-8 `text` (a cut sequence counts as one, as CPython's decoding
    with errors='replace')."""
    if byte_offset > len(text):
        byte_offset = len(text)
    count = 0
    for i in range(byte_offset):
        if ord(text[i]) & 0xC0 != 0x80:
            count += 1
    return count


def _decode(text):
    """The code points of UTF-8 `text` (invalid bytes: one each)."""
    result = []
    n = len(text)
    i = 0
    while i < n:
        b = ord(text[i])
        length = 1
        code = b
        if b >= 0xF0:
            length = 4
            code = b & 0x07
        elif b >= 0xE0:
            length = 3
            code = b & 0x0F
        elif b >= 0xC0:
            length = 2
            code = b & 0x1F
        j = 1
        while j < length:
            if i + j >= n or ord(text[i + j]) & 0xC0 != 0x80:
                break
            code = (code << 6) | (ord(text[i + j]) & 0x3F)
            j += 1
        if j < length:
            code = 0xFFFD
        result.append(code)
        i += j
    return result


def _width(code):
    """Display width: 2 for east Asian wide and fullwidth characters
    (CPython 3.11 uses Unicode 14; the database here is 8.0, completed
    with the characters that became wide since, the emoji mostly)."""
    if code < 0x1100:
        return 1
    if code > 0x10FFFF:
        return 1
    eaw = unicodedb.east_asian_width(code)
    if eaw == 'W' or eaw == 'F':
        return 2
    i = 0
    n = len(WIDE_SINCE_8)
    while i < n:
        if WIDE_SINCE_8[i] <= code <= WIDE_SINCE_8[i + 1]:
            return 2
        i += 2
    return 1


# Ranges (first, last) of assigned characters that are wide in Unicode
# 14.0 (CPython 3.11) and not in 8.0.
WIDE_SINCE_8 = [
    0x231a, 0x231b, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
    0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f,
    0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be,
    0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea,
    0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
    0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c,
    0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
    0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
    0x2b55, 0x2b55, 0x312e, 0x312f, 0x31bb, 0x31bf, 0x32ff, 0x32ff,
    0x16fe0, 0x16fe4, 0x16ff0, 0x16ff1, 0x17000, 0x187f7,
    0x18800, 0x18cd5, 0x18d00, 0x18d08, 0x1aff0, 0x1aff3,
    0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b002, 0x1b122,
    0x1b150, 0x1b152, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb,
    0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e,
    0x1f191, 0x1f19a, 0x1f23b, 0x1f23b, 0x1f260, 0x1f265,
    0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c,
    0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3,
    0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e,
    0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d,
    0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a,
    0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f,
    0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2,
    0x1f6d5, 0x1f6d7, 0x1f6dd, 0x1f6df, 0x1f6eb, 0x1f6ec,
    0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0,
    0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff,
    0x1fa70, 0x1fa74, 0x1fa78, 0x1fa7c, 0x1fa80, 0x1fa86,
    0x1fa90, 0x1faac, 0x1fab0, 0x1faba, 0x1fac0, 0x1fac5,
    0x1fad0, 0x1fad9, 0x1fae0, 0x1fae7, 0x1faf0, 0x1faf6,
]
