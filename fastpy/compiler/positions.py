"""Instruction positions (PEP 657, CPython's co_positions()): the source
span of the AST node each instruction was compiled for.

The code generator keeps the node being compiled in `gen.loc` (the
statement, or the expression being visited); emit() records one packed
int per instruction, beside its line (co_lines).  Only traceback
printing reads the table (W_Code.position_at), never the JIT.

Packed: (end line - line) << 40 | col << 20 | end col, columns in UTF-8
bytes of the line; NO_POSITION when the columns are unknown (the
instruction's line is not the line of the node, as for the jumps back
to a loop's head).
"""

NO_POSITION = -1
COL_LIMIT = 1 << 20
LINES_LIMIT = 1 << 20


def pack(lineno, node):
    """The packed position of an instruction on line `lineno` compiled
    for `node` (None: unknown)."""
    if node is None or node.lineno != lineno:
        return NO_POSITION
    return pack_span(lineno, node.end_lineno, node.col, node.end_col)


def pack_span(lineno, end_lineno, col, end_col):
    """The packed position of a span; NO_POSITION if its columns are
    unknown (or it has no line)."""
    lines = end_lineno - lineno
    if lineno < 0 or col < 0 or end_col < 0 or col >= COL_LIMIT or \
            end_col >= COL_LIMIT or lines < 0 or lines >= LINES_LIMIT:
        return NO_POSITION
    return (lines << 40) | (col << 20) | end_col


def unpack(lineno, packed):
    """(line, end line, col, end col); the columns are -1 if unknown."""
    if packed < 0:
        return (lineno, lineno, -1, -1)
    end_col = packed & (COL_LIMIT - 1)
    col = (packed >> 20) & (COL_LIMIT - 1)
    lines = packed >> 40
    return (lineno, lineno + lines, col, end_col)


def assert_leak(test):
    """The node whose position CPython 3.11 gives to the instructions
    that follow a jump on `test` (compiler_jump_if leaves the position
    of the last comparison it compiled): an assert's AssertionError is
    raised at that comparison; None: at the statement."""
    from fastpy.parser import ast
    if isinstance(test, ast.Compare):
        return test
    if isinstance(test, ast.BoolOp):
        i = len(test.values) - 1
        while i >= 0:
            node = assert_leak(test.values[i])
            if node is not None:
                return node
            i -= 1
        return None
    if isinstance(test, ast.UnaryOp) and test.op == 'not':
        return assert_leak(test.operand)
    if isinstance(test, ast.IfExp):
        for part in [test.orelse, test.body, test.test]:
            node = assert_leak(part)
            if node is not None:
                return node
    return None


def at_attr_name(gen, attr, outer):
    """Position the next instructions of attribute `attr` (LOAD_ATTR,
    LOAD_METHOD, STORE_ATTR...) at node `outer` (the attribute, or the
    call of a method call); CPython 3.11's
    update_start_location_to_match_attr: when the attribute spans lines,
    the span starts at its name, on its last line."""
    gen.loc = outer
    gen.lineno = outer.lineno
    if attr.lineno == attr.end_lineno:
        return
    from fastpy.parser import ast
    n = char_count(attr.attr)      # CPython subtracts characters
    col = -1
    if n <= attr.end_col:
        col = attr.end_col - n
    loc = ast.Node(attr.end_lineno, col)
    end_lineno = outer.end_lineno
    if end_lineno < attr.end_lineno:
        end_lineno = attr.end_lineno
    end_col = outer.end_col
    if attr.end_lineno == end_lineno and end_col < col:
        end_col = col
    if col < 0:
        end_col = -1
    loc.set_end(end_lineno, end_col)
    gen.loc = loc
    gen.lineno = attr.end_lineno


def char_count(utf8):
    """The number of characters in UTF-8 bytes."""
    count = 0
    for c in utf8:
        if ord(c) & 0xC0 != 0x80:
            count += 1
    return count
