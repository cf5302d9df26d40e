"""CPython 3.11's "invalid_*" grammar rules (Grammar/python.gram) that
turn a failed parse into a precise SyntaxError: invalid assignment and
for/del/with targets, `=` where `==` or `:=` was meant, missing commas,
keyword arguments that are not names, unpacking in comprehensions.
Functions taking the Parser, called from parser.py where its ordinary
rules fail."""

from rpython.rlib.objectmodel import specialize
from fastpy.parser import ast
from fastpy.parser import tokenizer as tk
from fastpy.objspace import space

# _PyPegen_get_invalid_target's kinds
STAR_TARGETS = 0
DEL_TARGETS = 1
FOR_TARGETS = 2


@specialize.argtype(1, 2)
def _error(msg, node, end=None):
    from fastpy.parser.parser import node_error
    return node_error(msg, node, end)


def expr_name(p, node):
    """_PyPegen_get_expr_name: how messages name an expression."""
    if isinstance(node, ast.Attribute):
        return 'attribute'
    if isinstance(node, ast.Subscript):
        return 'subscript'
    if isinstance(node, ast.Starred):
        return 'starred'
    if isinstance(node, ast.Name):
        return 'name'
    if isinstance(node, ast.ListExpr):
        return 'list'
    if isinstance(node, ast.TupleExpr):
        return 'tuple'
    if isinstance(node, ast.Lambda):
        return 'lambda'
    if isinstance(node, ast.Call):
        return 'function call'
    if isinstance(node, ast.BoolOp) or isinstance(node, ast.BinOp) or \
            isinstance(node, ast.UnaryOp):
        return 'expression'
    if isinstance(node, ast.GeneratorExp):
        return 'generator expression'
    if isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
        return 'yield expression'
    if isinstance(node, ast.Await):
        return 'await expression'
    if isinstance(node, ast.ListComp):
        return 'list comprehension'
    if isinstance(node, ast.SetComp):
        return 'set comprehension'
    if isinstance(node, ast.DictComp):
        return 'dict comprehension'
    if isinstance(node, ast.DictExpr):
        return 'dict literal'
    if isinstance(node, ast.SetExpr):
        return 'set display'
    if isinstance(node, ast.JoinedStr) or \
            isinstance(node, ast.FormattedValue) or \
            isinstance(node, ast.FStringConstant):
        return 'f-string expression'
    if isinstance(node, ast.Constant):
        if p.is_folded(node):
            return 'expression'         # -1: a UnaryOp to CPython
        w_value = node.w_value
        if w_value is space.w_None:
            return 'None'
        if w_value is space.w_False:
            return 'False'
        if w_value is space.w_True:
            return 'True'
        from fastpy.objspace.noneobject import w_Ellipsis
        if w_value is w_Ellipsis:
            return 'ellipsis'
        return 'literal'
    if isinstance(node, ast.Compare):
        return 'comparison'
    if isinstance(node, ast.IfExp):
        return 'conditional expression'
    if isinstance(node, ast.NamedExpr):
        return 'named expression'
    return 'expression'


def invalid_target(node, kind):
    """_PyPegen_get_invalid_target: the part of node that cannot be a
    target of that kind, or None."""
    if isinstance(node, ast.ListExpr) or isinstance(node, ast.TupleExpr):
        if isinstance(node, ast.ListExpr):
            elts = node.elts
        else:
            assert isinstance(node, ast.TupleExpr)
            elts = node.elts
        for elt in elts:
            bad = invalid_target(elt, kind)
            if bad is not None:
                return bad
        return None
    if isinstance(node, ast.Starred):
        if kind == DEL_TARGETS:
            return node
        return invalid_target(node.value, kind)
    if isinstance(node, ast.Compare):
        # `for a in b`: the target is parsed with the `in` as a comparison
        if kind == FOR_TARGETS:
            if node.ops[0] == space.CMP_IN:
                return invalid_target(node.left, kind)
            return None
        return node
    if isinstance(node, ast.Name) or isinstance(node, ast.Subscript) or \
            isinstance(node, ast.Attribute):
        return None
    return node


def invalid_target_error(p, kind, node):
    """RAISE_SYNTAX_ERROR_INVALID_TARGET, or None if node is valid."""
    bad = invalid_target(node, kind)
    if bad is None:
        return None
    if kind == DEL_TARGETS:
        return _error("cannot delete %s" % expr_name(p, bad), bad)
    return _error("cannot assign to %s" % expr_name(p, bad), bad)


# ------------------------------------------------ invalid_named_expression

def is_group(node, start_tok):
    """Was node parsed in parentheses of its own (a group: CPython's
    node is the one inside)?"""
    return node.lineno != start_tok.lineno or node.col != start_tok.col


def is_bitwise_or(node, start_tok):
    """Would CPython's bitwise_or rule parse all of node?"""
    if is_group(node, start_tok):
        return True
    if isinstance(node, ast.UnaryOp):
        return node.op != 'not'
    return not (isinstance(node, ast.Compare) or
                isinstance(node, ast.BoolOp) or
                isinstance(node, ast.Lambda) or
                isinstance(node, ast.IfExp) or
                isinstance(node, ast.Starred) or
                isinstance(node, ast.NamedExpr) or
                isinstance(node, ast.TupleExpr) or
                isinstance(node, ast.Yield) or
                isinstance(node, ast.YieldFrom))


def _leftmost(node):
    while True:
        if isinstance(node, ast.BinOp):
            node = node.left
        elif isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Attribute):
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        else:
            return node


def starts_with_display(p, node, start_tok):
    """The lookahead !(list|tuple|genexp|'True'|'None'|'False') fails:
    a list or tuple display or a generator expression in parentheses, or
    one of those keywords, starts where node starts."""
    if start_tok.kind == tk.NAME:
        return start_tok.value in ('True', 'None', 'False')
    if start_tok.kind != tk.OP:
        return False
    if start_tok.value != '[' and start_tok.value != '(':
        return False
    first = _leftmost(node)
    # the display itself, not a group or comprehension inside brackets
    if first.lineno != start_tok.lineno or first.col != start_tok.col:
        return False
    if start_tok.value == '[':
        return isinstance(first, ast.ListExpr)
    return isinstance(first, ast.TupleExpr) or \
        isinstance(first, ast.GeneratorExp)


BITWISE_OR_START_OPS = ['(', '[', '{', '-', '+', '~', '...']


def starts_bitwise_or(tok):
    """Can a bitwise_or (an operand of a binary operator) start here?"""
    from fastpy.parser.parser import KEYWORDS
    if tok.kind == tk.NUMBER or tok.kind == tk.STRING:
        return True
    if tok.kind == tk.NAME:
        return tok.value not in KEYWORDS or tok.value in (
            'None', 'True', 'False', 'await')
    return tok.kind == tk.OP and tok.value in BITWISE_OR_START_OPS


def named_expression_error(p, node, start):
    """invalid_named_expression, with the parser at the '=' after node
    (parsed from token `start`): `NAME = bitwise_or` or `expression =
    bitwise_or` not followed by '=' or ':=' is a mistyped comparison.
    Returns the error, or None (the position is kept)."""
    from fastpy.parser.parser import ParseError
    start_tok = p.tokens[start]
    if not is_bitwise_or(node, start_tok) or \
            starts_with_display(p, node, start_tok):
        return None
    state = p.mark()
    p.advance()                                 # '='
    right = None
    followed = False
    if starts_bitwise_or(p.peek()):
        saved_lenient = p.lenient
        p.lenient = True
        p.error_lookahead += 1
        try:
            try:
                right = p.expr()
                followed = p.at_op('=') or p.at_op(':=')
            except ParseError:          # no bitwise_or there
                right = None
        finally:
            p.lenient = saved_lenient
            p.error_lookahead -= 1
    p.reset(state)
    if right is None or followed:
        return None
    if isinstance(node, ast.Name) and not is_group(node, start_tok):
        return _error("invalid syntax. Maybe you meant '==' or ':=' "
                      "instead of '='?", node, right)
    return _error("cannot assign to %s here. Maybe you meant '==' instead "
                  "of '='?" % expr_name(p, node), node)


def check_named_expression(p, node, start):
    """Raise invalid_named_expression's error if the parser is at a '='
    after node."""
    if p.at_op('=') and not p.without_invalid:
        err = named_expression_error(p, node, start)
        if err is not None:
            raise err


# ------------------------------------------------ assignments

def assignment_error(p, bad, last_item, last_start, first_eq):
    """invalid_assignment for `T1 = ... = Ti =` where Ti (bad) cannot be
    assigned to, raised with the parser at the '=' after it (what follows
    need not parse).  CPython's second pass meets invalid_named_expression
    first, on the expression just before the first '=' (last_item: T1,
    or its last item when T1 is a tuple without parentheses; parsed from
    token last_start; first_eq: the index of that '=')."""
    if isinstance(bad, ast.Yield) or isinstance(bad, ast.YieldFrom):
        err = _error("assignment to yield expression not possible", bad)
    else:
        err = invalid_target_error(p, STAR_TARGETS, bad)
        if err is None:
            return None
    state = p.mark()
    p.pos = first_eq
    named = named_expression_error(p, last_item, last_start)
    p.reset(state)
    if named is not None:
        return named
    return err
