"""Parsing yield, yield from, await and the async statements (CPython
3.11's grammar).  Functions taking the Parser, called from parser.py."""

from fastpy.parser import ast
from fastpy.parser import tokenizer as tk


def _error(msg, tok):
    from fastpy.parser.parser import token_error
    return token_error(msg, tok)


def yield_expr(p):
    """yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]"""
    tok = p.advance()                       # 'yield'
    if p.at_keyword('from'):
        p.advance()
        value = p.test()
        return ast.YieldFrom(value, tok.lineno, tok.col)
    value = None
    if not p.at_expression_end():
        value = p.testlist_star_expr()
    return ast.Yield(value, tok.lineno, tok.col)


def yield_stmt(p):
    tok = p.peek()
    return ast.ExprStmt(yield_expr(p), tok.lineno, tok.col)


def yield_or_testlist(p):
    """The right-hand side of an assignment: a yield expression too."""
    if p.at_keyword('yield'):
        return yield_expr(p)
    return p.testlist_star_expr()


def await_primary(p):
    """await_primary: 'await' primary | primary"""
    if p.at_keyword('await'):
        tok = p.advance()
        value = p.atom_expr()
        return ast.Await(value, tok.lineno, tok.col)
    return p.atom_expr()


def async_stmt(p):
    """'async' followed by def, for or with."""
    tok = p.advance()                       # 'async'
    if p.at_keyword('def'):
        node = p.funcdef([])
        return ast.AsyncFunctionDef(node.name, node.args, node.body,
                                    node.decorators, tok.lineno, tok.col)
    if p.at_keyword('for'):
        node = p.for_stmt()
        return ast.AsyncFor(node.target, node.iter, node.body, node.orelse,
                            tok.lineno, tok.col)
    if p.at_keyword('with'):
        from fastpy.parser import excparser
        node = excparser.with_stmt(p)
        return ast.AsyncWith(node.items, node.body, tok.lineno, tok.col)
    raise _error("invalid syntax", p.peek())
