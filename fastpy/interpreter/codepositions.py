"""code.co_positions(): an iterator of (line, end line, col, end col)
per instruction (PEP 657), from the table the compiler records
(compiler/positions.py); None where a column is unknown.  code.co_lines()
(PEP 626): (start, end, line) per instruction.  co_linetable: both in
CPython 3.11's location-table format (compiler/linetable.py).  fastpy's
instructions are not CPython's, so the entries are per fastpy
instruction (one code unit, two bytes, each); None where an instruction
has no line."""

from fastpy.compiler.code import W_Code, w_code_type
from fastpy.compiler import linetable
from fastpy.interpreter.gateway import method
from fastpy.objspace import space
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.objspace.intobject import newint
from fastpy.objspace.listobject import newlist
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.iterobject import W_ListIterator


def _int_or_none(value):
    if value < 0:
        return space.w_None
    return newint(value)


@method(w_code_type, 'co_positions(self, /)', W_Code)
def code_co_positions(w_code):
    items_w = []
    for i in range(len(w_code.co_lines)):
        line, end_line, col, end_col = w_code.position_at(2 * i)
        w_col = space.w_None
        w_end_col = space.w_None
        if col >= 0:
            w_col = newint(col)
            w_end_col = newint(end_col)
        items_w.append(newtuple([_int_or_none(line), _int_or_none(end_line),
                                 w_col, w_end_col]))
    return W_ListIterator(newlist(items_w))


@method(w_code_type, 'co_lines(self, /)', W_Code)
def code_co_lines(w_code):
    items_w = []
    for i in range(len(w_code.co_lines)):
        items_w.append(newtuple([newint(2 * i), newint(2 * i + 2),
                                 _int_or_none(w_code.co_lines[i])]))
    return W_ListIterator(newlist(items_w))


def code_linetable(w_code):
    """code.co_linetable (funcattrs.code_getattr)."""
    return W_BytesObject(linetable.encode(w_code))
