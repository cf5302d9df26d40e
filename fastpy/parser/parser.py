"""Recursive-descent parser: tokens -> AST (fastpy.parser.ast).

One method per grammar rule of CPython 3.11's grammar for the supported
subset.  Errors raise ParseError with CPython's message and position.
"""

from rpython.rlib import rstring
from fastpy.parser import ast
from fastpy.parser import tokenizer as tk
from fastpy.parser import excparser
from fastpy.parser import genparser
from fastpy.parser import classparser
from fastpy.parser import matchparser
from fastpy.parser import fstring
from fastpy.parser.literals import parse_number, parse_strings, LiteralError
from fastpy.objspace import space

KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async',
            'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
            'else', 'except', 'finally', 'for', 'from', 'global', 'if',
            'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
            'raise', 'return', 'try', 'while', 'with', 'yield']

AUGASSIGN_OPS = {'+=': space.OP_ADD, '-=': space.OP_SUB,
                 '*=': space.OP_MUL, '/=': space.OP_TRUEDIV,
                 '//=': space.OP_FLOORDIV, '%=': space.OP_MOD,
                 '**=': space.OP_POW, '<<=': space.OP_LSHIFT,
                 '>>=': space.OP_RSHIFT, '&=': space.OP_AND,
                 '|=': space.OP_OR, '^=': space.OP_XOR,
                 '@=': space.OP_MATMUL}

COMPARE_OPS = {'<': space.CMP_LT, '<=': space.CMP_LE, '==': space.CMP_EQ,
               '!=': space.CMP_NE, '>': space.CMP_GT, '>=': space.CMP_GE}


class ParseError(Exception):
    """A SyntaxError (or IndentationError) at lineno/col (col 0-based)."""

    def __init__(self, msg, lineno, col, is_indentation=False,
                 is_tab=False):
        self.msg = msg
        self.lineno = lineno
        self.col = col
        self.is_indentation = is_indentation
        self.is_tab = is_tab

    def kind(self):
        if self.is_tab:
            return 'TabError'
        if self.is_indentation:
            return 'IndentationError'
        return 'SyntaxError'


class ParserStackError(ParseError):
    """CPython's parser gives up past MAXSTACK levels of rule nesting
    with a MemoryError (no message); see Parser.enter."""

    def kind(self):
        return 'MemoryError'


# CPython 3.11's parser (Parser/parser.c): MAXSTACK levels of rule
# nesting.  Parser.enter charges, for each construct that nests, about
# the levels CPython's PEG rules spend on it (measured with 3.11.7).
MAXSTACK = 6000
LEVEL_BASE = 32         # from the file rule down to an atom
LEVEL_BRACKET = 28      # ( [ { display or group
LEVEL_CALL = 24         # f(...) arguments, a[...] subscripts
LEVEL_BLOCK = 6         # an indented block
LEVEL_LAMBDA = 2


def parse(source, incomplete_input=False, single_input=False):
    """Parse a whole module given as UTF-8 bytes.  incomplete_input
    (compile()'s PyCF_ALLOW_INCOMPLETE_INPUT, for codeop): an error found
    once the end of the source was reached is "incomplete input"."""
    try:
        tokens, eof_index = tk.tokenize_with_end(source, single_input)
    except tk.TokenError as e:
        # In 'single' mode no newline ends the source: CPython's tokenizer
        # meets the end while it reads the last line, before any error
        # the line holds is found.
        early_end = incomplete_input and e.at_end and single_input and \
            not source.endswith('\n')
        reached_end = True
        if e.is_unclosed and e.tokens is not None and len(e.tokens) > 0 \
                and not early_end:
            reached_end = parse_until_unclosed(e)
        if incomplete_input and e.at_end and reached_end:
            if e.is_unclosed:
                lineno, col = end_of_source(source, single_input)
                raise ParseError("incomplete input", lineno, col)
            raise ParseError("incomplete input", e.lineno, e.col)
        raise ParseError(e.msg, e.lineno, e.col, e.is_indentation, e.is_tab)
    parser = Parser(tokens)
    try:
        return parser.parse_module()
    except ParseError as e:
        if incomplete_input and parser.looked_ahead_to() >= eof_index:
            raise ParseError("incomplete input", e.lineno, e.col)
        raise


def end_of_source(source, single_input):
    """Where CPython's tokenizer stands at the end of the source: the
    last line, past its last character (on it, in 'single' mode, where
    no newline is added to the source)."""
    text = rstring.replace(rstring.replace(source, '\r\n', '\n'), '\r',
                           '\n')
    if text.endswith('\n') or (single_input and len(text) > 0):
        end = len(text) - 1
        assert end >= 0
        text = text[:end]
    lineno = 1
    col = 0
    for ch in text:
        if ch == '\n':
            lineno += 1
            col = 0
        elif ord(ch) & 0xc0 != 0x80:        # UTF-8: count characters
            col += 1
    return lineno, col


EXPRESSION_START_OPS = ['(', '[', '{', '-', '+', '~', '...', '*']
EXPRESSION_START_NAMES = ['not', 'lambda', 'await', 'None', 'True', 'False']


def starts_expression(tok):
    """Could an expression start at tok?  Where the parser fails at such
    a token, CPython's error rules parse an expression there, so they
    look at the token after it."""
    if tok.kind == tk.NUMBER or tok.kind == tk.STRING:
        return True
    if tok.kind == tk.NAME:
        return tok.value not in KEYWORDS or \
            tok.value in EXPRESSION_START_NAMES
    return tok.kind == tk.OP and tok.value in EXPRESSION_START_OPS


class ReachedErrorToken(Exception):
    """The parser asked for the token where the tokenizer failed."""


def parse_until_unclosed(e):
    """A bracket is still open at the end of the source.  CPython reports
    that only if its parser reaches the end, which its backtracking
    rules usually do; a plain syntax error on the bracket's line, at a
    token its rules cannot extend to the end (`def f(:` followed by more
    tokens), is reported instead.  Parse the tokens before the end:
    returns when the bracket's error is the one to report, True if the
    parser got to the end (then the input may just be incomplete), False
    if it stopped at an error before it (`(1 2`)."""
    last = e.tokens[-1]
    sentinel = tk.Token(tk.ERRORTOKEN, '', last.end_lineno, last.end_col,
                        last.end_lineno, last.end_col)
    try:
        Parser(e.tokens + [sentinel]).parse_module()
    except ReachedErrorToken:
        return True
    except ParseError as pe:
        at_last = pe.lineno == last.lineno and pe.col == last.col
        if pe.msg == "invalid syntax" and pe.lineno == e.lineno and \
                not (at_last and starts_expression(last)):
            raise
        return False
    return True


class Parser(object):

    def __init__(self, tokens):
        self.param_annotations = ([], [])    # parameters(): annotations
        self.param_positions = []       # parameters(): ArgSpec.positions
        self.tokens = tokens
        self.pos = 0
        self.furthest = 0
        self.level = LEVEL_BASE     # CPython's rule nesting (enter)

    # ------------------------------------------------------------ helpers

    def enter(self, cost):
        """Count `cost` levels of nesting (the caller subtracts them when
        done): bad input never runs the host out of stack."""
        self.level += cost
        if self.level >= MAXSTACK:
            tok = self.peek()
            raise ParserStackError('', tok.lineno, tok.col)

    def peek(self):
        return self.fetch(self.pos)

    def peek_at(self, offset):
        i = self.pos + offset
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.fetch(i)

    def looked_ahead_to(self):
        """The index of the last token the parser (as CPython's) saw."""
        i = self.furthest
        if i + 1 < len(self.tokens) and starts_expression(self.tokens[i]):
            i += 1
        return i

    def fetch(self, i):
        if i > self.furthest:
            self.furthest = i       # how far the tokens were looked at
        return self.checked(self.tokens[i])

    def checked(self, tok):
        if tok.kind == tk.ERRORTOKEN:
            raise ReachedErrorToken()
        return tok

    def advance(self):
        tok = self.checked(self.tokens[self.pos])
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        if tok.kind < tk.NEWLINE:       # nodes end at their last token
            ast.cursor.end_lineno = tok.end_lineno
            ast.cursor.end_col = tok.end_col
        return tok

    def at_op(self, value):
        tok = self.peek()
        return tok.kind == tk.OP and tok.value == value

    def at_comp_for(self):
        """At `for` or `async for` (a comprehension clause)."""
        return self.at_keyword('for') or (
            self.at_keyword('async') and self.peek_at(1).kind == tk.NAME
            and self.peek_at(1).value == 'for')

    def at_keyword(self, value):
        tok = self.peek()
        return tok.kind == tk.NAME and tok.value == value

    def error(self, msg, tok=None):
        if tok is None:
            tok = self.peek()
        if tok.kind == tk.INDENT:
            return ParseError("unexpected indent", tok.lineno, tok.col, True)
        return ParseError(msg, tok.lineno, tok.col)

    def expect_op(self, value):
        if not self.at_op(value):
            raise self.error("invalid syntax")
        return self.advance()

    def expect_colon(self):
        if not self.at_op(':'):
            raise self.error("expected ':'")
        self.advance()

    def expect_name(self):
        tok = self.peek()
        if tok.kind != tk.NAME or tok.value in KEYWORDS:
            raise self.error("invalid syntax")
        return self.advance().value

    # ------------------------------------------------------------ statements

    def parse_module(self):
        body = []
        while self.peek().kind != tk.ENDMARKER:
            if self.peek().kind == tk.NEWLINE:
                self.advance()
                continue
            self.statement(body)
        return ast.Module(body)

    def statement(self, body):
        tok = self.peek()
        if tok.kind == tk.INDENT:
            raise ParseError("unexpected indent", tok.lineno, tok.col, True)
        if tok.kind == tk.NAME:
            v = tok.value
            if v == 'if':
                body.append(self.if_stmt())
                return
            if v == 'while':
                body.append(self.while_stmt())
                return
            if v == 'for':
                body.append(self.for_stmt())
                return
            if v == 'def':
                body.append(self.funcdef([]))
                return
            if v == 'class':
                body.append(classparser.class_def(self, []))
                return
            if v == 'try':
                body.append(excparser.try_stmt(self))
                return
            if v == 'with':
                body.append(excparser.with_stmt(self))
                return
            if v == 'async':
                body.append(genparser.async_stmt(self))
                return
            if v == 'match' and matchparser.match_statement(self, body):
                return
        if tok.kind == tk.OP and tok.value == '@':
            body.append(self.decorated())
            return
        self.simple_stmts(body)

    def simple_stmts(self, body):
        while True:
            body.append(self.simple_stmt())
            if self.at_op(';'):
                self.advance()
                if self.peek().kind == tk.NEWLINE:
                    break
                continue
            break
        if self.peek().kind != tk.NEWLINE:
            raise self.error("invalid syntax")
        self.advance()

    def simple_stmt(self):
        tok = self.peek()
        if tok.kind == tk.NAME:
            v = tok.value
            if v == 'pass':
                self.advance()
                return ast.Pass(tok.lineno, tok.col)
            if v == 'break':
                self.advance()
                return ast.Break(tok.lineno, tok.col)
            if v == 'continue':
                self.advance()
                return ast.Continue(tok.lineno, tok.col)
            if v == 'return':
                self.advance()
                value = None
                if not self.at_end_of_simple_stmt():
                    value = self.testlist_star_expr()
                return ast.Return(value, tok.lineno, tok.col)
            if v == 'global' or v == 'nonlocal':
                self.advance()
                names = [self.expect_name()]
                while self.at_op(','):
                    self.advance()
                    names.append(self.expect_name())
                if v == 'nonlocal':
                    return ast.Nonlocal(names, tok.lineno, tok.col)
                return ast.Global(names, tok.lineno, tok.col)
            if v == 'del':
                self.advance()
                targets = [self.expr()]
                while self.at_op(','):
                    self.advance()
                    if self.at_end_of_simple_stmt():
                        break
                    targets.append(self.expr())
                for t in targets:
                    self.check_target(t, 'delete')
                return ast.Delete(targets, tok.lineno, tok.col)
            if v == 'import':
                return self.import_stmt()
            if v == 'from':
                return self.import_from_stmt()
            if v == 'raise':
                return excparser.raise_stmt(self)
            if v == 'assert':
                return excparser.assert_stmt(self)
            if v == 'yield':
                return genparser.yield_stmt(self)
            if v in ('class', 'try', 'with', 'raise', 'assert', 'async'):
                raise self.error("fastpy does not support '%s' yet" % v)
        return self.expr_stmt()

    def at_end_of_simple_stmt(self):
        tok = self.peek()
        return tok.kind == tk.NEWLINE or (tok.kind == tk.OP and
                                          tok.value == ';')

    def import_stmt(self):
        tok = self.advance()
        names = []
        asnames = []
        alias_pos = []
        while True:
            name_tok = self.peek()
            name = self.expect_name()
            while self.at_op('.'):
                self.advance()
                name = name + '.' + self.expect_name()
            asname = ''
            if self.at_keyword('as'):
                self.advance()
                asname = self.expect_name()
            names.append(name)
            asnames.append(asname)
            alias_pos.extend([name_tok.lineno, name_tok.col,
                              ast.cursor.end_lineno, ast.cursor.end_col])
            if not self.at_op(','):
                break
            self.advance()
        node = ast.Import(names, asnames, tok.lineno, tok.col)
        node.alias_pos = alias_pos
        return node

    def import_from_stmt(self):
        """from <dots><dotted name> import (names | '(' names ')' | '*')"""
        tok = self.advance()
        level = 0
        while True:
            if self.at_op('.'):
                level += 1
            elif self.at_op('...'):
                level += 3
            else:
                break
            self.advance()
        module = ''
        if not self.at_keyword('import'):
            module = self.expect_name()
            while self.at_op('.'):
                self.advance()
                module = module + '.' + self.expect_name()
        if not self.at_keyword('import'):
            raise self.error("invalid syntax")
        self.advance()
        names = []
        asnames = []
        alias_pos = []
        if self.at_op('*'):
            star_tok = self.advance()
            names.append('*')
            asnames.append('')
            alias_pos.extend([star_tok.lineno, star_tok.col,
                              star_tok.end_lineno, star_tok.end_col])
        else:
            parenthesized = self.at_op('(')
            if parenthesized:
                self.advance()
            while True:
                name_tok = self.peek()
                names.append(self.expect_name())
                asname = ''
                if self.at_keyword('as'):
                    self.advance()
                    asname = self.expect_name()
                asnames.append(asname)
                alias_pos.extend([name_tok.lineno, name_tok.col,
                                  ast.cursor.end_lineno, ast.cursor.end_col])
                if not self.at_op(','):
                    break
                self.advance()
                if parenthesized and self.at_op(')'):
                    break
                if not parenthesized and self.at_end_of_simple_stmt():
                    raise self.error("trailing comma not allowed without "
                                     "surrounding parentheses")
            if parenthesized:
                self.expect_op(')')
        node = ast.ImportFrom(module, names, asnames, level, tok.lineno,
                              tok.col)
        node.alias_pos = alias_pos
        return node

    def expr_stmt(self):
        tok = self.peek()
        first = self.testlist_star_expr()
        nxt = self.peek()
        if nxt.kind == tk.OP and nxt.value in AUGASSIGN_OPS:
            self.check_aug_target(first)
            self.advance()
            value = genparser.yield_or_testlist(self)
            return ast.AugAssign(first, AUGASSIGN_OPS[nxt.value], value,
                                 tok.lineno, tok.col)
        if self.at_op(':'):
            return self.ann_assign(tok, first)
        if self.at_op('='):
            targets = [first]
            while self.at_op('='):
                self.advance()
                targets.append(genparser.yield_or_testlist(self))
            value = targets.pop()
            for t in targets:
                self.check_target(t, 'assign')
            return ast.Assign(targets, value, tok.lineno, tok.col)
        return ast.ExprStmt(first, tok.lineno, tok.col)

    def ann_assign(self, tok, target):
        """`target: annotation [= value]` (the ':' is next)."""
        if isinstance(target, ast.TupleExpr):
            raise ParseError("only single target (not tuple) can be "
                             "annotated", target.lineno, target.col)
        if isinstance(target, ast.ListExpr):
            raise ParseError("only single target (not list) can be "
                             "annotated", target.lineno, target.col)
        if not (isinstance(target, ast.Name) or
                isinstance(target, ast.Attribute) or
                isinstance(target, ast.Subscript)):
            raise ParseError("illegal target for annotation",
                             target.lineno, target.col)
        simple = isinstance(target, ast.Name) and not (
            tok.kind == tk.OP and tok.value == '(')
        self.advance()
        annotation = self.test()
        value = None
        if self.at_op('='):
            self.advance()
            value = genparser.yield_or_testlist(self)
        return ast.AnnAssign(target, annotation, value, simple, tok.lineno,
                             tok.col)

    def check_aug_target(self, node):
        if not (isinstance(node, ast.Name) or
                isinstance(node, ast.Subscript) or
                isinstance(node, ast.Attribute)):
            raise ParseError("'%s' is an illegal expression for augmented "
                             "assignment" % _describe(node),
                             node.lineno, node.col)

    def check_target(self, node, verb):
        if isinstance(node, ast.Name) or isinstance(node, ast.Subscript) \
                or isinstance(node, ast.Attribute):
            return
        if isinstance(node, ast.Starred):
            if verb == 'delete':
                raise ParseError("cannot delete starred", node.lineno,
                                 node.col)
            self.check_target(node.value, verb)
            return
        if isinstance(node, ast.Constant) and verb == 'assign':
            w_value = node.w_value
            if w_value is space.w_None or w_value is space.w_True or \
                    w_value is space.w_False:
                raise ParseError("cannot assign to %s" %
                                 space.str_to_utf8(space.repr_u(w_value)),
                                 node.lineno, node.col)
        if isinstance(node, ast.TupleExpr):
            for elt in node.elts:
                self.check_target(elt, verb)
            return
        if isinstance(node, ast.ListExpr):
            for elt in node.elts:
                self.check_target(elt, verb)
            return
        what = _describe(node)
        if verb == 'assign':
            raise ParseError("cannot assign to %s here. Maybe you meant "
                             "'==' instead of '='?" % what,
                             node.lineno, node.col)
        raise ParseError("cannot delete %s" % what, node.lineno, node.col)

    def block(self):
        """':' already consumed: a suite of statements."""
        if self.peek().kind != tk.NEWLINE:
            body = []
            self.simple_stmts(body)
            return body
        self.advance()
        tok = self.peek()
        if tok.kind != tk.INDENT:
            raise ParseError("expected an indented block", tok.lineno,
                             tok.col, True)
        self.advance()
        body = []
        self.enter(LEVEL_BLOCK)
        while self.peek().kind != tk.DEDENT:
            if self.peek().kind == tk.ENDMARKER:
                break
            self.statement(body)
        self.level -= LEVEL_BLOCK
        self.advance()
        return body

    def block_after(self, keyword_tok):
        """Parse ':' + block, with CPython's message for a missing body."""
        self.expect_colon()
        if self.peek().kind == tk.NEWLINE and \
                self.peek_at(1).kind != tk.INDENT:
            tok = self.peek_at(1)
            if keyword_tok.value == 'def':
                what = "function definition"
            elif keyword_tok.value == 'class':
                what = "class definition"
            else:
                what = "'%s' statement" % keyword_tok.value
            raise ParseError("expected an indented block after %s on line %d"
                             % (what, keyword_tok.lineno),
                             tok.lineno, tok.col, True)
        return self.block()

    def condition(self):
        """The test of if/elif/while, with CPython's hint for `=`."""
        test = self.namedexpr_test()
        if self.at_op('='):
            raise ParseError("invalid syntax. Maybe you meant '==' or ':=' "
                             "instead of '='?", test.lineno, test.col)
        return test

    def if_stmt(self):
        tok = self.advance()
        test = self.condition()
        body = self.block_after(tok)
        orelse = []
        if self.at_keyword('elif'):
            self.enter(1)
            orelse = [self.if_stmt()]
            self.level -= 1
        elif self.at_keyword('else'):
            else_tok = self.advance()
            orelse = self.block_after(else_tok)
        return ast.If(test, body, orelse, tok.lineno, tok.col)

    def while_stmt(self):
        tok = self.advance()
        test = self.condition()
        body = self.block_after(tok)
        orelse = []
        if self.at_keyword('else'):
            else_tok = self.advance()
            orelse = self.block_after(else_tok)
        return ast.While(test, body, orelse, tok.lineno, tok.col)

    def for_stmt(self):
        tok = self.advance()
        target = self.target_list()
        self.check_target(target, 'assign')
        if not self.at_keyword('in'):
            raise self.error("invalid syntax")
        self.advance()
        iterable = self.testlist_star_expr()
        body = self.block_after(tok)
        orelse = []
        if self.at_keyword('else'):
            else_tok = self.advance()
            orelse = self.block_after(else_tok)
        return ast.For(target, iterable, body, orelse, tok.lineno, tok.col)

    def target_list(self):
        return self.star_target_list()

    def decorated(self):
        """`@expr NEWLINE`... followed by a def (classes: the lead hooks
        `class` here and passes the same decorator list)."""
        decorators = []
        while self.at_op('@'):
            self.advance()
            decorators.append(self.namedexpr_test())
            if self.peek().kind != tk.NEWLINE:
                raise self.error("invalid syntax")
            self.advance()
        if self.at_keyword('def'):
            return self.funcdef(decorators)
        if self.at_keyword('class'):
            return classparser.class_def(self, decorators)
        if self.at_keyword('async') and self.peek_at(1).kind == tk.NAME \
                and self.peek_at(1).value == 'def':
            tok = self.advance()
            node = self.funcdef(decorators)
            return ast.AsyncFunctionDef(node.name, node.args, node.body,
                                        node.decorators, tok.lineno, tok.col)
        raise self.error("invalid syntax")

    def funcdef(self, decorators):
        tok = self.advance()
        name = self.expect_name()
        if not self.at_op('('):
            raise self.error("expected '('")
        self.advance()
        args = self.parameters(')', True)
        self.expect_op(')')
        if self.at_op('->'):
            self.advance()
            args.ann_names.append('return')
            args.ann_values.append(self.test())
        body = self.block_after(tok)
        return ast.FunctionDef(name, args, body, decorators, tok.lineno,
                               tok.col)

    def parameters(self, closer, annotations):
        """A def's (closer ')') or a lambda's (closer ':') parameter list,
        up to the closer (not consumed)."""
        argnames = []
        seen = []
        defaults = []
        posonly = 0
        vararg = ''
        kwonly = []
        kw_defaults = []
        kwarg = ''
        star_seen = False
        ann_names = []
        ann_values = []
        saved_annotations = self.param_annotations   # a lambda in a default
        self.param_annotations = (ann_names, ann_values)
        saved_positions = self.param_positions
        positions = []
        self.param_positions = positions
        while not self.at_op(closer):
            arg_tok = self.peek()
            if self.at_op('/'):
                if star_seen or posonly > 0:
                    if star_seen:
                        raise self.error("/ must be ahead of *")
                    raise self.error("/ may appear only once")
                if len(argnames) == 0:
                    raise self.error("at least one argument must precede /")
                self.advance()
                posonly = len(argnames)
            elif self.at_op('**'):
                self.advance()
                kwarg = self.param_name(seen, annotations)
                if self.at_op('='):
                    raise self.error("var-keyword argument cannot have "
                                     "default value")
                if self.at_op(','):
                    self.advance()
                if not self.at_op(closer):
                    raise self.error("arguments cannot follow var-keyword "
                                     "argument")
                break
            elif self.at_op('*'):
                if star_seen:
                    raise self.error("* argument may appear only once")
                self.advance()
                star_seen = True
                if self.at_op(',') or self.at_op(closer):
                    nxt = self.peek_at(1)
                    if self.at_op(closer) or (nxt.kind == tk.OP and
                                              nxt.value == closer):
                        raise ParseError("named arguments must follow "
                                         "bare *", arg_tok.lineno,
                                         arg_tok.col)
                else:
                    vararg = self.param_name(seen, annotations)
                    if self.at_op('='):
                        raise self.error("var-positional argument cannot "
                                         "have default value")
            else:
                argname = self.param_name(seen, annotations)
                default = None
                if self.at_op('='):
                    self.advance()
                    default = self.test()
                if star_seen:
                    kwonly.append(argname)
                    kw_defaults.append(default)
                else:
                    argnames.append(argname)
                    if default is not None:
                        defaults.append(default)
                    elif len(defaults) > 0:
                        raise ParseError("non-default argument follows "
                                         "default argument", arg_tok.lineno,
                                         arg_tok.col)
            if not self.at_op(','):
                break
            self.advance()
        self.param_annotations = saved_annotations
        self.param_positions = saved_positions
        spec = ast.ArgSpec(argnames, posonly, defaults, vararg, kwonly,
                           kw_defaults, kwarg)
        spec.positions = positions
        spec.ann_names = ann_names
        spec.ann_values = ann_values
        return spec

    def param_name(self, seen, annotations):
        arg_tok = self.peek()
        argname = self.expect_name()
        if argname in seen:
            raise ParseError("duplicate argument '%s' in function "
                             "definition" % argname, arg_tok.lineno,
                             arg_tok.col)
        seen.append(argname)
        if annotations and self.at_op(':'):
            self.advance()
            names, values = self.param_annotations
            names.append(argname)
            values.append(self.test())
        self.param_positions.extend([arg_tok.lineno, arg_tok.col,
                                     ast.cursor.end_lineno,
                                     ast.cursor.end_col])
        return argname

    # ------------------------------------------------------------ expressions

    def testlist_star_expr(self):
        """A test or a bare tuple `a, b, c`."""
        tok = self.peek()
        first = self.star_or_test()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_expression_end():
                break
            elts.append(self.star_or_test())
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def star_or_test(self):
        """`*expr` (a Starred) or a test."""
        tok = self.peek()
        if self.at_op('*'):
            self.advance()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.test()

    def star_or_namedexpr(self):
        tok = self.peek()
        if self.at_op('*'):
            self.advance()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.namedexpr_test()

    def at_expression_end(self):
        tok = self.peek()
        if tok.kind == tk.NEWLINE or tok.kind == tk.ENDMARKER:
            return True
        if tok.kind == tk.OP and tok.value in ('=', ')', ']', '}', ':', ';'):
            return True
        return tok.kind == tk.OP and tok.value in AUGASSIGN_OPS

    def namedexpr_test(self):
        tok = self.peek()
        value = self.test()
        if not self.at_op(':='):
            return value
        if not isinstance(value, ast.Name):
            raise ParseError("cannot use assignment expressions with %s" %
                             _describe(value), value.lineno, value.col)
        self.advance()
        return ast.NamedExpr(value, self.test(), tok.lineno, tok.col)

    def lambdef(self):
        tok = self.advance()
        args = self.parameters(':', False)
        self.expect_colon()
        self.enter(LEVEL_LAMBDA)
        body = self.test()
        self.level -= LEVEL_LAMBDA
        return ast.Lambda(args, body, tok.lineno, tok.col)

    def comp_fors(self):
        """One or more `for target in iter [if cond]...` clauses."""
        generators = []
        while self.at_comp_for():
            tok = self.advance()
            is_async = tok.value == 'async'
            if is_async:
                self.advance()              # 'for'
            target = self.star_target_list()
            self.check_target(target, 'assign')
            if not self.at_keyword('in'):
                raise self.error("invalid syntax")
            self.advance()
            iterable = self.or_test()
            ifs = []
            while self.at_keyword('if'):
                self.advance()
                ifs.append(self.or_test_nocond())
            if is_async:
                generators.append(ast.AsyncCompFor(target, iterable, ifs,
                                                   tok.lineno, tok.col))
            else:
                generators.append(ast.CompFor(target, iterable, ifs,
                                              tok.lineno, tok.col))
        return generators

    def or_test_nocond(self):
        tok = self.peek()
        if tok.kind == tk.NAME and tok.value == 'lambda':
            return self.lambdef()
        value = self.or_test()
        if self.at_op(':='):
            if not isinstance(value, ast.Name):
                raise ParseError("cannot use assignment expressions with %s"
                                 % _describe(value), value.lineno, value.col)
            self.advance()
            return ast.NamedExpr(value, self.or_test(), tok.lineno, tok.col)
        return value

    def star_target_list(self):
        tok = self.peek()
        first = self.star_expr_target()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_keyword('in') or self.at_op('='):
                break
            elts.append(self.star_expr_target())
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def star_expr_target(self):
        tok = self.peek()
        if self.at_op('*'):
            self.advance()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.expr()

    def test(self):
        tok = self.peek()
        if tok.kind == tk.NAME and tok.value == 'lambda':
            return self.lambdef()
        body = self.or_test()
        if self.at_keyword('if'):
            self.advance()
            cond = self.or_test()
            if not self.at_keyword('else'):
                raise self.error("expected 'else' after 'if' expression")
            self.advance()
            self.enter(1)
            orelse = self.test()
            self.level -= 1
            return ast.IfExp(cond, body, orelse, tok.lineno, tok.col)
        return body

    def or_test(self):
        tok = self.peek()
        first = self.and_test()
        if not self.at_keyword('or'):
            return first
        values = [first]
        while self.at_keyword('or'):
            self.advance()
            values.append(self.and_test())
        return ast.BoolOp(False, values, tok.lineno, tok.col)

    def and_test(self):
        tok = self.peek()
        first = self.not_test()
        if not self.at_keyword('and'):
            return first
        values = [first]
        while self.at_keyword('and'):
            self.advance()
            values.append(self.not_test())
        return ast.BoolOp(True, values, tok.lineno, tok.col)

    def not_test(self):
        tok = self.peek()
        if tok.kind == tk.NAME and tok.value == 'not':
            self.advance()
            self.enter(1)
            operand = self.not_test()
            self.level -= 1
            return ast.UnaryOp('not', operand, tok.lineno, tok.col)
        return self.comparison()

    def comparison(self):
        tok = self.peek()
        left = self.expr()
        ops = []
        comparators = []
        while True:
            op = self.comp_op()
            if op < 0:
                break
            ops.append(op)
            comparators.append(self.expr())
        if len(ops) == 0:
            return left
        return ast.Compare(left, ops, comparators, tok.lineno, tok.col)

    def comp_op(self):
        tok = self.peek()
        if tok.kind == tk.OP and tok.value in COMPARE_OPS:
            self.advance()
            return COMPARE_OPS[tok.value]
        if tok.kind == tk.NAME:
            if tok.value == 'in':
                self.advance()
                return space.CMP_IN
            if tok.value == 'not' and self.peek_at(1).kind == tk.NAME and \
                    self.peek_at(1).value == 'in':
                self.advance()
                self.advance()
                return space.CMP_NOT_IN
            if tok.value == 'is':
                self.advance()
                if self.at_keyword('not'):
                    self.advance()
                    return space.CMP_IS_NOT
                return space.CMP_IS
        return -1

    def expr(self):
        return self.binary_level(0)

    def binary_level(self, level):
        """Left-associative binary operators, lowest precedence first."""
        if level == len(BINARY_LEVELS):
            return self.factor()
        tok = self.peek()
        left = self.binary_level(level + 1)
        ops = BINARY_LEVELS[level]
        while True:
            t = self.peek()
            if t.kind != tk.OP or t.value not in ops:
                break
            self.advance()
            right = self.binary_level(level + 1)
            left = ast.BinOp(ops[t.value], left, right, tok.lineno, tok.col)
        return left

    def factor(self):
        tok = self.peek()
        if tok.kind == tk.OP and tok.value in ('-', '+', '~'):
            self.advance()
            literal = self.peek().kind == tk.NUMBER
            self.enter(1)
            operand = self.factor()
            self.level -= 1
            # Only -NUMBER folds: a chain of signs keeps its depth for
            # the compiler's limit (compiler/limits.py), as in CPython.
            if tok.value == '-' and literal and \
                    isinstance(operand, ast.Constant) and \
                    space.is_number(operand.w_value):
                # Fold -literal so that -9223372036854775808 stays a word.
                return ast.Constant(space.unary_neg(operand.w_value),
                                    tok.lineno, tok.col)
            return ast.UnaryOp(tok.value, operand, tok.lineno, tok.col)
        return self.power()

    def power(self):
        tok = self.peek()
        base = genparser.await_primary(self)
        if self.at_op('**'):
            self.advance()
            self.enter(2)
            exponent = self.factor()
            self.level -= 2
            return ast.BinOp(space.OP_POW, base, exponent, tok.lineno,
                             tok.col)
        return base

    def atom_expr(self):
        tok = self.peek()
        if tok.kind == tk.OP and tok.value in ('(', '[', '{'):
            self.enter(LEVEL_BRACKET)
            node = self.atom()
            self.level -= LEVEL_BRACKET
        else:
            node = self.atom()
        while True:
            if self.at_op('('):
                self.advance()
                self.enter(LEVEL_CALL)
                node = self.call_args(node, tok)
                self.level -= LEVEL_CALL
            elif self.at_op('['):
                self.advance()
                self.enter(LEVEL_CALL)
                index = self.subscript_list()
                self.level -= LEVEL_CALL
                self.expect_op(']')
                node = ast.Subscript(node, index, tok.lineno, tok.col)
            elif self.at_op('.'):
                self.advance()
                name = self.expect_name()
                node = ast.Attribute(node, name, tok.lineno, tok.col)
            else:
                return node

    def call_args(self, func, tok):
        open_tok = self.tokens[self.pos - 1]    # '('
        genexp = None
        args = []
        kw_names = []       # '' marks a **mapping entry
        kw_values = []
        kw_pos = []
        seen_dstar = False
        while not self.at_op(')'):
            arg_tok = self.peek()
            if arg_tok.kind == tk.NAME and self.peek_at(1).kind == tk.OP \
                    and self.peek_at(1).value == '=':
                name = self.expect_name()
                self.advance()
                if name in kw_names:
                    raise ParseError("keyword argument repeated: %s" % name,
                                     arg_tok.lineno, arg_tok.col)
                kw_names.append(name)
                kw_values.append(self.test())
                kw_pos.extend([arg_tok.lineno, arg_tok.col,
                               ast.cursor.end_lineno, ast.cursor.end_col])
            elif self.at_op('**'):
                self.advance()
                kw_names.append('')
                kw_values.append(self.test())
                kw_pos.extend([arg_tok.lineno, arg_tok.col,
                               ast.cursor.end_lineno, ast.cursor.end_col])
                seen_dstar = True
            elif self.at_op('*'):
                self.advance()
                value = ast.Starred(self.test(), arg_tok.lineno, arg_tok.col)
                if seen_dstar:
                    raise ParseError("iterable argument unpacking follows "
                                     "keyword argument unpacking",
                                     arg_tok.lineno, arg_tok.col)
                args.append(value)
            else:
                value = self.namedexpr_test()
                if self.at_comp_for():
                    gens = self.comp_fors()
                    value = ast.GeneratorExp(value, gens, arg_tok.lineno,
                                             arg_tok.col)
                    genexp = value
                    if len(args) > 0 or len(kw_names) > 0 or \
                            self.at_op(','):
                        if not (self.at_op(',') and
                                self.peek_at(1).kind == tk.OP and
                                self.peek_at(1).value == ')' and
                                len(args) == 0 and len(kw_names) == 0):
                            raise ParseError("Generator expression must be "
                                             "parenthesized", arg_tok.lineno,
                                             arg_tok.col)
                if seen_dstar:
                    raise ParseError("positional argument follows keyword "
                                     "argument unpacking", arg_tok.lineno,
                                     arg_tok.col)
                if len(kw_names) > 0:
                    raise ParseError("positional argument follows keyword "
                                     "argument", arg_tok.lineno, arg_tok.col)
                args.append(value)
                self.check_missing_comma(value)
            if not self.at_op(','):
                break
            self.advance()
        close_tok = self.expect_op(')')
        if genexp is not None:      # f(x for x in y): the call's brackets
            genexp.lineno = open_tok.lineno
            genexp.col = open_tok.col
            genexp.set_end(close_tok.end_lineno, close_tok.end_col)
        node = ast.Call(func, args, kw_names, kw_values, tok.lineno, tok.col)
        node.kw_pos = kw_pos
        return node

    def check_legacy_statement(self, name_tok):
        """`print x` / `exec x`: a name followed by an expression that no
        valid rule can continue (CPython's invalid_legacy_expression)."""
        tok = self.peek()
        if not starts_expression(tok):
            return
        if tok.kind == tk.OP and tok.value in ('(', '[', '-', '+', '*'):
            return      # a call, subscript or binary operation
        if tok.kind == tk.NAME and tok.value == 'not' and \
                self.peek_at(1).kind == tk.NAME and \
                self.peek_at(1).value == 'in':
            return      # `print not in x`
        saved_pos = self.pos
        saved_level = self.level
        saved_end_lineno = ast.cursor.end_lineno
        saved_end_col = ast.cursor.end_col
        try:
            self.testlist_star_expr()
        except ParseError:
            # CPython's rule needs an expression only at the start: a
            # lone name, number, string or constant is one already.
            if tok.kind == tk.OP:
                complete = tok.value == '...'
            elif tok.kind == tk.NAME:
                complete = tok.value not in ('not', 'lambda', 'await')
            else:
                complete = True
            if complete:
                raise self.legacy_error(name_tok)
            self.pos = saved_pos
            self.level = saved_level
            ast.cursor.end_lineno = saved_end_lineno
            ast.cursor.end_col = saved_end_col
            return
        raise self.legacy_error(name_tok)

    def legacy_error(self, name_tok):
        return ParseError("Missing parentheses in call to '%s'. Did you "
                          "mean %s(...)?" % (name_tok.value, name_tok.value),
                          name_tok.lineno, name_tok.col)

    def check_missing_comma(self, node):
        """Two expressions side by side inside brackets."""
        tok = self.peek()
        if tok.kind == tk.NUMBER or tok.kind == tk.STRING or (
                tok.kind == tk.NAME and tok.value not in KEYWORDS):
            raise ParseError("invalid syntax. Perhaps you forgot a comma?",
                             node.lineno, node.col)

    def subscript_list(self):
        tok = self.peek()
        first = self.subscript()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op(']'):
                break
            elts.append(self.subscript())
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def subscript(self):
        tok = self.peek()
        lower = None
        if not self.at_op(':'):
            lower = self.test()
            if not self.at_op(':'):
                return lower
        self.advance()
        upper = None
        if not (self.at_op(':') or self.at_op(']') or self.at_op(',')):
            upper = self.test()
        step = None
        if self.at_op(':'):
            self.advance()
            if not (self.at_op(']') or self.at_op(',')):
                step = self.test()
        return ast.Slice(lower, upper, step, tok.lineno, tok.col)

    def atom(self):
        tok = self.peek()
        if tok.kind == tk.NAME:
            v = tok.value
            if v == 'None':
                self.advance()
                return ast.Constant(space.w_None, tok.lineno, tok.col)
            if v == 'True':
                self.advance()
                return ast.Constant(space.w_True, tok.lineno, tok.col)
            if v == 'False':
                self.advance()
                return ast.Constant(space.w_False, tok.lineno, tok.col)
            if v in KEYWORDS:
                raise self.error("invalid syntax")
            self.advance()
            if v == 'print' or v == 'exec':
                self.check_legacy_statement(tok)
            return ast.Name(v, tok.lineno, tok.col)
        if tok.kind == tk.NUMBER:
            self.advance()
            try:
                w_value = parse_number(tok.value)
            except LiteralError as e:
                raise ParseError(e.msg, tok.lineno, tok.col)
            return ast.Constant(w_value, tok.lineno, tok.col)
        if tok.kind == tk.STRING:
            pieces = []
            while self.peek().kind == tk.STRING:
                pieces.append(self.advance())
            if fstring.any_fstring(pieces):
                try:
                    return fstring.parse_strings(pieces)
                except fstring.FStringError as e:
                    raise ParseError(e.msg, tok.lineno, tok.col)
                except tk.StringLiteralError as e:
                    raise ParseError(e.msg, tok.lineno, tok.col)
            try:
                w_value = parse_strings(pieces)
            except LiteralError as e:
                raise ParseError(e.msg, tok.lineno, tok.col)
            return ast.Constant(w_value, tok.lineno, tok.col)
        if tok.kind == tk.OP:
            if tok.value == '(':
                self.advance()
                if self.at_op(')'):
                    self.advance()
                    return ast.TupleExpr([], tok.lineno, tok.col)
                if self.at_keyword('yield'):
                    node = genparser.yield_expr(self)
                    self.expect_op(')')
                    return node
                first = self.star_or_namedexpr()
                if self.at_comp_for() and \
                        not isinstance(first, ast.Starred):
                    gens = self.comp_fors()
                    self.expect_op(')')
                    return ast.GeneratorExp(first, gens, tok.lineno, tok.col)
                if self.at_op(')'):
                    if isinstance(first, ast.Starred):
                        raise ParseError("cannot use starred expression "
                                         "here", first.lineno, first.col)
                    self.advance()
                    return first
                elts = [first]
                while self.at_op(','):
                    self.advance()
                    if self.at_op(')'):
                        break
                    elts.append(self.star_or_namedexpr())
                self.expect_op(')')
                return ast.TupleExpr(elts, tok.lineno, tok.col)
            if tok.value == '[':
                self.advance()
                elts = []
                while not self.at_op(']'):
                    elts.append(self.star_or_namedexpr())
                    if self.at_comp_for() and len(elts) == 1 and \
                            not isinstance(elts[0], ast.Starred):
                        gens = self.comp_fors()
                        self.expect_op(']')
                        return ast.ListComp(elts[0], gens, tok.lineno,
                                            tok.col)
                    if not self.at_op(','):
                        break
                    self.advance()
                self.expect_op(']')
                return ast.ListExpr(elts, tok.lineno, tok.col)
            if tok.value == '{':
                return self.brace_display()
            if tok.value == '...':
                from fastpy.objspace.noneobject import w_Ellipsis
                self.advance()
                return ast.Constant(w_Ellipsis, tok.lineno, tok.col)
        if tok.kind == tk.INDENT:
            raise ParseError("unexpected indent", tok.lineno, tok.col, True)
        if tok.kind == tk.NEWLINE or tok.kind == tk.ENDMARKER:
            raise self.error("invalid syntax")
        raise self.error("invalid syntax")


BINARY_LEVELS = [
    {'|': space.OP_OR},
    {'^': space.OP_XOR},
    {'&': space.OP_AND},
    {'<<': space.OP_LSHIFT, '>>': space.OP_RSHIFT},
    {'+': space.OP_ADD, '-': space.OP_SUB},
    {'*': space.OP_MUL, '/': space.OP_TRUEDIV, '//': space.OP_FLOORDIV,
     '%': space.OP_MOD, '@': space.OP_MATMUL},
]


def _brace_display(self):
    """`{...}`: dict or set display or comprehension ('{' is next)."""
    tok = self.advance()
    if self.at_op('}'):
        self.advance()
        return ast.DictExpr([], [], tok.lineno, tok.col)
    if self.at_op('**') or not self.at_op('*'):
        # a dict unless the first item has no ':'
        if self.at_op('**'):
            self.advance()
            first_key = None
            first_value = self.expr()
        else:
            first = self.namedexpr_test()
            if not self.at_op(':'):
                return self.set_rest(tok, first)
            self.advance()
            first_key = first
            first_value = self.test()
            if self.at_comp_for():
                gens = self.comp_fors()
                self.expect_op('}')
                return ast.DictComp(first_key, first_value, gens,
                                    tok.lineno, tok.col)
        keys = [first_key]
        values = [first_value]
        while self.at_op(','):
            self.advance()
            if self.at_op('}'):
                break
            if self.at_op('**'):
                self.advance()
                keys.append(None)
                values.append(self.expr())
                continue
            keys.append(self.test())
            if not self.at_op(':'):
                raise self.error("':' expected after dictionary key")
            self.advance()
            values.append(self.test())
        self.expect_op('}')
        return ast.DictExpr(keys, values, tok.lineno, tok.col)
    return self.set_rest(tok, self.star_or_namedexpr())


def _set_rest(self, tok, first):
    if self.at_comp_for() and not isinstance(first, ast.Starred):
        gens = self.comp_fors()
        self.expect_op('}')
        return ast.SetComp(first, gens, tok.lineno, tok.col)
    elts = [first]
    while self.at_op(','):
        self.advance()
        if self.at_op('}'):
            break
        elts.append(self.star_or_namedexpr())
    self.expect_op('}')
    return ast.SetExpr(elts, tok.lineno, tok.col)

Parser.brace_display = _brace_display
Parser.set_rest = _set_rest


def _describe(node):
    """CPython's name for an expression in 'cannot assign to ...'."""
    if isinstance(node, ast.Constant):
        return 'literal'
    if isinstance(node, ast.Call):
        return 'function call'
    if isinstance(node, ast.BinOp) or isinstance(node, ast.UnaryOp):
        return 'expression'
    if isinstance(node, ast.Compare):
        return 'comparison'
    if isinstance(node, ast.BoolOp):
        return 'expression'
    if isinstance(node, ast.IfExp):
        return 'conditional expression'
    if isinstance(node, ast.DictExpr):
        return 'dict literal'
    if isinstance(node, ast.TupleExpr):
        return 'tuple'
    return 'expression'
