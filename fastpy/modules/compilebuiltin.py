"""The compile() builtin: source text -> code object, in mode 'exec' (a
module), 'eval' (one expression, the code returns its value) or 'single'
(one statement, expression values are printed as in the REPL).

Errors are CPython 3.11's: SyntaxError (IndentationError, TabError) with
its location (interpreter/syntaxerror.py), MemoryError when the parser's
nesting limit is reached, and RecursionError when the compiler's depth
limit is (compiler/limits.py).  Bytes are decoded first, from the
encoding their coding cookie names (a str's cookie is ignored).
`dont_inherit` and `optimize` are accepted and ignored; of `flags` only
PyCF_ONLY_AST counts: AST objects in and out are astcompile.py's.
"""

from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from fastpy.interpreter.error import OperationError, oefmt
from fastpy.interpreter.gateway import function
from fastpy.interpreter.importing import syntax_error
from fastpy.interpreter import syntaxerror
from fastpy.objspace import exceptions as exc
from fastpy.objspace import sizelimits
from fastpy.objspace.strobject import W_StrObject, str_to_utf8
from fastpy.objspace.bytesobject import W_BytesObject
from fastpy.parser import ast
from fastpy.parser import syntaxwarn
from fastpy.parser.parser import parse, ParseError, ParserStackError
from fastpy.compiler import limits
from fastpy.compiler import opcodes as op
from fastpy.compiler.codegen import compile_module, CodeGenerator
from fastpy.compiler.positions import char_count
from fastpy.compiler.symtable import CompileError, build_symtable


def _syntax_error(msg):
    return oefmt(exc.w_SyntaxError, msg)


def _source_bytes(w_source):
    if isinstance(w_source, W_StrObject):
        return str_to_utf8(w_source.value)
    if isinstance(w_source, W_BytesObject):
        return w_source.value
    raise oefmt(exc.w_TypeError, "compile() arg 1 must be a string, bytes "
                "or AST object")


def _filename(w_filename):
    if isinstance(w_filename, W_StrObject):
        return str_to_utf8(w_filename.value)
    if isinstance(w_filename, W_BytesObject):
        return w_filename.value
    from fastpy.objspace.space import type_name
    raise oefmt(exc.w_TypeError, "expected str, bytes or os.PathLike "
                "object, not %s" % type_name(w_filename))


def _check_source(source):
    if '\x00' in source:
        raise _syntax_error("source code string cannot contain null bytes")


def decode_source(source, filename, is_bytes):
    """(UTF-8 text, has_encoding) of a source given to compile(), exec()
    or eval(): bytes are decoded from their coding cookie's encoding
    (invalid UTF-8 without a cookie is reported where the tokenizer or
    the parser meets it); a str's encoding is known."""
    _check_source(source)
    if not is_bytes:
        return source, True
    from fastpy.interpreter import syntaxerror
    try:
        return syntaxerror.decode_source(source)
    except syntaxerror.SourceDecodeError as e:
        raise syntaxerror.decode_error(e, filename)


def compile_eval(module, filename):
    """'eval' mode: the module must be one expression statement."""
    if len(module.body) != 1 or \
            not isinstance(module.body[0], ast.ExprStmt):
        raise CompileError("invalid syntax", 1, 0)
    stmt = module.body[0]
    assert isinstance(stmt, ast.ExprStmt)
    limits.check_expression(stmt.value)
    table = build_symtable(module)
    gen = CodeGenerator(table.top, table, filename, 1)
    gen.namespace_names = True
    gen.visit_expr(stmt.value)
    gen.emit(op.RETURN_VALUE, 0)
    return gen.assemble()


def _is_compound(stmt):
    return (isinstance(stmt, ast.If) or isinstance(stmt, ast.While) or
            isinstance(stmt, ast.For) or isinstance(stmt, ast.With) or
            isinstance(stmt, ast.Try) or isinstance(stmt, ast.Match) or
            isinstance(stmt, ast.FunctionDef) or
            isinstance(stmt, ast.ClassDef))


def check_single_statement(body):
    """'single' mode takes one interactive statement: one compound
    statement, or simple statements on one logical line."""
    last = body[0]
    for stmt in body:
        if stmt is last:
            continue
        if _is_compound(body[0]):
            raise ParseError("invalid syntax", stmt.lineno, stmt.col)
        if stmt.lineno > last.end_lineno:
            raise ParseError("multiple statements found while compiling "
                             "a single statement", last.end_lineno,
                             last.end_col)
        last = stmt


def check_single_compound_end(body, source, incomplete_input,
                              dont_imply_dedent):
    """In 'single' mode CPython's parser takes the end of the input for
    the NEWLINE that ends the last line, once: a compound statement
    whose last line holds its body inline (`if x: pass`) at column 0 and
    ends the source without a newline still lacks the blank line that
    ends a compound statement at the prompt.  With PyCF_DONT_IMPLY_DEDENT
    (codeop's flag) the end of the input does not close indented blocks
    either, so any compound statement ending without a newline is
    unfinished."""
    if not _is_compound(body[-1]) or source.endswith('\n') or \
            source.endswith('\r'):
        return
    start = max(source.rfind('\n'), source.rfind('\r')) + 1
    assert start >= 0
    line = source[start:]
    stripped = line.strip(' \t\x0c')
    if not stripped or stripped.startswith('#'):
        return      # the last token's line ended with a newline
    if line[0] in ' \t\x0c' and not dont_imply_dedent:
        return      # the end of the input closes the indented block
    lineno = body[-1].end_lineno
    if incomplete_input:
        raise ParseError("incomplete input", lineno, char_count(line) - 1)
    raise ParseError("invalid syntax", lineno, -1)


PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def compile_source(source, filename, mode, incomplete_input=False,
                   dont_imply_dedent=False, is_bytes=False):
    """Parse and compile; raise OperationError as CPython's compile()."""
    source, has_encoding = decode_source(source, filename, is_bytes)
    from fastpy.interpreter.eval import ec
    saved = limits.state.call_depth
    limits.state.call_depth = ec.depth
    syntaxwarn.take()       # left by a compilation that did not issue them
    try:
        try:
            module = parse(source, incomplete_input, mode == 'single',
                           mode == 'eval')
            if mode == 'eval':
                w_code = compile_eval(module, filename)
            elif mode == 'single':
                if len(module.body) == 0:
                    raise CompileError("invalid syntax", 1, 0)
                check_single_statement(module.body)
                check_single_compound_end(module.body, source,
                                          incomplete_input, dont_imply_dedent)
                w_code = compile_module(module, filename, True, True)
            else:
                w_code = compile_module(module, filename, False, True)
        except ParserStackError:
            raise sizelimits.memory_error()
        except limits.CompileRecursionError as e:
            raise oefmt(exc.w_RecursionError, e.msg)
        except ParseError as e:
            # CPython's tokenizer had not gone further than the error
            issue_syntax_warnings(filename, source, e.lineno, e.col)
            raise parse_error(e, filename, source, has_encoding, mode)
        except CompileError as e:
            issue_syntax_warnings(filename, source, -1, -1)
            raise syntaxerror.compile_syntax_error(e, filename)
        except StackOverflow:
            check_stack_overflow()
            raise oefmt(exc.w_RecursionError, limits.RECURSION_MSG)
        except MemoryError:
            raise sizelimits.memory_error()
    finally:
        limits.state.call_depth = saved
    issue_syntax_warnings(filename, source, -1, -1)
    return w_code


def parse_error(e, filename, source, has_encoding, mode):
    """The SyntaxError of a ParseError in compile()'s source.  In 'exec'
    mode the source ends with a newline (the tokenizer adds it) and
    CPython reads the error's line from the file the filename names, if
    there is one."""
    file_source = None
    if mode == 'exec':
        if not source.endswith('\n'):
            source += '\n'
        if e.text is None:
            from fastpy.interpreter.importing import read_file_or_none
            file_source = read_file_or_none(filename)
    return syntaxerror.parse_syntax_error(e, filename, source, has_encoding,
                                          file_source)


def issue_syntax_warnings(filename, source, end_lineno, end_col):
    """warnings.warn_explicit() for each SyntaxWarning recorded while
    compiling (parser/syntaxwarn.py), those before (end_lineno, end_col)
    if end_lineno > 0.  A warning the filters raise (as SyntaxWarning, or
    DeprecationWarning for an invalid escape in a literal) becomes a
    SyntaxError at its position, as CPython's compiler does."""
    pending = syntaxwarn.take()
    if len(pending) == 0:
        return
    from fastpy.interpreter import importing
    from fastpy.objspace import space, refcount
    from fastpy.objspace.attribute import _call
    from fastpy.objspace.intobject import newint
    w_warnings = importing.import_module_level('warnings', None, None, 0)
    w_warn_explicit = space.getattr_w(w_warnings, 'warn_explicit')
    for w in pending:
        if end_lineno > 0 and (w.lineno > end_lineno or (
                w.lineno == end_lineno and w.col >= end_col)):
            break
        w_category = exc.w_SyntaxWarning
        if w.deprecation:
            w_category = exc.w_DeprecationWarning
        try:
            w_result = _call(w_warn_explicit, [
                space.newtext(w.msg), w_category,
                space.newtext(filename), newint(w.lineno)])
        except OperationError as e:
            if not e.match(w_category):
                raise
            refcount.discard(e.w_exc)
            text_source = source if w.from_tokenizer else None
            raise syntax_error(exc.w_SyntaxError, w.msg, filename,
                               w.lineno, w.col, text_source,
                               w.end_lineno, w.end_col)
        refcount.discard(w_result)


@function('compile(source, filename, mode, flags=0, dont_inherit=False, '
          'optimize=-1, *, _feature_version=-1)')
def builtin_compile(w_source, w_filename, w_mode, w_flags, w_dont_inherit,
                    w_optimize, w_feature_version):
    if not isinstance(w_mode, W_StrObject):
        from fastpy.objspace.space import type_name
        raise oefmt(exc.w_TypeError, "compile() argument 'mode' must be "
                    "str, not %s" % type_name(w_mode))
    mode = str_to_utf8(w_mode.value)
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise oefmt(exc.w_ValueError, "compile() mode must be 'exec', "
                    "'eval' or 'single'")
    filename = _filename(w_filename)
    from fastpy.modules import astcompile      # AST objects, PyCF_ONLY_AST
    from fastpy.objspace.space import int_w
    only_ast = int_w(w_flags) & astcompile.PyCF_ONLY_AST
    if astcompile.is_ast_object(w_source):
        if only_ast:
            return w_source
        return astcompile.compile_ast_object(w_source, w_filename, mode,
                                             w_flags, w_dont_inherit,
                                             w_optimize)
    source = _source_bytes(w_source)
    is_bytes = isinstance(w_source, W_BytesObject)
    if only_ast:
        source, has_encoding = decode_source(source, filename, is_bytes)
        return astcompile.compile_to_ast(source, filename, mode,
                                         has_encoding)
    flags = int_w(w_flags)
    return compile_source(source, filename, mode,
                          bool(flags & PyCF_ALLOW_INCOMPLETE_INPUT),
                          bool(flags & PyCF_DONT_IMPLY_DEDENT), is_bytes)


BUILTINS = [builtin_compile.w_func]
