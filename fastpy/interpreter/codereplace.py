"""code.replace(): a copy of a code object with other metadata.

fastpy's code objects hold fastpy instructions, not CPython bytecode, so
the fields that describe the instructions (co_code, co_consts,
co_varnames, ...) can only be "replaced" by their current values; the
metadata (names, filename, first line, and the co_flags bits that do not
change how the code runs, such as CO_ITERABLE_COROUTINE, which
types.coroutine sets) can change, and so can co_linetable, read in
CPython 3.11's format with one code unit per fastpy instruction
(compiler/linetable.py)."""

from fastpy.compiler.code import W_Code, w_code_type, CO_STRUCTURAL
from fastpy.compiler import linetable
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.interpreter.error import oefmt
from fastpy.interpreter.gateway import method
from fastpy.objspace import exceptions as exc
from fastpy.objspace import space
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.strobject import str_to_utf8

# The fields that describe the instructions, in CPython's order.
_FIXED = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
          'co_nlocals', 'co_stacksize', 'co_code', 'co_consts', 'co_names',
          'co_varnames', 'co_freevars', 'co_cellvars', 'co_exceptiontable']


def _str_arg(w_value, name, default):
    if w_value is None:
        return default
    if not isinstance(w_value, W_StrObject):
        raise oefmt(exc.w_TypeError, "replace() argument '%s' must be str, "
                    "not %s" % (name, space.type_name(w_value)))
    return str_to_utf8(w_value.value)


def _check_unchanged(w_code, name, w_value):
    from fastpy.interpreter.funcattrs import code_getattr
    if w_value is None:
        return
    w_current = None
    if name != 'co_code' and name != 'co_exceptiontable' and \
            name != 'co_consts' and name != 'co_stacksize':
        w_current = code_getattr(w_code, name)
    if w_current is None or not space.eq_w(w_current, w_value):
        raise oefmt(exc.w_ValueError, "code.replace(): fastpy cannot change "
                    "%s (its code objects hold fastpy instructions, not "
                    "CPython bytecode)" % name)


@method(w_code_type, 'replace(self, /, *, co_argcount=NULL, '
        'co_posonlyargcount=NULL, co_kwonlyargcount=NULL, co_nlocals=NULL, '
        'co_stacksize=NULL, co_flags=NULL, co_firstlineno=NULL, '
        'co_code=NULL, co_consts=NULL, co_names=NULL, co_varnames=NULL, '
        'co_freevars=NULL, co_cellvars=NULL, co_filename=NULL, '
        'co_name=NULL, co_qualname=NULL, co_linetable=NULL, '
        'co_exceptiontable=NULL)', W_Code)
def code_replace(w_code, w_argcount, w_posonlyargcount, w_kwonlyargcount,
                 w_nlocals, w_stacksize, w_flags, w_firstlineno, w_code_arg,
                 w_consts, w_names, w_varnames, w_freevars, w_cellvars,
                 w_filename, w_name, w_qualname, w_linetable,
                 w_exceptiontable):
    assert isinstance(w_code, W_Code)
    fixed_w = [w_argcount, w_posonlyargcount, w_kwonlyargcount, w_nlocals,
               w_stacksize, w_code_arg, w_consts, w_names, w_varnames,
               w_freevars, w_cellvars, w_exceptiontable]
    for i in range(len(_FIXED)):
        _check_unchanged(w_code, _FIXED[i], fixed_w[i])
    flags = w_code.co_flags
    if w_flags is not None:
        flags = space.int_w(w_flags)
        if (flags ^ w_code.co_flags) & CO_STRUCTURAL:
            raise oefmt(exc.w_ValueError, "code.replace(): fastpy cannot "
                        "change how the code runs (co_flags 0x%x to 0x%x)" %
                        (w_code.co_flags, flags))
    firstlineno = w_code.co_firstlineno
    if w_firstlineno is not None:
        firstlineno = space.int_w(w_firstlineno)
    name = _str_arg(w_name, 'co_name', w_code.co_name)
    qualname = _str_arg(w_qualname, 'co_qualname', w_code.co_qualname)
    filename = _str_arg(w_filename, 'co_filename', w_code.co_filename)
    if w_linetable is None:
        return w_code.replaced(name, qualname, filename, firstlineno, flags)
    if not isinstance(w_linetable, W_BytesObject):
        raise oefmt(exc.w_TypeError, "replace() argument 'co_linetable' "
                    "must be bytes, not %s" % space.type_name(w_linetable))
    # The table's lines are relative to the new co_firstlineno.
    lines, positions = linetable.decode(w_linetable.value, firstlineno,
                                        len(w_code.co_lines))
    return w_code.replaced(name, qualname, filename, firstlineno, flags,
                           lines, positions)
