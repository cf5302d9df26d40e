"""code.co_linetable: CPython 3.11's location table format (PEP 626,
PEP 657; CPython's Objects/locations.md), over fastpy's instructions.

Each fastpy instruction counts as one code unit (two bytes), so its
offset in the table is its pc, as CPython's f_lasti and co_lines()
offsets.  `encode` writes a code object's lines and positions;
`decode` reads a table back (code.replace(co_linetable=...)).  A line of
NO_LINE (-1) is CPython's "no location": f_lineno and tb_lineno are None.

An entry: a first byte 1CCCCLLL (code C, covering L+1 code units), then
the code's data.  Codes: 0-9 short form (same line, one byte: column
low bits and width), 10-12 one-line form (line delta 0-2, column and end
column bytes), 13 no columns (signed varint line delta), 14 long form
(signed line delta, end-line delta, column+1, end column+1 varints),
15 no location.  Varints: 6 bits per byte, least significant first,
0x40 marks that more follow.
"""

from fastpy.compiler import positions

NO_LINE = -1

NONE = 15
LONG = 14
NO_COLUMNS = 13
ONE_LINE0 = 10


def _varint(out, value):
    while value >= 64:
        out.append(chr(64 | (value & 63)))
        value >>= 6
    out.append(chr(value))


def _svarint(out, value):
    if value < 0:
        _varint(out, ((-value) << 1) | 1)
    else:
        _varint(out, value << 1)


def _entry(out, code, units, line_delta, end_delta, col, end_col):
    """One entry for `units` (1..8) code units of one location."""
    first = 0x80 | (code << 3) | (units - 1)
    out.append(chr(first))
    if code == NONE:
        return
    if code == NO_COLUMNS:
        _svarint(out, line_delta)
    elif code == LONG:
        _svarint(out, line_delta)
        _varint(out, end_delta)
        _varint(out, col + 1)
        _varint(out, end_col + 1)
    elif code >= ONE_LINE0:
        out.append(chr(col))
        out.append(chr(end_col))
    else:
        out.append(chr(((col & 7) << 4) | (end_col - col)))


def _form(line_delta, end_delta, col, end_col):
    """The code of the entry (CPython's write_location_info_entry)."""
    if col < 0 or end_col < 0:
        if end_delta == 0:
            return NO_COLUMNS
    elif end_delta == 0:
        width = end_col - col
        if line_delta == 0 and col < 80 and width >= 0 and width < 16:
            return col >> 3
        if 0 <= line_delta < 3 and col < 128 and end_col < 128:
            return ONE_LINE0 + line_delta
    return LONG


def encode(code):
    """The location table of W_Code `code` (a byte string): one entry per
    instruction, as CPython 3.11's assembler writes one per instruction."""
    out = []
    prev_line = code.co_firstlineno
    for i in range(len(code.co_lines)):
        line, end_line, col, end_col = code.position_at(2 * i)
        if line < 0:
            _entry(out, NONE, 1, 0, 0, -1, -1)
            continue
        end_delta = end_line - line
        if end_delta < 0:
            end_delta = 0
        delta = line - prev_line
        _entry(out, _form(delta, end_delta, col, end_col), 1, delta,
               end_delta, col, end_col)
        prev_line = line
    return ''.join(out)


class _Reader(object):
    def __init__(self, table):
        self.table = table
        self.pos = 0

    def more(self):
        return self.pos < len(self.table)

    def byte(self):
        if self.pos >= len(self.table):
            return 0        # a truncated table: read as zeros
        b = ord(self.table[self.pos])
        self.pos += 1
        return b

    def varint(self):
        read = self.byte()
        value = read & 63
        shift = 0
        while read & 64 and shift < 60:
            read = self.byte()
            shift += 6
            value |= (read & 63) << shift
        return value

    def svarint(self):
        value = self.varint()
        if value & 1:
            return -(value >> 1)
        return value >> 1


def decode(table, firstlineno, count):
    """(lines, packed positions) of `count` instructions from a location
    table, as CPython's advance_with_locations reads it; instructions
    past its end have no location."""
    lines = []
    packed = []
    reader = _Reader(table)
    line = firstlineno          # CPython's computed_line
    while reader.more() and len(lines) < count:
        first = reader.byte()
        code = (first >> 3) & 15
        units = (first & 7) + 1
        this_line = NO_LINE
        end_line = NO_LINE
        col = -1
        end_col = -1
        if code == NONE:
            pass
        elif code == LONG:
            line += reader.svarint()
            this_line = line
            end_line = line + reader.varint()
            col = reader.varint() - 1
            end_col = reader.varint() - 1
        elif code == NO_COLUMNS:
            line += reader.svarint()
            this_line = end_line = line
        elif code >= ONE_LINE0:
            line += code - ONE_LINE0
            this_line = end_line = line
            col = reader.byte()
            end_col = reader.byte()
        else:
            second = reader.byte()
            this_line = end_line = line
            col = (code << 3) | ((second >> 4) & 7)
            end_col = col + (second & 15)
        pos = positions.pack_span(this_line, end_line, col, end_col)
        for k in range(units):
            if len(lines) < count:
                lines.append(this_line)
                packed.append(pos)
    while len(lines) < count:
        lines.append(NO_LINE)
        packed.append(positions.NO_POSITION)
    return lines, packed
