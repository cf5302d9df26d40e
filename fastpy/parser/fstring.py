"""f-strings, as CPython 3.11's Parser/string_parser.c does them: the
tokenizer yields an f-string as one STRING token; here its body is split
into literal text ({{ and }} undoubled, escapes decoded unless raw) and
replacement fields {expr!c:spec} / {expr=}, and each expression is parsed
from "(" + text + ")" by a nested Parser.  Errors carry CPython's
messages; errors inside an expression get the "f-string: " prefix.

Adjacent string literals, f or not, make one JoinedStr; without any field
the result is a plain str Constant.
"""

from fastpy.parser import ast
from fastpy.parser import errorpos
from fastpy.parser import tokenizer as tk
from fastpy.parser import syntaxwarn
from fastpy.objspace.strobject import W_StrObject

MAXLEVEL = 200       # CPython's limit of nested brackets in an expression
CONV_NONE = -1


def has_f_prefix(text):
    for c in text:
        if c == '"' or c == "'":
            return False
        if c == 'f' or c == 'F':
            return True
    return False


def any_fstring(tokens):
    for tok in tokens:
        if has_f_prefix(tok.value):
            return True
    return False


class FStringError(Exception):
    """A SyntaxError inside an f-string.  error: the ParseError of an
    expression's own parser, located as CPython locates it (see
    parse_expression); without it the parser reports msg at the token
    after the strings (CPython's RAISE_SYNTAX_ERROR there)."""
    def __init__(self, msg, error=None):
        self.msg = msg
        self.error = error


def literal_index(pieces, e):
    """The index among pieces of the literal that raised
    tk.StringLiteralError e (parse_strings records it)."""
    return e.index


class _Pieces(object):
    """A JoinedStr's values under construction: literal text is
    collected and flushed as one Constant before each field."""

    def __init__(self, lineno, col):
        self.values = []
        self.buf = []
        self.has_field = False
        self.lineno = lineno
        self.col = col

    def add_text(self, u):
        if len(u) > 0:
            self.buf.append(u)

    def flush(self):
        if len(self.buf) > 0:
            u = u''.join(self.buf)
            self.buf = []
            self.values.append(ast.Constant(W_StrObject(u), self.lineno,
                                            self.col))

    def add_field(self, node):
        self.flush()
        self.values.append(node)
        self.has_field = True

    def text(self):
        return u''.join(self.buf)


def parse_strings(tokens):
    """The node for adjacent STRING tokens of which some are f-strings.
    Raises FStringError or tk.StringLiteralError."""
    first = tokens[0]
    pieces = _Pieces(first.lineno, first.col)
    for index in range(len(tokens)):
        tok = tokens[index]
        text = tok.value
        if not has_f_prefix(text):
            try:
                is_bytes, u = tk.parse_string_literal(text)
            except tk.StringLiteralError as e:
                e.index = index
                raise
            syntaxwarn.warn_escape(tk.take_escape_warning(), tok)
            if is_bytes:
                raise FStringError("cannot mix bytes and nonbytes literals")
            pieces.add_text(u)
            continue
        i = 0
        raw = False
        while text[i] != '"' and text[i] != "'":
            if text[i] == 'r' or text[i] == 'R':
                raw = True
            i += 1
        quote = text[i]
        if len(text) - i >= 6 and text[i + 1] == quote and \
                text[i + 2] == quote:
            start = i + 3
            stop = len(text) - 3
        else:
            start = i + 1
            stop = len(text) - 1
        assert stop >= start >= 0
        p = _FStringParser(text, start, stop, raw, tok)
        p.parse(0, pieces)
    last = tokens[len(tokens) - 1]
    ast.cursor.end_lineno = last.end_lineno     # the fields' parsers moved it
    ast.cursor.end_col = last.end_col
    if not pieces.has_field:
        node = ast.FStringConstant(W_StrObject(pieces.text()), first.lineno,
                                   first.col)
        node.set_end(last.end_lineno, last.end_col)
        return node
    pieces.flush()
    node = ast.JoinedStr(pieces.values, first.lineno, first.col)
    node.set_end(last.end_lineno, last.end_col)
    _span_parts(node, first, last)
    return node


def _span_parts(joined, first, last, is_spec=False):
    """CPython 3.11 gives the parts of an f-string (and of its format
    specs) the span of the whole string; a format spec itself, and the
    text ending it, have the span of the string token it is in."""
    n = len(joined.values)
    for i in range(n):
        value = joined.values[i]
        if is_spec and i == n - 1 and isinstance(value, ast.Constant):
            value.lineno = joined.lineno
            value.col = joined.col
            value.set_end(joined.end_lineno, joined.end_col)
            continue
        value.lineno = first.lineno
        value.col = first.col
        value.set_end(last.end_lineno, last.end_col)
        if isinstance(value, ast.FormattedValue) and \
                isinstance(value.format_spec, ast.JoinedStr):
            _span_parts(value.format_spec, first, last, True)


class _FStringParser(object):

    def __init__(self, text, start, end, raw, tok):
        self.text = text        # the whole token, utf-8
        self.pos = start
        self.end = end
        self.raw = raw
        self.tok = tok

    def decode(self, start, stop):
        assert 0 <= start <= stop
        s = self.text[start:stop]
        if self.raw:
            return tk._decode_utf8(s)
        tk.take_escape_warning()
        u = tk._decode_str_escapes(s)
        syntaxwarn.warn_escape(tk.take_escape_warning(), self.tok)
        return u

    def parse(self, recurse_lvl, pieces):
        """fstring_parse: literals and fields up to the end of the body
        (level 0) or up to the '}' ending a format spec (level 1)."""
        while True:
            doubled = self.find_literal(recurse_lvl, pieces)
            if doubled:
                continue
            if self.pos >= self.end or self.text[self.pos] == '}':
                break
            self.find_expr(recurse_lvl, pieces)
        if recurse_lvl != 0 and (self.pos >= self.end or
                                 self.text[self.pos] != '}'):
            raise FStringError("f-string: expecting '}'")

    def find_literal(self, recurse_lvl, pieces):
        """Literal text up to a '{' or '}'; True if it ended at a doubled
        brace (one brace is part of the literal, the other skipped)."""
        text = self.text
        s = self.pos
        start = s
        end = self.end
        doubled = False
        while s < end:
            ch = text[s]
            s += 1
            if not self.raw and ch == '\\' and s < end:
                ch = text[s]
                s += 1
                if ch == 'N':
                    if s < end and text[s] == '{':
                        s += 1
                        while s < end:
                            c2 = text[s]
                            s += 1
                            if c2 == '}':
                                break
                        continue
                    if s < end:
                        s += 1
                    continue
                if ch == '{':
                    # the backslash stays in the literal
                    syntaxwarn.warn_escape("invalid escape sequence '\\{'",
                                           self.tok)
            if ch == '{' or ch == '}':
                if recurse_lvl == 0:
                    if s < end and text[s] == ch:
                        pieces.add_text(self.decode(start, s))
                        self.pos = s + 1
                        return True
                    if ch == '}':
                        self.pos = s - 1
                        raise FStringError(
                            "f-string: single '}' is not allowed")
                s -= 1
                break
        self.pos = s
        if s > start:
            pieces.add_text(self.decode(start, s))
        return False

    def find_expr(self, recurse_lvl, pieces):
        text = self.text
        end = self.end
        if recurse_lvl >= 2:
            raise FStringError("f-string: expressions nested too deeply")
        assert text[self.pos] == '{'
        self.pos += 1
        expr_start = self.pos
        quote_char = '\0'
        string_type = 0
        parenstack = []
        s = self.pos
        while s < end:
            ch = text[s]
            if ch == '\\':
                raise FStringError("f-string expression part cannot include "
                                   "a backslash")
            if quote_char != '\0':
                if ch == quote_char:
                    if string_type == 3:
                        if s + 2 < end and text[s + 1] == ch and \
                                text[s + 2] == ch:
                            s += 3
                            string_type = 0
                            quote_char = '\0'
                            continue
                    else:
                        string_type = 0
                        quote_char = '\0'
                        s += 1
                        continue
                s += 1
                continue
            if ch == "'" or ch == '"':
                if s + 2 < end and text[s + 1] == ch and text[s + 2] == ch:
                    string_type = 3
                    s += 2
                else:
                    string_type = 1
                quote_char = ch
            elif ch == '[' or ch == '{' or ch == '(':
                if len(parenstack) >= MAXLEVEL:
                    raise FStringError("f-string: too many nested "
                                       "parenthesis")
                parenstack.append(ch)
            elif ch == '#':
                raise FStringError("f-string expression part cannot "
                                   "include '#'")
            elif len(parenstack) == 0 and (ch == '!' or ch == ':' or
                                           ch == '}' or ch == '=' or
                                           ch == '>' or ch == '<'):
                if s + 1 < end:
                    nxt = text[s + 1]
                    if nxt == '=' and (ch == '!' or ch == '=' or
                                       ch == '<' or ch == '>'):
                        s += 2
                        continue
                if ch == '>' or ch == '<':
                    s += 1
                    continue
                break
            elif ch == ']' or ch == '}' or ch == ')':
                if len(parenstack) == 0:
                    raise FStringError("f-string: unmatched '%s'" % ch)
                opening = parenstack.pop()
                if not ((opening == '(' and ch == ')') or
                        (opening == '[' and ch == ']') or
                        (opening == '{' and ch == '}')):
                    raise FStringError(
                        "f-string: closing parenthesis '%s' does not match "
                        "opening parenthesis '%s'" % (ch, opening))
            s += 1
        expr_end = s
        self.pos = s
        if quote_char != '\0':
            raise FStringError("f-string: unterminated string")
        if len(parenstack) > 0:
            raise FStringError("f-string: unmatched '%s'" % parenstack[-1])
        if s >= end:
            raise FStringError("f-string: expecting '}'")
        node = self.compile_expr(expr_start, expr_end)
        # {expr=}: the text (with the whitespace after '=') goes first
        expr_text = False
        if text[s] == '=':
            s += 1
            while s < end and (text[s] == ' ' or text[s] == '\t' or
                               text[s] == '\n' or text[s] == '\f' or
                               text[s] == '\r' or text[s] == '\v'):
                s += 1
            if s >= end:
                raise FStringError("f-string: expecting '}'")
            assert expr_start >= 0 and s >= expr_start
            pieces.add_text(tk._decode_utf8(text[expr_start:s]))
            expr_text = True
        conversion = CONV_NONE
        if text[s] == '!':
            s += 1
            if s >= end:
                raise FStringError("f-string: expecting '}'")
            conversion = ord(text[s])
            s += 1
            if not (conversion == ord('s') or conversion == ord('r') or
                    conversion == ord('a')):
                raise FStringError("f-string: invalid conversion character: "
                                   "expected 's', 'r', or 'a'")
        spec = None
        if s < end and text[s] == ':':
            s += 1
            if s >= end:
                raise FStringError("f-string: expecting '}'")
            self.pos = s
            spec_pieces = _Pieces(self.tok.lineno, self.tok.col)
            self.parse(recurse_lvl + 1, spec_pieces)
            spec_pieces.flush()
            spec = ast.JoinedStr(spec_pieces.values, self.tok.lineno,
                                 self.tok.col)
            spec.set_end(self.tok.end_lineno, self.tok.end_col)
            s = self.pos
        if s >= end or text[s] != '}':
            raise FStringError("f-string: expecting '}'")
        self.pos = s + 1
        if expr_text and spec is None and conversion == CONV_NONE:
            conversion = ord('r')
        pieces.add_field(ast.FormattedValue(node, conversion, spec,
                                            node.lineno, node.col))

    def compile_expr(self, start, stop):
        text = self.text
        s = start
        while s < stop:
            c = text[s]
            if not (c == ' ' or c == '\t' or c == '\n' or c == '\f'):
                break
            s += 1
        if s == stop:
            c = text[stop]
            if c == '!' or c == ':' or c == '=':
                raise FStringError("f-string: expression required before "
                                   "'%s'" % c)
            raise FStringError("f-string: empty expression not allowed")
        assert start >= 0 and stop >= start
        # line and column of the expression's first char in the source
        line_shift = 0
        col = self.tok.col
        for k in range(start):
            if text[k] == '\n':
                line_shift += 1
                col = 0
            else:
                col += 1
        return parse_expression('(' + text[start:stop] + ')',
                                self.tok.lineno + line_shift, col - 1,
                                self.starting_col(start - 1))

    def starting_col(self, brace):
        """fstring_find_expr_location: CPython's column shift of the
        expression's parser (starting_col_offset): the column of the '{'
        at text[brace], counted from the string token's start on its
        first line; none when only blanks follow the brace on its line."""
        text = self.text
        k = brace + 1
        newline_after_brace = True
        while k < len(text) and text[k] != '}' and text[k] != '\n':
            if text[k] != ' ' and text[k] != '\t' and text[k] != '\x0c':
                newline_after_brace = False
                break
            k += 1
        if newline_after_brace:
            return self.tok.col
        k = brace
        while k > 0 and text[k] != '\n':
            k -= 1
        cols = brace - k
        if text[k] == '\n':
            cols -= 1
        return self.tok.col + cols


def parse_expression(source, lineno, col, starting_col):
    """Parse "(expr)" as a nested parser would, the tokens moved to the
    f-string's position in the file (col: the column of the '{' on the
    first line).  Its errors are CPython's (fstring_compile_expr): the
    parser's get "f-string: " and columns relative to the nested text on
    its first line, less starting_col on the others; the tokenizer's
    count characters of the nested line; the text is the nested line."""
    from fastpy.parser.parser import Parser, ParseError, token_parse_error
    try:
        raw_tokens = tk.tokenize(source)
    except tk.TokenError as e:
        pe = token_parse_error(e)
        if pe.units == errorpos.UNITS_CHARS:
            pe.lineno += lineno - 1
            pe.end_lineno += lineno - 1
            pe.text = errorpos.line_of(source, e.lineno, False)
            raise FStringError(pe.msg, pe)
        pe.lineno += lineno - 1
        pe.end_lineno += lineno - 1
        raise FStringError(pe.msg, _nested_error(pe, source, lineno, 0,
                                                 starting_col, pe.lineno))
    tokens = []
    for t in raw_tokens:
        tcol = t.col
        tend_col = t.end_col
        if t.lineno == 1:
            tcol += col
        if t.end_lineno == 1:
            tend_col += col
        tokens.append(tk.Token(t.kind, t.value, t.lineno + lineno - 1, tcol,
                               t.end_lineno + lineno - 1, tend_col, t.level))
    parser = Parser(tokens)
    try:
        node = parser.atom()
        tok = parser.peek()
        if tok.kind != tk.NEWLINE and tok.kind != tk.ENDMARKER:
            raise parser.error("invalid syntax")
    except ParseError as e:
        if e.text is not None:
            raise FStringError(e.msg, e)    # from a nested f-string
        reached = tokens[parser.looked_ahead_to()].end_lineno
        raise FStringError(e.msg, _nested_error(e, source, lineno, col,
                                                starting_col, reached))
    return node


def _nested_error(e, source, lineno, col, starting_col, reached):
    """The ParseError e of an expression's parser (its tokens moved by
    col on their first line, lineno - 1 lines), located as CPython's."""
    from fastpy.parser.parser import ParseError
    start = _nested_col(e.lineno, e.col, lineno, col, starting_col)
    end_col = e.end_col
    if end_col >= 0:
        end_col = _nested_col(e.end_lineno, end_col, lineno, col,
                              starting_col)
    pe = ParseError("f-string: " + e.msg, e.lineno, start, e.is_indentation,
                    e.is_tab, e.end_lineno, end_col)
    pe.units = errorpos.UNITS_BYTES
    # the nested source ends with a newline (exec input)
    pe.text = errorpos.line_of(source + '\n', e.lineno - lineno + 1,
                               reached <= e.lineno)
    return pe


def _nested_col(line, c, lineno, col, starting_col):
    if line == lineno:
        return c - col
    return c - starting_col
