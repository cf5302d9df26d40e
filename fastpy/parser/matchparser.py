"""Parsing the match statement (PEP 634, CPython 3.11's grammar).

`match` and `case` are soft keywords: a statement starting with the name
`match` is a match statement only if `match <subject> ':'` parses (then
the parser is committed); otherwise it is parsed again as an ordinary
statement (`match = 1`, `match(x)`), as CPython's PEG parser backtracks.

    match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    case_block: "case" patterns guard? ':' block
    patterns:   open_sequence_pattern | pattern
    pattern:    or_pattern ['as' pattern_capture_target]
    or_pattern: '|'.closed_pattern+
    closed_pattern: literal | capture | wildcard | value | group
                    | sequence | mapping | class

Functions taking the Parser, called from parser.py; the AST nodes are
ast.Match* (compiled by compiler/matchgen.py).
"""

from fastpy.parser import ast
from fastpy.parser import tokenizer as tk
from fastpy.parser.literals import (parse_number, parse_strings,
                                    LiteralError, _has_f_prefix)
from fastpy.objspace import space


def _error(msg, tok):
    from fastpy.parser.parser import token_error
    return token_error(msg, tok)


def _is_keyword(value):
    from fastpy.parser.parser import KEYWORDS
    return value in KEYWORDS


def match_statement(p, body):
    """At a NAME 'match' starting a statement.  Returns True when it was
    a match statement (appended to body, or, for `match x` followed by a
    newline, anything that parses); False: the parser is back at 'match'
    and the caller parses an ordinary statement."""
    from fastpy.parser.parser import ParseError
    save = p.pos
    save_level = p.level            # nesting count (Parser.enter)
    tok = p.advance()                       # 'match'
    try:
        subject = _subject_expr(p)
    except ParseError:
        p.pos = save
        p.level = save_level
        return False
    if p.at_op(':'):
        body.append(_match_body(p, tok, subject))
        return True
    p.level = save_level
    if p.peek().kind != tk.NEWLINE:
        p.pos = save
        return False
    # `match x` + newline: an expression statement if it is one (`match
    # -x`), else CPython's hint.
    colon_error = _error("expected ':'", p.peek())
    p.pos = save
    stmts = []
    try:
        p.simple_stmts(stmts)
    except ParseError:
        raise colon_error
    body.extend(stmts)
    return True


def _subject_expr(p):
    """subject_expr: star_named_expression ',' star_named_expressions?
                   | named_expression"""
    tok = p.peek()
    first = p.star_or_namedexpr()
    if not p.at_op(','):
        if isinstance(first, ast.Starred):
            raise _error("invalid syntax", p.peek())
        return first
    elts = [first]
    while p.at_op(','):
        p.advance()
        if p.at_op(':') or p.peek().kind == tk.NEWLINE:
            break
        elts.append(p.star_or_namedexpr())
    return ast.TupleExpr(elts, tok.lineno, tok.col)


def _match_body(p, tok, subject):
    p.advance()                             # ':'
    if p.peek().kind != tk.NEWLINE:
        raise _error("invalid syntax", p.peek())
    p.advance()
    t = p.peek()
    if t.kind != tk.INDENT:
        from fastpy.parser.parser import token_error
        raise token_error("expected an indented block after 'match' "
                          "statement on line %d" % tok.lineno, t, True)
    p.advance()
    cases = []
    while True:
        t = p.peek()
        if t.kind == tk.DEDENT:
            p.advance()
            break
        if t.kind == tk.ENDMARKER and len(cases) > 0:
            break
        if t.kind != tk.NAME or t.value != 'case':
            raise p.error("invalid syntax")
        cases.append(_case_block(p))
    return ast.Match(subject, cases, tok.lineno, tok.col)


def _case_block(p):
    tok = p.advance()                       # 'case'
    pattern = _patterns(p)
    guard = None
    if p.at_keyword('if'):
        p.advance()
        guard = p.namedexpr_test()
    if not p.at_op(':'):
        if p.peek().kind == tk.NEWLINE:
            raise _error("expected ':'", p.peek())
        raise p.error("invalid syntax")
    body = p.block_after(tok)
    return ast.MatchCase(pattern, guard, body, tok.lineno, tok.col)


# ---------------------------------------------------------------- patterns

def _patterns(p):
    """patterns: open_sequence_pattern | pattern"""
    tok = p.peek()
    first = _maybe_star_pattern(p)
    if not p.at_op(','):
        if isinstance(first, ast.MatchStar):
            raise p.error("invalid syntax")
        return first
    items = [first]
    while p.at_op(','):
        p.advance()
        if p.at_op(':') or p.at_keyword('if'):
            break
        items.append(_maybe_star_pattern(p))
    return ast.MatchSequence(items, tok.lineno, tok.col)


def _maybe_star_pattern(p):
    tok = p.peek()
    if p.at_op('*'):
        p.advance()
        t = p.peek()
        if t.kind == tk.NAME and t.value == '_':
            p.advance()
            return ast.MatchStar('', tok.lineno, tok.col)
        name = _capture_target(p)
        return ast.MatchStar(name, tok.lineno, tok.col)
    return _pattern(p)


def _capture_target(p):
    """pattern_capture_target: !"_" NAME !('.' | '(' | '=')"""
    t = p.peek()
    if t.kind != tk.NAME or _is_keyword(t.value) or t.value == '_':
        raise p.error("invalid syntax")
    p.advance()
    if p.at_op('.') or p.at_op('(') or p.at_op('='):
        raise p.error("invalid syntax")
    return t.value


def _pattern(p):
    """pattern: or_pattern 'as' pattern_capture_target | or_pattern"""
    tok = p.peek()
    pat = _or_pattern(p)
    if not p.at_keyword('as'):
        return pat
    p.advance()
    t = p.peek()
    if t.kind == tk.NAME and t.value == '_':
        raise _error("cannot use '_' as a target", t)
    if t.kind != tk.NAME or _is_keyword(t.value):
        if not (t.kind == tk.NEWLINE or t.kind == tk.ENDMARKER or
                (t.kind == tk.OP and t.value in (':', ')', ']', '}', ','))):
            raise _error("invalid pattern target", t)
        raise p.error("invalid syntax")
    name = _capture_target(p)
    return ast.MatchAs(pat, name, tok.lineno, tok.col)


def _or_pattern(p):
    tok = p.peek()
    first = _closed_pattern(p)
    if not p.at_op('|'):
        return first
    alts = [first]
    while p.at_op('|'):
        p.advance()
        alts.append(_closed_pattern(p))
    return ast.MatchOr(alts, tok.lineno, tok.col)


def _closed_pattern(p):
    tok = p.peek()
    if tok.kind == tk.NUMBER or (tok.kind == tk.OP and tok.value == '-'):
        return ast.MatchValue(_number_expr(p), tok.lineno, tok.col)
    if tok.kind == tk.STRING:
        return ast.MatchValue(_strings(p), tok.lineno, tok.col)
    if tok.kind == tk.NAME:
        v = tok.value
        if v == 'None' or v == 'True' or v == 'False':
            p.advance()
            return ast.MatchSingleton(_singleton(v), tok.lineno, tok.col)
        if _is_keyword(v):
            raise p.error("invalid syntax")
        node = _name_or_attr(p)
        if p.at_op('('):
            return _class_pattern(p, node, tok)
        if p.at_op('=') or p.at_op('.'):
            raise p.error("invalid syntax")
        if isinstance(node, ast.Attribute):
            return ast.MatchValue(node, tok.lineno, tok.col)
        if v == '_':
            return ast.MatchAs(None, '', tok.lineno, tok.col)
        return ast.MatchAs(None, v, tok.lineno, tok.col)
    if tok.kind == tk.OP:
        if tok.value == '(':
            return _paren_pattern(p)
        if tok.value == '[':
            p.advance()
            items = _sequence_items(p, ']')
            p.expect_op(']')
            return ast.MatchSequence(items, tok.lineno, tok.col)
        if tok.value == '{':
            return _mapping_pattern(p)
    raise p.error("invalid syntax")


def _singleton(v):
    if v == 'None':
        return space.w_None
    if v == 'True':
        return space.w_True
    return space.w_False


def _name_or_attr(p):
    tok = p.advance()
    node = ast.Name(tok.value, tok.lineno, tok.col)
    while p.at_op('.'):
        p.advance()
        t = p.peek()
        if t.kind != tk.NAME or _is_keyword(t.value):
            raise p.error("invalid syntax")
        p.advance()
        node = ast.Attribute(node, t.value, tok.lineno, tok.col)
    return node


def _paren_pattern(p):
    """group_pattern '(' pattern ')' or sequence '(' open_sequence? ')'"""
    tok = p.advance()                       # '('
    if p.at_op(')'):
        p.advance()
        return ast.MatchSequence([], tok.lineno, tok.col)
    first = _maybe_star_pattern(p)
    if p.at_op(')'):
        if isinstance(first, ast.MatchStar):
            raise p.error("invalid syntax")
        p.advance()
        return first
    if not p.at_op(','):
        raise p.error("invalid syntax")
    items = [first]
    while p.at_op(','):
        p.advance()
        if p.at_op(')'):
            break
        items.append(_maybe_star_pattern(p))
    p.expect_op(')')
    return ast.MatchSequence(items, tok.lineno, tok.col)


def _sequence_items(p, closer):
    """maybe_sequence_pattern: ','.maybe_star_pattern+ ','?"""
    items = []
    while not p.at_op(closer):
        items.append(_maybe_star_pattern(p))
        if not p.at_op(','):
            break
        p.advance()
    return items


def _number_expr(p):
    """signed_number !('+' | '-') | complex_number: a Constant."""
    tok = p.peek()
    negative = False
    if p.at_op('-'):
        p.advance()
        negative = True
    num = p.peek()
    if num.kind != tk.NUMBER:
        raise p.error("invalid syntax")
    p.advance()
    if p.at_op('+') or p.at_op('-'):
        if _is_imaginary(num.value):
            raise _error("real number required in complex literal", num)
        op_tok = p.advance()
        imag = p.peek()
        if imag.kind != tk.NUMBER:
            raise p.error("invalid syntax")
        if not _is_imaginary(imag.value):
            raise _error("imaginary number required in complex literal",
                         imag)
        p.advance()
        w_real = _number_constant(num, negative, tok).w_value
        w_imag = _number_value(imag)
        op = space.OP_ADD if op_tok.value == '+' else space.OP_SUB
        # Folded, as CPython's AST optimizer does.
        return ast.Constant(space.binary_op(op, w_real, w_imag), tok.lineno,
                            tok.col)
    return _number_constant(num, negative, tok)


def _is_imaginary(text):
    return len(text) > 0 and (text[-1] == 'j' or text[-1] == 'J')


def _number_value(num):
    try:
        return parse_number(num.value)
    except LiteralError as e:
        raise _error(e.msg, num)


def _number_constant(num, negative, tok):
    w_value = _number_value(num)
    if negative:
        w_value = space.unary_neg(w_value)
    return ast.Constant(w_value, tok.lineno, tok.col)


def _strings(p):
    tok = p.peek()
    pieces = []
    while p.peek().kind == tk.STRING:
        pieces.append(p.advance())
    for piece in pieces:
        if _has_f_prefix(piece.value):
            raise _error("patterns may only match literals and attribute "
                         "lookups", tok)
    try:
        w_value = parse_strings(pieces)
    except LiteralError as e:
        raise _error(e.msg, tok)
    return ast.Constant(w_value, tok.lineno, tok.col)


def _class_pattern(p, cls, tok):
    p.advance()                             # '('
    patterns = []
    kwd_attrs = []
    kwd_patterns = []
    while not p.at_op(')'):
        t = p.peek()
        nxt = p.peek_at(1)
        if t.kind == tk.NAME and not _is_keyword(t.value) and \
                nxt.kind == tk.OP and nxt.value == '=':
            p.advance()
            p.advance()
            kwd_attrs.append(t.value)
            kwd_patterns.append(_pattern(p))
        else:
            pat = _pattern(p)
            if len(kwd_attrs) > 0:
                from fastpy.parser.parser import node_error
                raise node_error("positional patterns follow keyword "
                                 "patterns", pat)
            patterns.append(pat)
        if not p.at_op(','):
            break
        p.advance()
    p.expect_op(')')
    return ast.MatchClass(cls, patterns, kwd_attrs, kwd_patterns,
                          tok.lineno, tok.col)


def _mapping_pattern(p):
    tok = p.advance()                       # '{'
    keys = []
    patterns = []
    rest = ''
    while not p.at_op('}'):
        if p.at_op('**'):
            p.advance()
            rest = _capture_target(p)
            if p.at_op(','):
                p.advance()
            if not p.at_op('}'):
                raise p.error("invalid syntax")
            break
        keys.append(_mapping_key(p))
        if not p.at_op(':'):
            raise p.error("invalid syntax")
        p.advance()
        patterns.append(_pattern(p))
        if not p.at_op(','):
            break
        p.advance()
    p.expect_op('}')
    return ast.MatchMapping(keys, patterns, rest, tok.lineno, tok.col)


def _mapping_key(p):
    """key_value_pattern's key: literal_expr | attr"""
    tok = p.peek()
    if tok.kind == tk.NUMBER or (tok.kind == tk.OP and tok.value == '-'):
        return _number_expr(p)
    if tok.kind == tk.STRING:
        return _strings(p)
    if tok.kind == tk.NAME:
        v = tok.value
        if v == 'None' or v == 'True' or v == 'False':
            p.advance()
            return ast.Constant(_singleton(v), tok.lineno, tok.col)
        if _is_keyword(v):
            raise p.error("invalid syntax")
        node = _name_or_attr(p)
        if not isinstance(node, ast.Attribute):
            raise p.error("invalid syntax")
        return node
    raise p.error("invalid syntax")
