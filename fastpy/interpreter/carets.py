"""The position markers of traceback entries (PEP 657): the line of `^`
(with `~` around the operator of a binary operation or the brackets of
a subscript) that CPython 3.11 prints under the source line of each
frame (Python/traceback.c, tb_displayline).

Positions come from the code object (W_Code.position_at): line, end
line, and the columns in UTF-8 bytes of the source line, as CPython's
co_positions().  The markers count characters, each as wide as it is
displayed (east Asian wide characters take two columns).
"""

from fastpy.unicodedb import db as unicodedb
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
    """Display width: 2 for east Asian wide and fullwidth characters."""
    if code < 0x1100 or code > 0x10FFFF:
        return 1
    eaw = unicodedb.east_asian_width(code)
    if eaw == 'W' or eaw == 'F':
        return 2
    return 1
