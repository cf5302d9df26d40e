"""Future statements, as CPython 3.11's Python/future.c checks them before
the symbol table is built: `from __future__ import ...` at the start of a
module (after its docstring) must name known features.  fastpy gives
none of them a meaning (the code is that of an ordinary import); the
compiler rejects a later future statement (compile.c, codegen.py)."""

from fastpy.parser import ast
from fastpy.parser import errorpos
from fastpy.compiler.symtable import CompileError

FEATURES = ['nested_scopes', 'generators', 'division', 'absolute_import',
            'with_statement', 'print_function', 'unicode_literals',
            'barry_as_FLUFL', 'generator_stop', 'annotations']


def _is_future(stmt):
    return isinstance(stmt, ast.ImportFrom) and stmt.module == '__future__'


def _is_docstring(stmt):
    if not isinstance(stmt, ast.ExprStmt):
        return False
    value = stmt.value
    if not isinstance(value, ast.Constant) or \
            isinstance(value, ast.FStringConstant):
        return False
    from fastpy.objspace.strobject import W_StrObject
    return isinstance(value.w_value, W_StrObject)


def _location_error(msg, stmt, col):
    """PyErr_SyntaxLocationObject: a line and offset, no end offset."""
    return CompileError(msg, stmt.lineno, col, stmt.lineno,
                        errorpos.END_NONE)


def check_features(stmt):
    """future_check_features"""
    assert isinstance(stmt, ast.ImportFrom)
    for name in stmt.names:
        if name == 'braces':
            raise _location_error("not a chance", stmt, stmt.col)
        if name not in FEATURES:
            raise _location_error("future feature %s is not defined" % name,
                                  stmt, stmt.col)


def future_lineno(body):
    """future_parse: check the future statements that open a module; the
    line of the last of them (0 if none), before which the compiler
    accepts future statements."""
    lineno = 0
    done = False
    prev_line = 0
    i = 0
    if len(body) > 0 and _is_docstring(body[0]):
        i = 1
    while i < len(body):
        stmt = body[i]
        i += 1
        if done and stmt.lineno > prev_line:
            break
        prev_line = stmt.lineno
        if _is_future(stmt):
            if done:
                # statements joined by ';' (CPython's offset here is the
                # 0-based column)
                raise _location_error("from __future__ imports must occur "
                                      "at the beginning of the file", stmt,
                                      stmt.col - 1)
            check_features(stmt)
            lineno = stmt.lineno
        else:
            done = True
    return lineno
