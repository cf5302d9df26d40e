"""code.co_positions(): an iterator of (line, end line, col, end col)
per instruction (PEP 657), from the table the compiler records
(compiler/positions.py); None where a column is unknown.  fastpy's
instructions are not CPython's, so the entries are per fastpy
instruction."""

from fastpy.compiler.code import W_Code, w_code_type
from fastpy.interpreter.gateway import method
from fastpy.objspace import space
from fastpy.objspace.intobject import newint
from fastpy.objspace.listobject import newlist
from fastpy.objspace.tupleobject import newtuple
from fastpy.objspace.iterobject import W_ListIterator


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
        items_w.append(newtuple([newint(line), newint(end_line), w_col,
                                 w_end_col]))
    return W_ListIterator(newlist(items_w))
