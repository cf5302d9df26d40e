"""compile() and AST objects (the `ast` module's side of compile()):

- compile(source, filename, mode, PyCF_ONLY_AST) parses and returns the
  Module / Expression / Interactive node (astconvert.py);
- compile(ast_object, filename, mode[, PyCF_ONLY_AST]) returns the object
  itself with PyCF_ONLY_AST; otherwise the tree is turned back into
  source with ast.unparse and that source is compiled (APP_SOURCE
  below).  This is an approximation of CPython's direct AST -> code
  path: the code runs the same, but its line numbers are those of the
  unparsed text, and malformed trees give unparse's errors rather than
  CPython's validation messages.
"""

from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from fastpy.interpreter.error import oefmt
from fastpy.objspace import exceptions as exc
from fastpy.objspace import sizelimits, space
from fastpy.parser import ast
from fastpy.parser.parser import parse, ParseError, ParserStackError
from fastpy.compiler import limits
from fastpy.modules import astmodule, astconvert
from fastpy.modules.astmodule import PyCF_ONLY_AST


def is_ast_object(w_obj):
    """Is w_obj an instance of ast.AST?  (False while the node classes
    were never made: nothing can be an AST object then.)"""
    if astmodule.state.w_namespace is None:
        return False
    return space.isinstance_w(w_obj, astmodule.node_class('AST'))


def compile_to_ast(source, filename, mode, has_encoding=True):
    """Parse `source` (UTF-8 bytes, decoded by the caller) into the AST
    object of `mode`; raise OperationError as CPython's compile()."""
    from fastpy.interpreter.eval import ec
    from fastpy.modules.compilebuiltin import issue_syntax_warnings
    from fastpy.parser import syntaxwarn
    saved = limits.state.call_depth
    limits.state.call_depth = ec.depth
    syntaxwarn.take()
    try:
        try:
            module = parse(source, False, False, mode == 'eval')
            _check_mode(module, mode)
            w_ast = astconvert.convert(module, source, mode)
        except ParserStackError:
            raise sizelimits.memory_error()
        except ParseError as e:
            # with its location, as ast.parse's callers print it
            from fastpy.modules.compilebuiltin import parse_error
            # the tokenizer's warnings (the compiler's need code)
            issue_syntax_warnings(filename, source, e.lineno, e.col)
            raise parse_error(e, filename, source, has_encoding, mode)
        except StackOverflow:
            check_stack_overflow()
            raise oefmt(exc.w_RecursionError, limits.RECURSION_MSG)
        except MemoryError:
            raise sizelimits.memory_error()
    finally:
        limits.state.call_depth = saved
    issue_syntax_warnings(filename, source, -1, -1)
    return w_ast


def _check_mode(module, mode):
    """What the grammar of 'eval' and 'single' allows (the location is
    the statement's; CPython points at the offending token)."""
    body = module.body
    if mode == 'eval':
        if len(body) == 0:
            raise ParseError("invalid syntax", 1, 0)
        if len(body) > 1 or not isinstance(body[0], ast.ExprStmt):
            raise ParseError("invalid syntax", body[0].lineno, body[0].col)
    elif mode == 'single':
        if len(body) == 0:
            raise ParseError("invalid syntax", 0, -1)
        # one line of simple statements, or one compound statement
        first = body[0]
        for stmt in body:
            if stmt.lineno > first.end_lineno:
                raise ParseError("multiple statements found while "
                                 "compiling a single statement",
                                 first.end_lineno, first.end_col)


def compile_ast_object(w_tree, w_filename, mode, w_flags, w_dont_inherit,
                       w_optimize):
    """compile(ast_object, ...) without PyCF_ONLY_AST: a code object."""
    from fastpy.objspace.attribute import _call
    w_compile = astmodule.app_namespace().getitem_str('_compile_ast')
    return _call(w_compile, [w_tree, w_filename, space.newtext(mode),
                             w_flags, w_dont_inherit, w_optimize])
