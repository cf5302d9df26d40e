"""Tokenizer: UTF-8 source bytes -> list of Token, like CPython 3.11's.

The code follows CPython's C tokenizer (Parser/tokenizer.c) step by step,
so that the tokens, the error messages and the error positions agree
with it.  String literal *values* are computed separately, by
parse_string_literal() at the end of this module.

Positions: lineno is 1-based and col a 0-based byte offset into the line.
They are chosen so that when CPython reports a SyntaxError *at* a token,
its offset is col + 1 (counted in characters: convert col on lines with
non-ASCII text).  Hence some positions look odd:
  - a NEWLINE starts at the comment ending the line, if there is one;
  - INDENT and DEDENT sit one column left of the first token of their
    line (col may be -1);
  - the DEDENTs and the ENDMARKER at the end of input sit at the end of
    the last line.
"""

from rpython.rlib import rstring
from rpython.rlib.rstring import UnicodeBuilder
from fastpy.unicodedb import db as unicodedb
from fastpy.objspace.hexdigit import hex_value
from fastpy.parser import syntaxwarn
from fastpy.parser import errorpos

NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER = range(8)
# Stands where the tokenizer failed (parser.parse): the parser reaching
# it reports the tokenizer's error.
ERRORTOKEN = 8
KIND_NAMES = ['NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT',
              'DEDENT', 'ENDMARKER', 'ERRORTOKEN']

OPERATORS_3 = ['**=', '//=', '>>=', '<<=', '...']
OPERATORS_2 = ['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=',
               ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=']
OPERATORS_1 = '()[]{},:;.+-*/%@<>&|^~='

TABSIZE = 8         # a tab advances the indentation to a multiple of 8
MAXINDENT = 100     # CPython's limits
MAXLEVEL = 200
EOF = '\x00'        # returned past the end (NUL bytes never get that far)


class Token(object):
    _immutable_fields_ = ['kind', 'value', 'lineno', 'col', 'end_lineno',
                          'end_col', 'level']

    def __init__(self, kind, value, lineno, col, end_lineno, end_col,
                 level=0):
        self.kind = kind
        self.value = value
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col
        self.level = level      # brackets open after it (CPython's level)

    def __repr__(self):
        return 'Token(%s, %r, %d, %d)' % (KIND_NAMES[self.kind], self.value,
                                          self.lineno, self.col)


class TokenError(Exception):
    """A SyntaxError found by the tokenizer, with CPython's message.

    CPython's offset is col + 1.  is_indentation: an IndentationError;
    is_tab: more precisely a TabError.  CPython only reports some errors
    when its parser actually asks for the bad token (only_when_reached);
    the others also replace a plain "invalid syntax" the parser found
    earlier.  tokenize() stores the tokens before the error in `tokens`,
    so that the parser can look for an earlier error in them first.

    The SyntaxError's other fields (errorpos.py): the end (end_col -1 and
    -2 are CPython's end_offset 0 and -1), units, and tok_lineno for the
    errors CPython's parser reports from the tokenizer's state
    (parser_error: its text keeps the newline while on the line).
    """

    def __init__(self, msg, lineno, col, is_indentation=False, is_tab=False,
                 only_when_reached=False, is_unclosed=False):
        self.msg = msg
        self.is_unclosed = is_unclosed      # a bracket open at the end
        self.lineno = lineno
        self.col = col
        self.end_lineno = lineno
        self.end_col = col
        # the tokenizer's syntaxerror(): characters, no newline in text
        self.units = errorpos.UNITS_CHARS
        self.tok_lineno = lineno + 1
        self.is_indentation = is_indentation
        self.is_tab = is_tab
        self.only_when_reached = only_when_reached
        self.tokens = None
        self.at_end = False     # the error is the end of the source


def parser_error(msg, lineno, col, end_col, tok_lineno, is_indentation=False,
                 is_tab=False, only_when_reached=False, is_unclosed=False):
    """A tokenizer error that CPython's parser reports (pegen_errors.c,
    _Pypegen_tokenizer_error and raise_unclosed_parentheses_error):
    offsets in the parser's units, text up to the tokenizer's line."""
    e = TokenError(msg, lineno, col, is_indentation, is_tab,
                   only_when_reached, is_unclosed)
    e.end_col = end_col
    e.units = errorpos.UNITS_PARSER
    e.tok_lineno = tok_lineno
    return e


class StringLiteralError(Exception):
    """A bad string literal.  CPython reports most at the token after
    the string(s); at_token: at the literal's own token."""

    def __init__(self, msg, at_token=False):
        self.msg = msg
        self.at_token = at_token
        self.index = -1     # which of adjacent literals (fstring.py)


def _utf8_decode_error(s, start, stop):
    """CPython's PyUnicode_DecodeUTF8 of s[start:stop]: the
    StringLiteralError of its first invalid sequence, or None."""
    assert start >= 0 and stop >= start
    part = s[start:stop]
    bad, end, reason = errorpos.first_utf8_error(part)
    if bad < 0:
        return None
    return StringLiteralError("(unicode error) " + errorpos.utf8_error_message(
        part, bad, end, reason))


def tokenize(source):
    """The tokens of a module given as UTF-8 bytes, ending with ENDMARKER."""
    tokens, _ = tokenize_with_end(source)
    return tokens


def tokenize_with_end(source, single_input=False):
    """tokenize(), and the index of the first token made when the
    tokenizer reached the end of the source (CPython's E_EOF, which
    decides what compile() calls incomplete input)."""
    t = Tokenizer(source, single_input)
    try:
        tokens = t.tokenize()
    except TokenError as e:
        e.tokens = t.tokens
        e.at_end = (e.is_unclosed or e.msg.startswith(
            "unterminated triple-quoted") or
            e.msg == "unexpected EOF while parsing" or (
                t.added_newline and
                e.msg.startswith("unterminated string literal")))
        raise
    return tokens, t.eof_index


# ------------------------------------------------------- character classes

def is_name_start(c):
    # Any non-ASCII byte may start a name; verify_identifier() checks it.
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or ord(c) >= 128


def is_name_char(c):
    return is_name_start(c) or ('0' <= c <= '9')


def is_digit(c):
    return '0' <= c <= '9'


def is_hex_digit(c):
    return is_digit(c) or ('a' <= c <= 'f') or ('A' <= c <= 'F')


def _normalize(source):
    """Drop a BOM, turn \\r\\n and \\r into \\n, and end the last line with
    \\n, as CPython does before tokenizing."""
    if source.startswith('\xef\xbb\xbf'):
        source = source[3:]
    if '\r' in source:
        source = rstring.replace(source, '\r\n', '\n')
        source = rstring.replace(source, '\r', '\n')
    if len(source) > 0 and source[len(source) - 1] != '\n':
        source += '\n'
    return source


def _line_of_nul(source):
    i = source.find('\x00')
    if i < 0:
        return -1
    assert i >= 0
    return source.count('\n', 0, i) + 1


class Tokenizer(object):

    def __init__(self, source, single_input=False):
        self.src = _normalize(source)
        # compile(..., 'single'): CPython adds no newline to the source,
        # so a backslash that ends it is followed by nothing.
        self.single_input = single_input
        # the source had no final newline: the tokenizer reaches the end
        # when it makes the last NEWLINE (parser.py, incomplete input)
        self.added_newline = len(source) > 0 and \
            source[len(source) - 1] != '\n'
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.last_line_start = 0    # start of the line before line_start
        self.tokens = []
        self.indents = [0]      # indentation columns of the open blocks
        self.altindents = [0]   # the same with tabs as 1 column
        self.parens = []        # (char, lineno, col) of each open bracket
        self.nul_line = _line_of_nul(self.src)
        self.eof_index = -1     # the first token made at the end of input

    # --------------------------------------------------------- helpers

    def peek(self):
        if self.pos < len(self.src):
            return self.src[self.pos]
        return EOF

    def nextc(self):
        """The next char, consumed (at the end: EOF, nothing consumed)."""
        if self.pos < len(self.src):
            c = self.src[self.pos]
            self.pos += 1
            return c
        return EOF

    def backup(self, c):
        if c != EOF:
            self.pos -= 1

    def newline(self):
        """Called after consuming each '\\n'."""
        self.lineno += 1
        self.last_line_start = self.line_start
        self.line_start = self.pos
        self.check_nul()

    def check_nul(self):
        # CPython rejects the line with a NUL byte when it reads it.
        if self.lineno == self.nul_line:
            start = self.line_start
            assert start >= 0
            col = self.src.find('\x00', start) - start
            raise TokenError("source code cannot contain null bytes",
                             self.lineno, col)

    def add(self, kind, start, lineno, col):
        """A token from src[start:pos]; it ends here."""
        end = self.pos
        assert start >= 0 and end >= start
        self.tokens.append(Token(kind, self.src[start:end], lineno, col,
                                 self.lineno, end - self.line_start,
                                 len(self.parens)))

    def add_empty(self, kind, col):
        self.tokens.append(Token(kind, '', self.lineno, col, self.lineno,
                                 col))

    def error_here(self, msg):
        """An error at the char before the cursor, where CPython puts
        most of its tokenizer errors."""
        return TokenError(msg, self.lineno, self.pos - self.line_start - 1)

    def end_of_line_col(self):
        pos = self.pos
        assert pos >= 0
        return self.src.find('\n', pos) - self.line_start

    # ------------------------------------------------------ main loop

    def tokenize(self):
        self.check_nul()
        at_line_start = True
        while True:
            blank = False
            if at_line_start:
                at_line_start = False
                blank = self.indentation()
            c = self.peek()
            while c == ' ' or c == '\t' or c == '\x0c':
                self.pos += 1
                c = self.peek()
            start = self.pos
            if c == '#':
                while c != '\n' and c != EOF:
                    self.pos += 1
                    c = self.peek()
            if c == EOF:
                break
            if c == '\n':
                if not blank and not self.parens:
                    # starts at the comment, if any, as in CPython
                    self.tokens.append(Token(
                        NEWLINE, '', self.lineno, start - self.line_start,
                        self.lineno, self.pos - self.line_start))
                self.pos += 1
                self.newline()
                at_line_start = True
            elif is_name_start(c):
                self.name_or_string()
            elif is_digit(c) or (c == '.' and self.pos + 1 < len(self.src)
                                 and is_digit(self.src[self.pos + 1])):
                self.number()
            elif c == '"' or c == "'":
                self.string(start)
            elif c == '\\':
                self.continuation()
            else:
                self.operator()
        self.end_of_input()
        return self.tokens

    def end_of_input(self):
        if self.parens:
            raise self.unclosed_error()
        eof_index = len(self.tokens)
        if self.added_newline and eof_index > 0 and \
                self.tokens[eof_index - 1].kind == NEWLINE:
            eof_index -= 1
        self.eof_index = eof_index
        # The end of the last line (the source always ends with '\n').
        if len(self.src) > 0:
            self.lineno -= 1
            self.line_start = self.last_line_start
        col = len(self.src) - 1 - self.line_start
        if col < 0:
            col = 0
        while len(self.indents) > 1:
            self.indents.pop()
            self.altindents.pop()
            self.add_empty(DEDENT, col)
        self.add_empty(ENDMARKER, col)

    def unclosed_error(self):
        """At the end of the source (end_offset 0)."""
        ch, lineno, col = self.parens[-1]
        return parser_error("'%s' was never closed" % ch, lineno, col, -1,
                            self.src.count('\n'), only_when_reached=True,
                            is_unclosed=True)

    # --------------------------------------------------- indentation

    def indentation(self):
        """At the start of a line: measure its indentation and emit INDENT
        or DEDENT tokens.  Returns True for a blank or comment-only line,
        which gets no NEWLINE and leaves the indentation alone."""
        col = 0
        altcol = 0
        cont_col = 0
        while True:
            c = self.peek()
            if c == ' ':
                col += 1
                altcol += 1
            elif c == '\t':
                col = (col // TABSIZE + 1) * TABSIZE
                altcol += 1
            elif c == '\x0c':       # form feed resets, for Emacs users
                col = 0
                altcol = 0
            elif c == '\\':
                # Indentation can't be split by backslashes: the column of
                # the first one counts (unless it is 0: CPython's quirk).
                if cont_col == 0:
                    cont_col = col
                self.continuation()
                continue
            else:
                break
            self.pos += 1
        if c == '#' or c == '\n':
            return True
        if c == EOF or self.parens:
            return False
        if cont_col != 0:
            col = cont_col
            altcol = cont_col
        # INDENT and DEDENT sit one column left of the first token.
        tok_col = self.pos - self.line_start - 1
        top = len(self.indents) - 1
        if col == self.indents[top]:
            if altcol != self.altindents[top]:
                raise self.tab_error()
        elif col > self.indents[top]:
            if len(self.indents) >= MAXINDENT:
                raise parser_error("too many levels of indentation",
                                   self.lineno, 0, -1, self.lineno,
                                   is_indentation=True,
                                   only_when_reached=True)
            if altcol <= self.altindents[top]:
                raise self.tab_error()
            self.indents.append(col)
            self.altindents.append(altcol)
            self.add_empty(INDENT, tok_col)
        else:
            while top > 0 and col < self.indents[top]:
                top -= 1
            if col != self.indents[top]:
                raise parser_error("unindent does not match any outer "
                                   "indentation level", self.lineno,
                                   self.end_of_line_col(), -2, self.lineno,
                                   is_indentation=True,
                                   only_when_reached=True)
            if altcol != self.altindents[top]:
                raise self.tab_error()
            while len(self.indents) > top + 1:
                self.indents.pop()
                self.altindents.pop()
                self.add_empty(DEDENT, tok_col)
        return False

    def tab_error(self):
        return parser_error("inconsistent use of tabs and spaces in "
                            "indentation", self.lineno, 0, -1, self.lineno,
                            is_indentation=True, is_tab=True,
                            only_when_reached=True)

    def continuation(self):
        """A backslash: it must end the line, which goes on on the next."""
        col = self.pos - self.line_start + 1
        self.pos += 1
        if self.peek() != '\n':
            raise parser_error("unexpected character after line "
                               "continuation character", self.lineno, col,
                               -1, self.lineno, only_when_reached=True)
        if self.single_input and self.added_newline and \
                self.pos + 1 >= len(self.src):
            # (the newline is _normalize's: reported at the backslash)
            raise parser_error("unexpected character after line "
                               "continuation character", self.lineno,
                               col - 1, -1, self.lineno,
                               only_when_reached=True)
        self.pos += 1
        if self.pos >= len(self.src):
            if self.parens:
                raise self.unclosed_error()
            raise parser_error("unexpected EOF while parsing", self.lineno,
                               col, -2, self.lineno, only_when_reached=True)
        self.newline()

    # ---------------------------------------------------------- names

    def name_or_string(self):
        start = self.pos
        # Prefixes allowed before a string: b, r, u, f in the combinations
        # CPython accepts (case-insensitive; no "ur", no "bu"...).
        saw_b = saw_r = saw_u = saw_f = False
        while True:
            c = self.peek()
            if not (saw_b or saw_u or saw_f) and (c == 'b' or c == 'B'):
                saw_b = True
            elif not (saw_b or saw_u or saw_r or saw_f) and (c == 'u' or
                                                               c == 'U'):
                saw_u = True
            elif not (saw_r or saw_u) and (c == 'r' or c == 'R'):
                saw_r = True
            elif not (saw_f or saw_b or saw_u) and (c == 'f' or c == 'F'):
                saw_f = True
            else:
                break
            self.pos += 1
            c = self.peek()
            if c == '"' or c == "'":
                self.string(start)
                return
        nonascii = False
        c = self.peek()
        while is_name_char(c):
            if ord(c) >= 128:
                nonascii = True
            self.pos += 1
            c = self.peek()
        if nonascii:
            self.verify_identifier(start, self.pos)
        self.add(NAME, start, self.lineno, start - self.line_start)

    def verify_identifier(self, start, end):
        """A name with non-ASCII letters: XID_Start XID_Continue*."""
        assert start >= 0 and end >= start
        part = self.src[start:end]
        bad, bad_end, reason = errorpos.first_utf8_error(part)
        if bad >= 0:
            # E_DECODE: the parser's "(unicode error)" at the name, its
            # error token having no end
            col = start - self.line_start
            raise parser_error("(unicode error) " +
                               errorpos.utf8_error_message(part, bad, bad_end,
                                                           reason),
                               self.lineno, col, -2, self.lineno)
        i = start
        while i < end:
            code, size = utf8_char(self.src, i)
            if i == start:
                ok = code == 0x5F or unicodedb.isxidstart(code)
            else:
                ok = unicodedb.isxidcontinue(code)
            if not ok:
                assert i >= 0 and size > 0
                char = self.src[i:i + size]
                raise self.invalid_character(code, char, i - self.line_start)
            i += size

    def invalid_character(self, code, char, col):
        if unicodedb.isprintable(code):
            msg = "invalid character '%s' (U+%s)" % (char, hex_upper(code))
        else:
            msg = "invalid non-printable character U+%s" % hex_upper(code)
        return TokenError(msg, self.lineno, col)

    # -------------------------------------------------------- numbers

    def number(self):
        start = self.pos
        col = start - self.line_start
        c = self.nextc()
        if c == '.':
            self.decimal_rest(self.nextc(), True)
        elif c == '0':
            c = self.nextc()
            if c == 'x' or c == 'X':
                self.hex_number()
            elif c == 'o' or c == 'O':
                self.octal_or_binary_number('8', 'octal')
            elif c == 'b' or c == 'B':
                self.octal_or_binary_number('2', 'binary')
            else:
                self.zero_number(c, col)
        else:
            c = self.decimal_tail()
            if c == '.':
                self.decimal_rest(self.nextc(), True)
            else:
                self.decimal_rest(c, False)
        self.add(NUMBER, start, self.lineno, col)

    def decimal_tail(self):
        """Digits with single underscores between them, after a first
        digit; returns the first char after them (consumed)."""
        while True:
            c = self.nextc()
            while is_digit(c):
                c = self.nextc()
            if c != '_':
                return c
            c = self.nextc()
            if not is_digit(c):
                self.backup(c)
                raise self.error_here("invalid decimal literal")

    def decimal_rest(self, c, after_dot):
        """The fraction, exponent and 'j' of a decimal number; c is the
        char after the integer part or after the dot, consumed."""
        if after_dot and is_digit(c):
            c = self.decimal_tail()
        if c == 'e' or c == 'E':
            e = c
            c = self.nextc()
            if c == '+' or c == '-':
                c = self.nextc()
                if not is_digit(c):
                    self.backup(c)
                    raise self.error_here("invalid decimal literal")
            elif not is_digit(c):
                # "1else": the number ends before the 'e'
                self.backup(c)
                self.verify_end_of_number(e, "decimal")
                self.backup(e)
                return
            c = self.decimal_tail()
        if c == 'j' or c == 'J':
            c = self.nextc()
            self.verify_end_of_number(c, "imaginary")
        else:
            self.verify_end_of_number(c, "decimal")
        self.backup(c)

    def zero_number(self, c, col):
        """A decimal number starting with 0; c is the char after it."""
        nonzero = False
        while True:
            if c == '_':
                c = self.nextc()
                if not is_digit(c):
                    self.backup(c)
                    raise self.error_here("invalid decimal literal")
            if c != '0':
                break
            c = self.nextc()
        zeros_end = self.pos
        if is_digit(c):
            nonzero = True
            c = self.decimal_tail()
        if c == '.':
            self.decimal_rest(self.nextc(), True)
        elif c == 'e' or c == 'E' or c == 'j' or c == 'J':
            self.decimal_rest(c, False)
        elif nonzero:
            # syntaxerror_known_range: byte columns, to the first nonzero
            # digit (included)
            e = TokenError("leading zeros in decimal integer literals are "
                           "not permitted; use an 0o prefix for octal "
                           "integers", self.lineno, col)
            e.end_col = zeros_end - self.line_start - 1
            e.units = errorpos.UNITS_BYTES
            raise e
        else:
            self.verify_end_of_number(c, "decimal")
            self.backup(c)

    def hex_number(self):
        c = self.nextc()
        while True:
            if c == '_':
                c = self.nextc()
            if not is_hex_digit(c):
                self.backup(c)
                raise self.error_here("invalid hexadecimal literal")
            c = self.nextc()
            while is_hex_digit(c):
                c = self.nextc()
            if c != '_':
                break
        self.verify_end_of_number(c, "hexadecimal")
        self.backup(c)

    def octal_or_binary_number(self, limit, kind):
        """Digits below `limit` ('8' or '2') after 0o or 0b."""
        c = self.nextc()
        while True:
            if c == '_':
                c = self.nextc()
            if not ('0' <= c < limit):
                if is_digit(c):
                    raise self.error_here("invalid digit '%s' in %s literal"
                                          % (c, kind))
                self.backup(c)
                raise self.error_here("invalid %s literal" % kind)
            c = self.nextc()
            while '0' <= c < limit:
                c = self.nextc()
            if c != '_':
                break
        if is_digit(c):
            raise self.error_here("invalid digit '%s' in %s literal" %
                                  (c, kind))
        self.verify_end_of_number(c, kind)
        self.backup(c)

    def verify_end_of_number(self, c, kind):
        """c (consumed) follows a number: it may not be a letter or digit,
        except for the keywords that can follow a number in valid code
        ("1if x else y"; CPython only warns there)."""
        if c == 'a':
            ok = self.lookahead('nd')
        elif c == 'e':
            ok = self.lookahead('lse')
        elif c == 'f':
            ok = self.lookahead('or')
        elif c == 'i':
            c2 = self.peek()
            ok = c2 == 'f' or c2 == 'n' or c2 == 's'
        elif c == 'o':
            ok = self.lookahead('r')
        elif c == 'n':
            ok = self.lookahead('ot')
        else:
            ok = False
        if ok:
            # At the digit before c, where CPython reports the error the
            # warning becomes under the 'error' filter.
            syntaxwarn.warn("invalid %s literal" % kind, self.lineno,
                            self.pos - self.line_start - 2, True)
        elif ord(c) < 128 and is_name_char(c):
            # A non-ASCII character is left to the next token: "invalid
            # character" unless it can start a name.
            self.backup(c)
            raise self.error_here("invalid %s literal" % kind)

    def lookahead(self, word):
        src = self.src
        for k in range(len(word)):
            i = self.pos + k
            if i >= len(src) or src[i] != word[k]:
                return False
        return True

    # -------------------------------------------------------- strings

    def string(self, start):
        """A string literal whose prefix starts at `start`; the cursor is
        at the opening quote."""
        lineno = self.lineno
        col = start - self.line_start
        quote = self.nextc()
        quote_size = 1
        end_quote_size = 0
        c = self.nextc()
        if c == quote:
            c = self.nextc()
            if c == quote:
                quote_size = 3
            else:
                end_quote_size = 1      # the empty string
        if c != quote:
            self.backup(c)
        while end_quote_size != quote_size:
            c = self.nextc()
            if c == EOF or (quote_size == 1 and c == '\n'):
                if c == EOF:
                    detected = self.lineno - 1  # the last line, ended
                else:
                    detected = self.lineno
                if quote_size == 3:
                    msg = ("unterminated triple-quoted string literal "
                           "(detected at line %d)" % detected)
                else:
                    msg = ("unterminated string literal (detected at line "
                           "%d)" % detected)
                raise TokenError(msg, lineno, col)
            if c == quote:
                end_quote_size += 1
            else:
                end_quote_size = 0
                if c == '\\':
                    c = self.nextc()    # the escaped char, maybe a newline
                if c == '\n':
                    self.newline()
        self.add(STRING, start, lineno, col)

    # ------------------------------------------------------ operators

    def operator(self):
        src = self.src
        start = self.pos
        assert start >= 0
        col = start - self.line_start
        c = src[start]
        three = src[start:start + 3]
        two = src[start:start + 2]
        if three in OPERATORS_3:
            op = three
        elif two in OPERATORS_2:
            op = two
        elif two == '<>':
            # CPython's tokenizer knows it, only for the "Barry as FLUFL"
            # joke; the parser rejects it.
            raise parser_error("invalid syntax", self.lineno, col, col + 2,
                               self.lineno, only_when_reached=True)
        elif c in OPERATORS_1:
            op = c
        elif ord(c) < 32 or ord(c) == 127:
            raise TokenError("invalid non-printable character U+%s" %
                             hex_upper(ord(c)), self.lineno, col)
        else:
            # '$', '?', '`' or a lone '!': CPython makes them tokens that
            # its parser rejects.
            raise parser_error("invalid syntax", self.lineno, col, col + 1,
                               self.lineno, only_when_reached=True)
        if c == '(' or c == '[' or c == '{':
            if len(self.parens) >= MAXLEVEL:
                raise TokenError("too many nested parentheses", self.lineno,
                                 col)
            self.parens.append((c, self.lineno, col))
        elif c == ')' or c == ']' or c == '}':
            if not self.parens:
                raise TokenError("unmatched '%s'" % c, self.lineno, col)
            opener, o_lineno, o_col = self.parens.pop()
            if _closer(opener) != c:
                if o_lineno != self.lineno:
                    msg = ("closing parenthesis '%s' does not match opening "
                           "parenthesis '%s' on line %d" % (c, opener,
                                                            o_lineno))
                else:
                    msg = ("closing parenthesis '%s' does not match opening "
                           "parenthesis '%s'" % (c, opener))
                raise TokenError(msg, self.lineno, col)
        self.pos = start + len(op)
        self.add(OP, start, self.lineno, col)


def _closer(opener):
    if opener == '(':
        return ')'
    if opener == '[':
        return ']'
    return '}'


def hex_upper(code):
    """'%04X' % code"""
    digits = '0123456789ABCDEF'
    out = []
    while code > 0 or len(out) < 4:
        out.append(digits[code & 15])
        code >>= 4
    out.reverse()
    return ''.join(out)


def utf8_char(s, i):
    """(code point, length) of the UTF-8 sequence at s[i].  A malformed
    sequence gives its first byte as the code point, length 1."""
    b0 = ord(s[i])
    if b0 < 0x80:
        return b0, 1
    if 0xC2 <= b0 <= 0xDF:
        need = 1
        code = b0 & 0x1F
    elif 0xE0 <= b0 <= 0xEF:
        need = 2
        code = b0 & 0x0F
    elif 0xF0 <= b0 <= 0xF4:
        need = 3
        code = b0 & 0x07
    else:
        return b0, 1
    if i + need >= len(s):
        return b0, 1
    for k in range(1, need + 1):
        b = ord(s[i + k])
        if b & 0xC0 != 0x80:
            return b0, 1
        code = (code << 6) | (b & 0x3F)
    if (need == 2 and code < 0x800) or (need == 3 and (code < 0x10000 or
                                                       code > 0x10FFFF)):
        return b0, 1
    return code, need + 1


# ------------------------------------------------------- string literals

def parse_string_literal(text):
    """(is_bytes, value) of one STRING token's text (prefix, quotes and
    all).  Bytes come back as a unicode of chars 0..255.  Bad escapes
    raise StringLiteralError with CPython's message (CPython reports it at
    the token after the string, or after the adjacent strings)."""
    i = 0
    while text[i] != '"' and text[i] != "'":
        i += 1
    is_bytes = False
    raw = False
    for k in range(i):
        c = text[k]
        if c == 'b' or c == 'B':
            is_bytes = True
        elif c == 'r' or c == 'R':
            raw = True
    quote = text[i]
    if len(text) - i >= 6 and text[i + 1] == quote and text[i + 2] == quote:
        start = i + 3
        stop = len(text) - 3
    else:
        start = i + 1
        stop = len(text) - 1
    assert stop >= start >= 0
    body = text[start:stop]
    if is_bytes:
        for ch in body:
            if ord(ch) >= 128:
                raise StringLiteralError("bytes can only contain ASCII "
                                         "literal characters", True)
        if raw:
            return True, _latin1(body)
        return True, _decode_bytes_escapes(body)
    if raw:
        err = _utf8_decode_error(body, 0, len(body))
        if err is not None:
            raise err
        return False, _decode_utf8(body)
    return False, _decode_str_escapes(body)


def _latin1(s):
    b = UnicodeBuilder(len(s))
    for ch in s:
        b.append(unichr(ord(ch)))
    return b.build()


def _decode_utf8(s):
    b = UnicodeBuilder(len(s))
    i = 0
    while i < len(s):
        code, size = utf8_char(s, i)
        b.append(unichr(code))
        i += size
    return b.build()


def _simple_escape(c):
    """The value of \\c for the one-letter escapes, or -1."""
    if c == '\\' or c == "'" or c == '"':
        return ord(c)
    if c == 'a':
        return 7
    if c == 'b':
        return 8
    if c == 'f':
        return 12
    if c == 'n':
        return 10
    if c == 'r':
        return 13
    if c == 't':
        return 9
    if c == 'v':
        return 11
    return -1


def _octal_escape(body, i, first):
    """The value of an octal escape whose first digit `first` is at i - 1,
    and the index after it (1 to 3 digits)."""
    value = ord(first) - ord('0')
    k = 0
    while k < 2 and i < len(body) and '0' <= body[i] <= '7':
        value = value * 8 + ord(body[i]) - ord('0')
        i += 1
        k += 1
    return value, i


def _decode_bytes_escapes(body):
    b = UnicodeBuilder(len(body))
    n = len(body)
    i = 0
    while i < n:
        ch = body[i]
        if ch != '\\' or i + 1 >= n:
            b.append(unichr(ord(ch)))
            i += 1
            continue
        backslash = i
        c = body[i + 1]
        i += 2
        value = _simple_escape(c)
        if value >= 0:
            b.append(unichr(value))
        elif c == '\n':
            pass                        # line continuation
        elif '0' <= c <= '7':
            value, i = _octal_escape(body, i, c)
            b.append(unichr(value & 0xFF))
        elif c == 'x':
            if i + 1 < n and hex_value(body[i]) >= 0 and \
                    hex_value(body[i + 1]) >= 0:
                b.append(unichr(hex_value(body[i]) * 16 +
                                hex_value(body[i + 1])))
                i += 2
            else:
                raise StringLiteralError("(value error) invalid \\x escape "
                                         "at position %d" % backslash)
        else:
            b.append(u'\\')             # unknown escapes stay as they are
            b.append(unichr(ord(c)))
    return b.build()


def _escaped_length(body, start, stop):
    """The length of body[start:stop] in CPython's copy of a str literal's
    body, where each non-ASCII char becomes a 10-byte \\UXXXXXXXX escape
    and a backslash before one becomes \\u005c.  Its decoder's error
    messages give positions in that copy."""
    length = 0
    i = start
    while i < stop:
        if ord(body[i]) >= 0x80:
            code, size = utf8_char(body, i)
            length += 10
            i += size
        else:
            if body[i] == '\\' and (i + 1 >= stop or ord(body[i + 1]) >= 0x80):
                length += 5
            length += 1
            i += 1
    return length


def _unicode_escape_error(start, end, reason):
    if end - start == 1:
        where = "position %d" % start
    else:
        where = "position %d-%d" % (start, end - 1)
    return StringLiteralError("(unicode error) 'unicodeescape' codec can't "
                              "decode bytes in %s: %s" % (where, reason))


def _decode_str_escapes(body):
    b = UnicodeBuilder(len(body))
    n = len(body)
    i = 0
    pos = 0     # the position of body[i] in CPython's escaped copy
    while i < n:
        ch = body[i]
        if ord(ch) >= 0x80:
            if i == 0 or ord(body[i - 1]) < 0x80:
                # decode_utf8: each run of non-ASCII bytes on its own
                run_end = i
                while run_end < n and ord(body[run_end]) >= 0x80:
                    run_end += 1
                err = _utf8_decode_error(body, i, run_end)
                if err is not None:
                    raise err
            code, size = utf8_char(body, i)
            b.append(unichr(code))
            i += size
            pos += 10
            continue
        if ch != '\\' or i + 1 >= n or ord(body[i + 1]) >= 0x80:
            # a backslash before a non-ASCII char is an unknown escape
            if ch == '\\':
                pos += 5
            b.append(unichr(ord(ch)))
            i += 1
            pos += 1
            continue
        esc = i             # where the escape starts, in body and copy
        esc_pos = pos
        c = body[i + 1]
        i += 2
        value = _simple_escape(c)
        if value >= 0:
            b.append(unichr(value))
        elif c == '\n':
            pass                        # line continuation
        elif '0' <= c <= '7':
            value, i = _octal_escape(body, i, c)
            b.append(unichr(value))
        elif c == 'x' or c == 'u' or c == 'U':
            if c == 'x':
                count = 2
                reason = "truncated \\xXX escape"
            elif c == 'u':
                count = 4
                reason = "truncated \\uXXXX escape"
            else:
                count = 8
                reason = "truncated \\UXXXXXXXX escape"
            value = 0
            for k in range(count):
                if i >= n:
                    raise _unicode_escape_error(
                        esc_pos, esc_pos + _escaped_length(body, esc, n),
                        reason)
                digit = hex_value(body[i])
                if digit < 0:
                    raise _unicode_escape_error(esc_pos,
                                                esc_pos + (i - esc), reason)
                value = value * 16 + digit
                i += 1
            if value > 0x10FFFF:
                raise _unicode_escape_error(esc_pos, esc_pos + (i - esc),
                                            "illegal Unicode character")
            b.append(unichr(value))
        elif c == 'N':
            value, i = _named_escape(body, esc, esc_pos)
            b.append(unichr(value))
        else:
            b.append(u'\\')             # unknown escapes stay as they are
            b.append(unichr(ord(c)))
        pos = esc_pos + (i - esc)       # escapes are all ASCII
    return b.build()


def _named_escape(body, esc, esc_pos):
    """\\N{name} at body[esc]: its code point and the index after it."""
    n = len(body)
    malformed = "malformed \\N character escape"
    i = esc + 2
    if i >= n:
        raise _unicode_escape_error(esc_pos, esc_pos + 2, malformed)
    if body[i] != '{':
        raise _unicode_escape_error(esc_pos, esc_pos + 2, malformed)
    assert i >= 0
    close = body.find('}', i + 1)
    if close < 0:
        raise _unicode_escape_error(
            esc_pos, esc_pos + _escaped_length(body, esc, n), malformed)
    if close == i + 1:
        raise _unicode_escape_error(esc_pos, esc_pos + 3, malformed)
    assert i >= 0 and close > i
    name = body[i + 1:close]
    code = -1
    ascii_name = True
    for ch in name:
        if ord(ch) >= 0x80:
            ascii_name = False
    if ascii_name:
        try:
            code = unicodedb.lookup_with_alias(name.upper())
        except KeyError:
            code = -1
    if code < 0 or code > 0x10FFFF:
        raise _unicode_escape_error(
            esc_pos, esc_pos + _escaped_length(body, esc, close + 1),
            "unknown Unicode character name")
    return code, close + 1
