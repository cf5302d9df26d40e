"""Recursive-descent parser: tokens -> AST (fastpy.parser.ast).

One method per grammar rule of CPython 3.11's grammar for the supported
subset.  Errors raise ParseError with CPython's message and position.
"""

from rpython.rlib import rstring
from rpython.rlib.objectmodel import specialize
from fastpy.parser import ast
from fastpy.parser import tokenizer as tk
from fastpy.parser import excparser
from fastpy.parser import genparser
from fastpy.parser import classparser
from fastpy.parser import matchparser
from fastpy.parser import fstring
from fastpy.parser import errorpos
from fastpy.parser import invalidrules
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
    """A SyntaxError (or IndentationError) from lineno/col to
    end_lineno/end_col (0-based byte columns; errorpos.py makes CPython's
    offsets of them).  Without an end (end_lineno 0) it ends where it
    starts.  units: errorpos.UNITS_*; text: the SyntaxError's text when
    it is not the source's line (f-string expressions); tok_lineno: the
    line CPython's tokenizer had reached (0: the error's line)."""

    def __init__(self, msg, lineno, col, is_indentation=False,
                 is_tab=False, end_lineno=0, end_col=0):
        self.msg = msg
        self.lineno = lineno
        self.col = col
        if end_lineno == 0:
            end_lineno = lineno
            end_col = col
        self.end_lineno = end_lineno
        self.end_col = end_col
        self.is_indentation = is_indentation
        self.is_tab = is_tab
        self.units = errorpos.UNITS_PARSER
        self.text = None
        self.tok_lineno = 0

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


def parse(source, incomplete_input=False, single_input=False,
          eval_input=False):
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
        raise token_parse_error(e)
    parser = Parser(tokens)
    try:
        if eval_input:
            return parser.parse_eval()
        return parser.parse_module()
    except ParseError as e:
        if incomplete_input and parser.looked_ahead_to(True) >= eof_index:
            raise ParseError("incomplete input", e.lineno, e.col)
        if e.tok_lineno == 0:
            e.tok_lineno = tokens[parser.looked_ahead_to()].end_lineno
        raise


def token_parse_error(e):
    """The ParseError of a tk.TokenError."""
    pe = ParseError(e.msg, e.lineno, e.col, e.is_indentation, e.is_tab,
                    e.end_lineno, e.end_col)
    pe.units = e.units
    pe.tok_lineno = e.tok_lineno
    return pe


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
SOFT_KEYWORDS = ['match', 'case', '_']
# the statements whose ':' CPython's grammar forces (&&':')
FORCED_COLON = ['def', 'try', 'else', 'finally']


def starts_plain_expression(tok):
    """Can CPython's `expression` rule start at tok?"""
    if tok.kind == tk.NUMBER or tok.kind == tk.STRING:
        return True
    if tok.kind == tk.NAME:
        return tok.value not in KEYWORDS or \
            tok.value in EXPRESSION_START_NAMES
    return tok.kind == tk.OP and tok.value in EXPRESSION_START_OPS and \
        tok.value != '*'


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


def token_error(msg, tok, is_indentation=False):
    """CPython's RAISE_SYNTAX_ERROR at a token: the token's range.  Its
    INDENT, DEDENT and ENDMARKER tokens have no columns (end_offset
    -1)."""
    if tok.kind == tk.INDENT or tok.kind == tk.DEDENT or \
            tok.kind == tk.ENDMARKER:
        return ParseError(msg, tok.lineno, tok.col, is_indentation,
                          end_lineno=tok.lineno, end_col=-2)
    return ParseError(msg, tok.lineno, tok.col, is_indentation,
                      end_lineno=tok.end_lineno, end_col=tok.end_col)


@specialize.argtype(1, 2)
def node_error(msg, node, end=None):
    """RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node) (and _KNOWN_RANGE(node,
    end)): from the node's start to its end (end's end).  node and end
    are ast nodes or tokens (both have the four positions)."""
    if end is None:
        return ParseError(msg, node.lineno, node.col,
                          end_lineno=node.end_lineno, end_col=node.end_col)
    return ParseError(msg, node.lineno, node.col, end_lineno=end.end_lineno,
                      end_col=end.end_col)


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
    parser = Parser(e.tokens + [sentinel])
    parser.without_invalid = True       # (CPython's first pass)
    try:
        parser.parse_module()
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
        self.furthest_first = 0     # the same but for the error rules'
        self.error_lookahead = 0    # > 0 while they look ahead
        self.level = LEVEL_BASE     # CPython's rule nesting (enter)
        self.folded = []            # constants folded from -NUMBER
        self.bare_tuple = None      # testlist_star_expr's last bare tuple
        self.bare_last_start = 0    # the token where its last item starts
        self.ifexp_depth = 0        # conditional expressions being parsed
        self.no_comma_check = -1    # see missing_comma()
        self.without_invalid = False    # CPython's *_without_invalid rules
        # an operand or trailer that fails ends the expression before it,
        # as in CPython's PEG rules (invalidrules.named_expression_error)
        self.lenient = False

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

    def mark(self):
        """The state to backtrack to (reset)."""
        return (self.pos, self.level, ast.cursor.end_lineno,
                ast.cursor.end_col)

    def reset(self, state):
        pos, level, end_lineno, end_col = state
        self.pos = pos
        self.level = level
        ast.cursor.end_lineno = end_lineno
        ast.cursor.end_col = end_col

    def is_folded(self, node):
        """Is node a constant folded from `-NUMBER` (factor)?"""
        for other in self.folded:
            if other is node:
                return True
        return False

    def peek_at(self, offset):
        i = self.pos + offset
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.fetch(i)

    def looked_ahead_to(self, first_pass=False):
        """The index of the last token the parser (as CPython's) saw; with
        first_pass, not counting what the error rules looked at (CPython
        decides on incomplete input before it runs them)."""
        i = self.furthest
        if first_pass:
            i = self.furthest_first
        if i + 1 < len(self.tokens) and starts_expression(self.tokens[i]):
            i += 1
        return i

    def fetch(self, i):
        if i > self.furthest:
            self.furthest = i       # how far the tokens were looked at
        if i > self.furthest_first and self.error_lookahead == 0:
            self.furthest_first = i
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
            return token_error("unexpected indent", tok, True)
        return token_error(msg, tok)

    def expect_op(self, value):
        if not self.at_op(value):
            raise self.error("invalid syntax")
        return self.advance()

    def expect_colon(self, keyword=''):
        """The ':' of a compound statement: CPython says "expected ':'"
        where its rule forces the colon (&&':'), elsewhere only before a
        newline (its invalid_*_stmt rules)."""
        if not self.at_op(':'):
            if keyword in FORCED_COLON or self.peek().kind == tk.NEWLINE:
                raise self.error("expected ':'")
            raise self.error("invalid syntax")
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

    def parse_eval(self):
        """compile()'s 'eval' input, CPython's eval rule: expressions
        (no starred items), then only newlines.  A module of one
        expression statement."""
        while self.peek().kind == tk.NEWLINE:
            self.advance()
        tok = self.peek()
        value = self.test()
        if self.at_op(','):
            elts = [value]
            while self.at_op(','):
                self.advance()
                if self.at_expression_end():
                    break
                elts.append(self.test())
            value = ast.TupleExpr(elts, tok.lineno, tok.col)
        while self.peek().kind == tk.NEWLINE:
            self.advance()
        if self.peek().kind != tk.ENDMARKER:
            raise self.error("invalid syntax")
        return ast.Module([ast.ExprStmt(value, tok.lineno, tok.col)])

    def statement(self, body):
        tok = self.peek()
        if tok.kind == tk.INDENT:
            raise token_error("unexpected indent", tok, True)
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
                # (parsed as CPython's invalid_del_stmt does: star
                # expressions, the check below rejecting the others)
                targets = [self.star_or_test()]
                while self.at_op(','):
                    self.advance()
                    if self.at_end_of_simple_stmt():
                        break
                    targets.append(self.star_or_test())
                for t in targets:       # invalid_del_stmt
                    err = invalidrules.invalid_target_error(
                        self, invalidrules.DEL_TARGETS, t)
                    if err is not None:
                        raise err
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
        start = self.pos
        first = self.testlist_star_expr()
        # the expression just before the first '=' (T1's last item)
        bare = first is self.bare_tuple
        last_item = first
        last_start = start
        if bare:
            assert isinstance(first, ast.TupleExpr)
            last_item = first.elts[len(first.elts) - 1]
            last_start = self.bare_last_start
        nxt = self.peek()
        if nxt.kind == tk.OP and nxt.value in AUGASSIGN_OPS:
            self.advance()
            # invalid_assignment: reported once the value parses too;
            # else the first pass's error, at the operator
            try:
                value = genparser.yield_or_testlist(self)
            except ParseError as e:
                if e.msg == "invalid syntax" and not valid_aug_target(first):
                    raise self.error("invalid syntax", nxt)
                raise
            self.check_aug_target(first)
            return ast.AugAssign(first, AUGASSIGN_OPS[nxt.value], value,
                                 tok.lineno, tok.col)
        if self.at_op(':'):
            return self.ann_assign(tok, first, bare)
        if self.at_op('='):
            first_eq = self.pos
            targets = [first]
            self.check_assign_target(first, last_item, last_start, first_eq)
            while self.at_op('='):
                self.advance()
                target = genparser.yield_or_testlist(self)
                if self.at_op('='):
                    self.check_assign_target(target, last_item, last_start,
                                             first_eq)
                targets.append(target)
            value = targets.pop()
            return ast.Assign(targets, value, tok.lineno, tok.col)
        return ast.ExprStmt(first, tok.lineno, tok.col)

    def check_assign_target(self, target, last_item, last_start, first_eq):
        """At the '=' after target: CPython's invalid_assignment."""
        err = invalidrules.assignment_error(self, target, last_item,
                                            last_start, first_eq)
        if err is not None:
            raise err

    def ann_assign(self, tok, target, bare=False):
        """`target: annotation [= value]` (the ':' is next).  CPython's
        invalid_assignment: a tuple without parentheses is reported at
        its first item."""
        if isinstance(target, ast.TupleExpr):
            where = target
            if bare and len(target.elts) > 0:
                where = target.elts[0]
            raise node_error("only single target (not tuple) can be "
                             "annotated", where)
        if isinstance(target, ast.ListExpr):
            raise node_error("only single target (not list) can be "
                             "annotated", target)
        if not (isinstance(target, ast.Name) or
                isinstance(target, ast.Attribute) or
                isinstance(target, ast.Subscript)):
            raise node_error("illegal target for annotation", target)
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
        if not valid_aug_target(node):
            raise node_error("'%s' is an illegal expression for augmented "
                             "assignment" % invalidrules.expr_name(self, node),
                             node)

    def check_for_target(self, target, start):
        """invalid_for_target: CPython parses the target again as
        star_expressions (`in` and what follows being a comparison) and
        reports the part that cannot be assigned to."""
        err = invalidrules.invalid_target_error(
            self, invalidrules.FOR_TARGETS, target)
        if err is None:
            return
        self.pos = start
        self.testlist_star_expr()   # (its errors come first, as CPython's)
        raise err

    def block(self):
        """':' already consumed: a suite of statements."""
        if self.peek().kind != tk.NEWLINE:
            body = []
            self.simple_stmts(body)
            return body
        self.advance()
        tok = self.peek()
        if tok.kind != tk.INDENT:
            raise token_error("expected an indented block", tok, True)
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
        self.expect_colon(keyword_tok.value)
        if self.peek().kind == tk.NEWLINE and \
                self.peek_at(1).kind != tk.INDENT:
            tok = self.peek_at(1)
            if keyword_tok.value == 'def':
                what = "function definition"
            elif keyword_tok.value == 'class':
                what = "class definition"
            else:
                what = "'%s' statement" % keyword_tok.value
            raise token_error("expected an indented block after %s on line "
                              "%d" % (what, keyword_tok.lineno), tok, True)
        return self.block()

    def condition(self):
        """The test of if/elif/while (a named expression: its hint for
        `=`)."""
        test = self.namedexpr_test()
        if self.at_op('='):
            raise self.error("invalid syntax")
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
        start = self.pos
        target = self.target_list()
        self.check_for_target(target, start)
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
                    bad_tok = None
                    if self.at_op(closer):
                        bad_tok = self.peek()
                    elif nxt.kind == tk.OP and (nxt.value == closer or
                                                nxt.value == '**'):
                        bad_tok = nxt
                    if bad_tok is not None:
                        # CPython's grammar points at the `*` of a def,
                        # and at the last token it read for a lambda
                        if closer != ':':
                            bad_tok = arg_tok
                        raise token_error("named arguments must follow "
                                          "bare *", bad_tok)
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
                        # at the parameter (its annotation included)
                        raise ParseError("non-default argument follows "
                                         "default argument", arg_tok.lineno,
                                         arg_tok.col,
                                         end_lineno=ast.cursor.end_lineno,
                                         end_col=ast.cursor.end_col)
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
        # (a repeated name is the symbol table's error)
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
        """A test or a bare tuple `a, b, c` (remembered in bare_tuple,
        with where its last item starts)."""
        tok = self.peek()
        first = self.star_or_test()
        if not self.at_op(','):
            return first
        elts = [first]
        last_start = self.pos
        while self.at_op(','):
            self.advance()
            if self.at_expression_end():
                break
            last_start = self.pos
            elts.append(self.star_or_test())
        node = ast.TupleExpr(elts, tok.lineno, tok.col)
        self.bare_tuple = node
        self.bare_last_start = last_start
        return node

    def double_starred_group(self):
        """`(**expr)`: CPython's invalid_group names the error when the
        group holds just that; anything else fails at the `**`."""
        star = self.advance()
        found = False
        try:
            self.test()
            found = self.at_op(')')
        except ParseError:
            pass
        if found:
            raise token_error("cannot use double starred expression here",
                              star)
        raise self.error("invalid syntax", star)

    def star_or_test(self):
        """`*expr` (a Starred) or a test."""
        tok = self.peek()
        if self.at_op('*'):
            self.advance()
            return ast.Starred(self.expr(), tok.lineno, tok.col)
        return self.test()

    def star_or_namedexpr(self, first_in_display=False):
        tok = self.peek()
        if self.at_op('*'):
            self.advance()
            start = self.pos
            value = self.expr()
            if first_in_display:
                # CPython's invalid_comprehension reads `*expression` there
                self.missing_comma(value, start)
            return ast.Starred(value, tok.lineno, tok.col)
        return self.namedexpr_test()

    def at_expression_end(self):
        tok = self.peek()
        if tok.kind == tk.NEWLINE or tok.kind == tk.ENDMARKER:
            return True
        if tok.kind == tk.OP and tok.value in ('=', ')', ']', '}', ':', ';'):
            return True
        return tok.kind == tk.OP and tok.value in AUGASSIGN_OPS

    def namedexpr_test(self, check_equals=True):
        """A named expression; `x = ...` where an expression ends here is
        CPython's invalid_named_expression (not in call arguments)."""
        tok = self.peek()
        start = self.pos
        value = self.test()
        if not self.at_op(':='):
            if check_equals:
                invalidrules.check_named_expression(self, value, start)
            return value
        if not isinstance(value, ast.Name):
            raise node_error("cannot use assignment expressions with %s" %
                             invalidrules.expr_name(self, value), value)
        self.advance()
        return ast.NamedExpr(value, self.test(), tok.lineno, tok.col)

    def lambdef(self):
        lambda_start = self.pos
        tok = self.advance()
        args = self.parameters(':', False)
        self.expect_op(':')
        if self.no_comma_check == lambda_start and \
                self.peek().kind == tk.NAME:
            self.no_comma_check = self.pos      # (see missing_comma)
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
            start = self.pos
            target = self.star_target_list()
            self.check_for_target(target, start)
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
                raise node_error("cannot use assignment expressions with "
                                 "%s" % invalidrules.expr_name(self, value),
                                 value)
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
        start = self.pos
        if tok.kind == tk.NAME and tok.value == 'lambda':
            return self.lambdef()
        body = self.or_test()
        if self.at_keyword('if'):
            self.advance()
            cond = self.or_test()
            if not self.at_keyword('else'):
                # invalid_expression: not when ':' follows
                if self.at_op(':') or self.without_invalid:
                    raise self.error("invalid syntax")
                raise node_error("expected 'else' after 'if' expression",
                                 body, cond)
            self.advance()
            if self.ifexp_depth == 0 and self.peek().kind == tk.NAME:
                self.no_comma_check = self.pos
            self.enter(1)
            self.ifexp_depth += 1
            orelse = self.test()
            self.ifexp_depth -= 1
            self.level -= 1
            return ast.IfExp(cond, body, orelse, tok.lineno, tok.col)
        self.missing_comma(body, start)
        return body

    def missing_comma(self, node, start):
        """invalid_expression: an expression directly after another
        inside brackets (`[a b]`) is a missing comma, reported over both.
        Not after `name "string"` (f"..." and friends), a soft keyword,
        print or exec (invalid_legacy_expression's); nor, as CPython
        3.11 happens to behave, in the else-branch of an outermost
        conditional expression when it starts with a name."""
        if self.without_invalid or not starts_plain_expression(self.peek()):
            return
        if start == self.no_comma_check:
            return
        first = self.tokens[start]
        if first.kind == tk.NAME:
            if first.value in SOFT_KEYWORDS:
                return
            if start + 1 < len(self.tokens) and \
                    self.tokens[start + 1].kind == tk.STRING:
                return
        if isinstance(node, ast.Name) and (node.id == 'print' or
                                           node.id == 'exec'):
            return
        state = self.mark()
        saved_lenient = self.lenient
        self.without_invalid = True
        self.lenient = True
        self.error_lookahead += 1
        try:
            try:
                other = self.test()         # expression_without_invalid
            except ParseError:
                return
            last = self.tokens[self.pos - 1]
        finally:
            self.without_invalid = False
            self.lenient = saved_lenient
            self.error_lookahead -= 1
            self.reset(state)
        if last.level > 0:
            raise node_error("invalid syntax. Perhaps you forgot a comma?",
                             node, other)

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
            state = self.mark()
            self.advance()
            if self.lenient:
                try:
                    right = self.binary_level(level + 1)
                except ParseError:
                    self.reset(state)
                    break
            else:
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
                node = ast.Constant(space.unary_neg(operand.w_value),
                                    tok.lineno, tok.col)
                self.folded.append(node)
                return node
            return ast.UnaryOp(tok.value, operand, tok.lineno, tok.col)
        return self.power()

    def power(self):
        tok = self.peek()
        base = genparser.await_primary(self)
        if self.at_op('**'):
            state = self.mark()
            self.advance()
            self.enter(2)
            if self.lenient:
                try:
                    exponent = self.factor()
                except ParseError:
                    self.reset(state)
                    return base
            else:
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
            if self.lenient and (self.at_op('(') or self.at_op('[') or
                                 self.at_op('.')):
                state = self.mark()
                try:
                    node = self.trailer(node, tok)
                except ParseError:
                    self.reset(state)
                    return node
            elif self.at_op('('):
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

    def trailer(self, node, tok):
        """One call, subscript or attribute after node (lenient mode)."""
        self.lenient = False
        try:
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
            else:
                self.advance()
                name = self.expect_name()
                node = ast.Attribute(node, name, tok.lineno, tok.col)
        finally:
            self.lenient = True
        return node

    def call_args(self, func, tok, allow_genexp=True):
        """The arguments of a call (or of a class statement: no lone
        generator expression), '(' consumed, with CPython's
        invalid_arguments and invalid_kwarg errors."""
        open_tok = self.tokens[self.pos - 1]    # '('
        genexp = None
        args = []
        kw_names = []       # '' marks a **mapping entry
        kw_values = []
        kw_pos = []
        seen_dstar = False
        misplaced = ''      # a positional argument after keywords
        while not self.at_op(')'):
            arg_tok = self.peek()
            nxt = self.peek_at(1)
            if arg_tok.kind == tk.NAME and nxt.kind == tk.OP \
                    and nxt.value == '=':
                if arg_tok.value in ('True', 'False', 'None'):
                    raise node_error("cannot assign to %s" % arg_tok.value,
                                     arg_tok, nxt)
                name = self.expect_name()
                eq_tok = self.advance()
                kw_names.append(name)
                kw_values.append(self.test())
                kw_pos.extend([arg_tok.lineno, arg_tok.col,
                               ast.cursor.end_lineno, ast.cursor.end_col])
                if self.at_comp_for():
                    raise node_error("invalid syntax. Maybe you meant '==' "
                                     "or ':=' instead of '='?", arg_tok,
                                     eq_tok)
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
                    raise token_error("iterable argument unpacking follows "
                                      "keyword argument unpacking", arg_tok)
                args.append(value)
                if self.at_comp_for():
                    self.unparenthesized_genexp(value, args, kw_names)
            else:
                start = self.pos
                value = self.namedexpr_test(False)
                if self.at_op('='):
                    # invalid_kwarg
                    raise node_error("expression cannot contain assignment,"
                                     " perhaps you meant \"==\"?", value,
                                     self.peek())
                if self.at_comp_for():
                    gens = self.comp_fors()
                    elt = value
                    value = ast.GeneratorExp(value, gens, arg_tok.lineno,
                                             arg_tok.col)
                    genexp = value
                    if len(args) > 0 or len(kw_names) > 0 or \
                            self.at_op(','):
                        raise node_error("Generator expression must be "
                                         "parenthesized", elt,
                                         last_comprehension_item(gens))
                    if not allow_genexp:
                        raise self.error("invalid syntax", self.tokens[
                            self.token_index_of(gens[0])])
                if len(kw_names) > 0 and not misplaced:
                    if seen_dstar:
                        misplaced = ("positional argument follows keyword "
                                     "argument unpacking")
                    else:
                        misplaced = ("positional argument follows keyword "
                                     "argument")
                args.append(value)
            if not self.at_op(','):
                break
            self.advance()
        if misplaced:
            # _PyPegen_arguments_parsing_error: at the token after them
            raise self.error(misplaced)
        close_tok = self.expect_op(')')
        if genexp is not None:      # f(x for x in y): the call's brackets
            genexp.lineno = open_tok.lineno
            genexp.col = open_tok.col
            genexp.set_end(close_tok.end_lineno, close_tok.end_col)
        node = ast.Call(func, args, kw_names, kw_values, tok.lineno, tok.col)
        node.kw_pos = kw_pos
        return node

    def unparenthesized_genexp(self, starred, args, kw_names):
        """`f(*x for x in y)`: invalid_comprehension, or with other
        arguments before it _PyPegen_nonparen_genexp_in_call."""
        if len(args) > 1:
            state = self.mark()
            gens = self.comp_fors()
            self.reset(state)
            raise node_error("Generator expression must be parenthesized",
                             starred, last_comprehension_item(gens))
        raise node_error("iterable unpacking cannot be used in "
                         "comprehension", starred)

    def string_error(self, msg, pieces, at):
        """An error in adjacent string literals: at literal `at`, or (-1)
        at the token after them, where CPython's parser is when it joins
        them."""
        if at >= 0:
            return token_error(msg, pieces[at])
        return token_error(msg, self.peek())

    def fstring_error(self, e):
        """An FStringError: from an expression's parser, where it was
        found (e.error); else at the token after the strings."""
        if e.error is not None:
            return e.error
        return token_error(e.msg, self.peek())

    def check_comprehension_elt(self, first, elts, comma):
        """At the `for` of a comprehension (or generator expression) whose
        element is `first`: CPython's invalid_comprehension.  elts: the
        items of a list or set display before it (more than one: its
        parentheses were forgotten); comma: a comma just before the
        `for`."""
        if len(elts) > 1:
            raise node_error("did you forget parentheses around the "
                             "comprehension target?", elts[0],
                             elts[len(elts) - 1])
        if comma is not None:
            raise node_error("did you forget parentheses around the "
                             "comprehension target?", first, comma)
        if isinstance(first, ast.Starred):
            raise node_error("iterable unpacking cannot be used in "
                             "comprehension", first)

    def token_index_of(self, node):
        """The index of the token where node starts."""
        i = 0
        for t in self.tokens:
            if t.lineno == node.lineno and t.col == node.col:
                return i
            i += 1
        return self.pos

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
                raise self.legacy_error(name_tok, tok.end_lineno,
                                        tok.end_col)
            self.pos = saved_pos
            self.level = saved_level
            ast.cursor.end_lineno = saved_end_lineno
            ast.cursor.end_col = saved_end_col
            return
        raise self.legacy_error(name_tok, ast.cursor.end_lineno,
                                ast.cursor.end_col)

    def legacy_error(self, name_tok, end_lineno, end_col):
        """invalid_legacy_expression: over the name and the expressions
        after it."""
        return ParseError("Missing parentheses in call to '%s'. Did you "
                          "mean %s(...)?" % (name_tok.value, name_tok.value),
                          name_tok.lineno, name_tok.col,
                          end_lineno=end_lineno, end_col=end_col)

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
            lower = self.namedexpr_test()   # (slice: ... | named_expression)
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
                self.no_comma_check = self.pos   # (CPython 3.11 behaves so)
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
                # _PyPegen_number_token: no columns (offsets 0)
                raise ParseError(e.msg, tok.lineno, -1,
                                 end_lineno=tok.end_lineno, end_col=-1)
            return ast.Constant(w_value, tok.lineno, tok.col)
        if tok.kind == tk.STRING:
            pieces = []
            while self.peek().kind == tk.STRING:
                pieces.append(self.advance())
            if fstring.any_fstring(pieces):
                try:
                    return fstring.parse_strings(pieces)
                except fstring.FStringError as e:
                    raise self.fstring_error(e)
                except tk.StringLiteralError as e:
                    at = -1
                    if e.at_token:
                        at = fstring.literal_index(pieces, e)
                    raise self.string_error(e.msg, pieces, at)
            try:
                w_value = parse_strings(pieces)
            except LiteralError as e:
                raise self.string_error(e.msg, pieces, e.token)
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
                if self.at_op('**'):
                    self.double_starred_group()
                first = self.star_or_namedexpr(True)
                if self.at_comp_for():
                    self.check_comprehension_elt(first, [], None)
                    gens = self.comp_fors()
                    self.expect_op(')')
                    return ast.GeneratorExp(first, gens, tok.lineno, tok.col)
                if self.at_op(')'):
                    if isinstance(first, ast.Starred):
                        raise node_error("cannot use starred expression "
                                         "here", first)
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
                    elts.append(self.star_or_namedexpr(len(elts) == 0))
                    if self.at_comp_for():
                        self.check_comprehension_elt(elts[0], elts, None)
                        gens = self.comp_fors()
                        self.expect_op(']')
                        return ast.ListComp(elts[0], gens, tok.lineno,
                                            tok.col)
                    if not self.at_op(','):
                        break
                    comma = self.advance()
                    if self.at_comp_for():
                        self.check_comprehension_elt(elts[0], elts, comma)
                self.expect_op(']')
                return ast.ListExpr(elts, tok.lineno, tok.col)
            if tok.value == '{':
                return self.brace_display()
            if tok.value == '...':
                from fastpy.objspace.noneobject import w_Ellipsis
                self.advance()
                return ast.Constant(w_Ellipsis, tok.lineno, tok.col)
        if tok.kind == tk.INDENT:
            raise token_error("unexpected indent", tok, True)
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
            dstar = self.advance()
            first_key = None
            first_value = self.expr()
            if self.at_comp_for():      # invalid_dict_comprehension
                raise token_error("dict unpacking cannot be used in dict "
                                  "comprehension", dstar)
        else:
            first = self.namedexpr_test()
            if not self.at_op(':'):
                return self.set_rest(tok, first)
            colon = self.advance()
            first_key = first
            first_value = self.dict_value(colon)
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
            key = self.test()
            keys.append(key)
            if not self.at_op(':'):
                # invalid_kvpair: at the key's last character, no end
                raise ParseError("':' expected after dictionary key",
                                 key.lineno, key.end_col - 1,
                                 end_lineno=key.end_lineno, end_col=-1)
            colon = self.advance()
            values.append(self.dict_value(colon))
        self.expect_op('}')
        return ast.DictExpr(keys, values, tok.lineno, tok.col)
    return self.set_rest(tok, self.star_or_namedexpr(True))


def _dict_value(self, colon):
    """The value after a key's ':' (invalid_kvpair's errors)."""
    if self.at_op('*'):
        star = self.peek()
        state = self.mark()
        self.advance()
        try:
            self.expr()
        except ParseError:
            pass
        after = self.peek()
        self.reset(state)
        # RAISE_SYNTAX_ERROR_STARTING_FROM the '*' to the tokenizer's
        # position (after the token that follows)
        raise ParseError("cannot use a starred expression in a dictionary "
                         "value", star.lineno, star.col,
                         end_lineno=after.end_lineno,
                         end_col=after.end_col - 1)
    if self.at_op('}') or self.at_op(','):
        raise token_error("expression expected after dictionary key and "
                          "':'", colon)
    return self.test()


def _set_rest(self, tok, first):
    if self.at_comp_for():
        self.check_comprehension_elt(first, [], None)
        gens = self.comp_fors()
        self.expect_op('}')
        return ast.SetComp(first, gens, tok.lineno, tok.col)
    elts = [first]
    while self.at_op(','):
        comma = self.advance()
        if self.at_comp_for():
            self.check_comprehension_elt(first, elts, comma)
        if self.at_op('}'):
            break
        elts.append(self.star_or_namedexpr())
        if self.at_comp_for():
            self.check_comprehension_elt(first, elts, None)
    self.expect_op('}')
    return ast.SetExpr(elts, tok.lineno, tok.col)

Parser.brace_display = _brace_display
Parser.dict_value = _dict_value
Parser.set_rest = _set_rest


def valid_aug_target(node):
    return isinstance(node, ast.Name) or isinstance(node, ast.Subscript) \
        or isinstance(node, ast.Attribute)


def last_comprehension_item(gens):
    """_PyPegen_get_last_comprehension_item of the last clause: its last
    condition, or its iterable."""
    last = gens[len(gens) - 1]
    if len(last.ifs) > 0:
        return last.ifs[len(last.ifs) - 1]
    return last.iter
