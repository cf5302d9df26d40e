"""Recursive-descent parser: tokens -> AST (fastpy.parser.ast).

One method per grammar rule of CPython 3.11's grammar for the supported
subset.  Errors raise ParseError with CPython's message and position.
"""

from fastpy.parser import ast
from fastpy.parser import tokenizer as tk
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


def parse(source):
    """Parse a whole module given as UTF-8 bytes."""
    try:
        tokens = tk.tokenize(source)
    except tk.TokenError as e:
        raise ParseError(e.msg, e.lineno, e.col, e.is_indentation, e.is_tab)
    return Parser(tokens).parse_module()


class Parser(object):

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    # ------------------------------------------------------------ helpers

    def peek(self):
        return self.tokens[self.pos]

    def peek_at(self, offset):
        i = self.pos + offset
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.tokens[i]

    def advance(self):
        tok = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return tok

    def at_op(self, value):
        tok = self.peek()
        return tok.kind == tk.OP and tok.value == value

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
                body.append(self.funcdef())
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
            if v == 'global':
                self.advance()
                names = [self.expect_name()]
                while self.at_op(','):
                    self.advance()
                    names.append(self.expect_name())
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
            if v in ('class', 'try', 'with', 'raise', 'assert', 'from',
                     'lambda', 'yield', 'nonlocal', 'async', 'await'):
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
        while True:
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
            if not self.at_op(','):
                break
            self.advance()
        return ast.Import(names, asnames, tok.lineno, tok.col)

    def expr_stmt(self):
        tok = self.peek()
        first = self.testlist_star_expr()
        nxt = self.peek()
        if nxt.kind == tk.OP and nxt.value in AUGASSIGN_OPS:
            self.check_aug_target(first)
            self.advance()
            value = self.testlist_star_expr()
            return ast.AugAssign(first, AUGASSIGN_OPS[nxt.value], value,
                                 tok.lineno, tok.col)
        if self.at_op('='):
            targets = [first]
            while self.at_op('='):
                self.advance()
                targets.append(self.testlist_star_expr())
            value = targets.pop()
            for t in targets:
                self.check_target(t, 'assign')
            return ast.Assign(targets, value, tok.lineno, tok.col)
        return ast.ExprStmt(first, tok.lineno, tok.col)

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
        while self.peek().kind != tk.DEDENT:
            if self.peek().kind == tk.ENDMARKER:
                break
            self.statement(body)
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
            orelse = [self.if_stmt()]
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
        tok = self.peek()
        first = self.expr()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_keyword('in'):
                break
            elts.append(self.expr())
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def funcdef(self):
        tok = self.advance()
        name = self.expect_name()
        if not self.at_op('('):
            raise self.error("expected '('")
        self.advance()
        argnames = []
        defaults = []
        while not self.at_op(')'):
            arg_tok = self.peek()
            argname = self.expect_name()
            if argname in argnames:
                raise ParseError("duplicate argument '%s' in function "
                                 "definition" % argname, arg_tok.lineno,
                                 arg_tok.col)
            argnames.append(argname)
            if self.at_op('='):
                self.advance()
                defaults.append(self.test())
            elif len(defaults) > 0:
                raise ParseError("non-default argument follows default "
                                 "argument", arg_tok.lineno, arg_tok.col)
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(')')
        body = self.block_after(tok)
        return ast.FunctionDef(name, argnames, defaults, body, tok.lineno,
                               tok.col)

    # ------------------------------------------------------------ expressions

    def testlist_star_expr(self):
        """A test or a bare tuple `a, b, c`."""
        tok = self.peek()
        first = self.test()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_expression_end():
                break
            elts.append(self.test())
        return ast.TupleExpr(elts, tok.lineno, tok.col)

    def at_expression_end(self):
        tok = self.peek()
        if tok.kind == tk.NEWLINE or tok.kind == tk.ENDMARKER:
            return True
        if tok.kind == tk.OP and tok.value in ('=', ')', ']', '}', ':', ';'):
            return True
        return tok.kind == tk.OP and tok.value in AUGASSIGN_OPS

    def namedexpr_test(self):
        return self.test()

    def test(self):
        tok = self.peek()
        if tok.kind == tk.NAME and tok.value == 'lambda':
            raise self.error("fastpy does not support 'lambda' yet")
        body = self.or_test()
        if self.at_keyword('if'):
            self.advance()
            cond = self.or_test()
            if not self.at_keyword('else'):
                raise self.error("expected 'else' after 'if' expression")
            self.advance()
            orelse = self.test()
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
            operand = self.not_test()
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
            operand = self.factor()
            if tok.value == '-' and isinstance(operand, ast.Constant) and \
                    space.is_number(operand.w_value):
                # Fold -literal so that -9223372036854775808 stays a word.
                return ast.Constant(space.unary_neg(operand.w_value),
                                    tok.lineno, tok.col)
            return ast.UnaryOp(tok.value, operand, tok.lineno, tok.col)
        return self.power()

    def power(self):
        tok = self.peek()
        base = self.atom_expr()
        if self.at_op('**'):
            self.advance()
            exponent = self.factor()
            return ast.BinOp(space.OP_POW, base, exponent, tok.lineno,
                             tok.col)
        return base

    def atom_expr(self):
        tok = self.peek()
        node = self.atom()
        while True:
            if self.at_op('('):
                self.advance()
                node = self.call_args(node, tok)
            elif self.at_op('['):
                self.advance()
                index = self.subscript_list()
                self.expect_op(']')
                node = ast.Subscript(node, index, tok.lineno, tok.col)
            elif self.at_op('.'):
                self.advance()
                name = self.expect_name()
                node = ast.Attribute(node, name, tok.lineno, tok.col)
            else:
                return node

    def call_args(self, func, tok):
        args = []
        kw_names = []
        kw_values = []
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
            else:
                if self.at_op('*') or self.at_op('**'):
                    raise self.error("fastpy does not support * or ** in "
                                     "calls yet")
                value = self.test()
                if len(kw_names) > 0:
                    raise ParseError("positional argument follows keyword "
                                     "argument", arg_tok.lineno, arg_tok.col)
                args.append(value)
                self.check_missing_comma(value)
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(')')
        return ast.Call(func, args, kw_names, kw_values, tok.lineno, tok.col)

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
                first = self.test()
                if self.at_op(')'):
                    self.advance()
                    return first
                elts = [first]
                while self.at_op(','):
                    self.advance()
                    if self.at_op(')'):
                        break
                    elts.append(self.test())
                self.expect_op(')')
                return ast.TupleExpr(elts, tok.lineno, tok.col)
            if tok.value == '[':
                self.advance()
                elts = []
                while not self.at_op(']'):
                    elts.append(self.test())
                    if self.at_keyword('for'):
                        raise self.error("fastpy does not support "
                                         "comprehensions yet")
                    if not self.at_op(','):
                        break
                    self.advance()
                self.expect_op(']')
                return ast.ListExpr(elts, tok.lineno, tok.col)
            if tok.value == '{':
                self.advance()
                keys = []
                values = []
                while not self.at_op('}'):
                    keys.append(self.test())
                    if not self.at_op(':'):
                        raise self.error("fastpy does not support sets yet")
                    self.advance()
                    values.append(self.test())
                    if not self.at_op(','):
                        break
                    self.advance()
                self.expect_op('}')
                return ast.DictExpr(keys, values, tok.lineno, tok.col)
            if tok.value == '...':
                raise self.error("fastpy does not support Ellipsis yet")
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
