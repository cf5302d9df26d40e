"""Parsing the exception statements: try/except/except*/else/finally,
with, raise, assert (CPython 3.11's grammar and SyntaxError messages).
Functions taking the Parser, called from parser.py."""

from fastpy.parser import ast
from fastpy.parser import tokenizer as tk


def _error(msg, tok):
    """At a token (RAISE_SYNTAX_ERROR_KNOWN_LOCATION, or at the last
    token read)."""
    from fastpy.parser.parser import token_error
    return token_error(msg, tok)


def try_stmt(p):
    tok = p.advance()                      # 'try'
    body = p.block_after(tok)
    handlers = []
    orelse = []
    finalbody = []
    is_star = False
    while p.at_keyword('except'):
        except_tok = p.advance()
        star = False
        star_tok = None
        if p.at_op('*'):
            star_tok = p.advance()
            star = True
        if len(handlers) > 0 and star != is_star:
            # invalid_try_stmt: over `except *`, or at `except`
            from fastpy.parser.parser import node_error
            if star_tok is not None:
                raise node_error("cannot have both 'except' and 'except*' "
                                 "on the same 'try'", except_tok, star_tok)
            raise _error("cannot have both 'except' and 'except*' on the "
                         "same 'try'", except_tok)
        is_star = star
        exc_type = None
        name = ''
        if p.at_op(':') or (star and p.peek().kind == tk.NEWLINE):
            if star:
                raise _error("expected one or more exception types",
                             p.peek())
        elif p.peek().kind == tk.NEWLINE:
            raise _error("expected ':'", p.peek())      # invalid_except_stmt
        else:
            exc_type = p.test()
            if p.at_op(','):
                raise _multiple_types(p, exc_type)
            if p.at_keyword('as'):
                p.advance()
                name = p.expect_name()
        hbody = p.block_after(except_tok)
        handlers.append(ast.ExceptHandler(exc_type, name, hbody,
                                          except_tok.lineno, except_tok.col))
    if len(handlers) > 0 and p.at_keyword('else'):
        else_tok = p.advance()
        orelse = p.block_after(else_tok)
    if p.at_keyword('finally'):
        fin_tok = p.advance()
        finalbody = p.block_after(fin_tok)
    elif len(handlers) == 0:
        raise _error("expected 'except' or 'finally' block", p.peek())
    return ast.Try(body, handlers, orelse, finalbody, is_star, tok.lineno,
                   tok.col)


def _multiple_types(p, exc_type):
    """invalid_except_stmt: RAISE_SYNTAX_ERROR_STARTING_FROM the first
    type, to where the tokenizer is once the rule has read its ':'."""
    from fastpy.parser.parser import ParseError
    end = p.peek()
    state = p.mark()
    try:
        while p.at_op(','):
            p.advance()
            p.test()
        if p.at_keyword('as'):
            p.advance()
            p.expect_name()
        if p.at_op(':'):
            end = p.advance()
    except ParseError:
        pass
    p.reset(state)
    return ParseError("multiple exception types must be parenthesized",
                      exc_type.lineno, exc_type.col, end_lineno=end.end_lineno,
                      end_col=end.end_col - 1)


def with_stmt(p):
    tok = p.advance()                      # 'with'
    items = None
    if p.at_op('('):
        from fastpy.parser.parser import ParseError
        saved = p.pos
        try:
            items = _parenthesized_items(p)
        except ParseError:
            items = None
        if items is None:
            p.pos = saved
    if items is None:
        items = [_with_item(p)]
        while p.at_op(','):
            p.advance()
            items.append(_with_item(p))
    body = p.block_after(tok)
    return ast.With(items, body, tok.lineno, tok.col)


def _parenthesized_items(p):
    """`with (a as b, c):` -- None when the parenthesis is an ordinary
    expression (`with (a, b) as c:`)."""
    p.advance()                            # '('
    items = [_with_item(p)]
    while p.at_op(','):
        p.advance()
        if p.at_op(')'):
            break
        items.append(_with_item(p))
    if not p.at_op(')'):
        return None
    p.advance()
    if not p.at_op(':'):
        return None
    return items


def _with_item(p):
    start = p.peek()
    expr = p.test()
    target = None
    if p.at_keyword('as'):
        p.advance()
        target = p.expr()
        _check_with_target(p, target)
    return ast.WithItem(expr, target, start.lineno, start.col)


def _check_with_target(p, target):
    """invalid_with_item: an invalid target after 'as'."""
    from fastpy.parser import invalidrules
    err = invalidrules.invalid_target_error(p, invalidrules.STAR_TARGETS,
                                            target)
    if err is not None:
        raise err


def raise_stmt(p):
    tok = p.advance()                      # 'raise'
    exc = None
    cause = None
    if not p.at_end_of_simple_stmt():
        exc = p.test()
        if p.at_keyword('from'):
            p.advance()
            if p.at_end_of_simple_stmt():
                raise p.error("invalid syntax")
            cause = p.test()
    return ast.Raise(exc, cause, tok.lineno, tok.col)


def assert_stmt(p):
    tok = p.advance()                      # 'assert'
    test = p.test()
    msg = None
    if p.at_op(','):
        p.advance()
        if p.at_end_of_simple_stmt():
            raise p.error("invalid syntax")
        msg = p.test()
    return ast.Assert(test, msg, tok.lineno, tok.col)
