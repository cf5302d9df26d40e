"""Tokenizer: UTF-8 source bytes -> list of Token, like CPython 3.11's."""

from rpython.rlib import rstring

NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER = range(8)
KIND_NAMES = ['NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT',
              'DEDENT', 'ENDMARKER']

OPERATORS_3 = ['**=', '//=', '>>=', '<<=', '...']
OPERATORS_2 = ['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=',
               ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=']
OPERATORS_1 = '()[]{},:;.+-*/%@<>&|^~='
OPENERS = '([{'
CLOSERS = ')]}'
MAX_PAREN_DEPTH = 200


class Token(object):
    _immutable_fields_ = ['kind', 'value', 'lineno', 'col', 'end_lineno',
                          'end_col']

    def __init__(self, kind, value, lineno, col, end_lineno, end_col):
        self.kind = kind
        self.value = value
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col

    def __repr__(self):
        return 'Token(%s, %r, %d, %d)' % (KIND_NAMES[self.kind], self.value,
                                          self.lineno, self.col)


class TokenError(Exception):
    def __init__(self, msg, lineno, col, is_indentation=False):
        self.msg = msg
        self.lineno = lineno
        self.col = col
        self.is_indentation = is_indentation


class StringLiteralError(Exception):
    def __init__(self, msg):
        self.msg = msg


def is_name_start(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or ord(c) >= 128


def is_name_char(c):
    return is_name_start(c) or ('0' <= c <= '9')


def is_digit(c):
    return '0' <= c <= '9'


class Tokenizer(object):

    def __init__(self, source):
        if source.startswith('\xef\xbb\xbf'):
            source = source[3:]
        self.src = rstring.replace(source, '\r\n', '\n')
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.tokens = []
        self.indents = [0]
        self.parens = []       # (char, lineno, col) of open brackets
        self.at_line_start = True

    def col(self):
        return self.pos - self.line_start

    def add(self, kind, value, lineno, col):
        self.tokens.append(Token(kind, value, lineno, col, self.lineno,
                                 self.col()))

    def newline(self):
        self.lineno += 1
        self.line_start = self.pos

    def tokenize(self):
        src = self.src
        n = len(src)
        while True:
            if self.at_line_start and not self.parens:
                if not self.indentation():
                    continue
            if self.pos >= n:
                break
            c = src[self.pos]
            if c == ' ' or c == '\t' or c == '\x0c':
                self.pos += 1
            elif c == '#':
                while self.pos < n and src[self.pos] != '\n':
                    self.pos += 1
            elif c == '\n':
                if not self.parens:
                    self.add(NEWLINE, '', self.lineno, self.col())
                    self.at_line_start = True
                self.pos += 1
                self.newline()
            elif c == '\\':
                if self.pos + 1 < n and src[self.pos + 1] == '\n':
                    self.pos += 2
                    self.newline()
                    if self.pos >= n:
                        raise TokenError("unexpected EOF while parsing",
                                         self.lineno, 0)
                else:
                    raise TokenError("unexpected character after line "
                                     "continuation character", self.lineno,
                                     self.col() + 1)
            elif is_name_start(c):
                self.name_or_string()
            elif is_digit(c) or (c == '.' and self.pos + 1 < n and
                                 is_digit(src[self.pos + 1])):
                self.number()
            elif c == '"' or c == "'":
                self.string(self.pos)
            else:
                self.operator()
        # end of input
        if self.parens:
            ch, lineno, col = self.parens[-1]
            raise TokenError("'%s' was never closed" % ch, lineno, col)
        if self.tokens and self.tokens[-1].kind not in (NEWLINE, DEDENT,
                                                         INDENT):
            self.add(NEWLINE, '', self.lineno, self.col())
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(DEDENT, '', self.lineno, 0)
        self.add(ENDMARKER, '', self.lineno, 0)
        return self.tokens

    def indentation(self):
        """At the start of a logical line: measure indentation, emit
        INDENT/DEDENT.  Returns False if the line was blank (consumed)."""
        src = self.src
        n = len(src)
        width = 0
        while self.pos < n:
            c = src[self.pos]
            if c == ' ':
                width += 1
            elif c == '\t':
                width = (width // 8 + 1) * 8
            elif c == '\x0c':
                width = 0
            else:
                break
            self.pos += 1
        if self.pos >= n:
            self.at_line_start = False
            return True
        c = src[self.pos]
        if c == '#' or c == '\n' or (c == '\\' and self.pos + 1 < n and
                                     src[self.pos + 1] == '\n'):
            # blank or comment-only line: no NEWLINE, no indentation change
            while self.pos < n and src[self.pos] != '\n':
                self.pos += 1
            if self.pos < n:
                self.pos += 1
                self.newline()
            return False
        self.at_line_start = False
        if width > self.indents[-1]:
            self.indents.append(width)
            self.add(INDENT, '', self.lineno, self.col())
        else:
            while width < self.indents[-1]:
                self.indents.pop()
                self.add(DEDENT, '', self.lineno, self.col())
            if width != self.indents[-1]:
                raise TokenError("unindent does not match any outer "
                                 "indentation level", self.lineno,
                                 self.col(), True)
        return True

    def name_or_string(self):
        src = self.src
        n = len(src)
        start = self.pos
        end = start
        while end < n and is_name_char(src[end]):
            end += 1
        assert start >= 0 and end >= 0
        word = src[start:end]
        if end < n and (src[end] == '"' or src[end] == "'") and \
                _is_string_prefix(word):
            self.string(start)
            return
        self.pos = end
        self.add(NAME, word, self.lineno, start - self.line_start)

    def number(self):
        src = self.src
        n = len(src)
        start = self.pos
        col = start - self.line_start
        i = start
        c = src[i]
        if c == '0' and i + 1 < n and src[i + 1] in 'xXoObB':
            kind = src[i + 1].lower()
            i += 2
            if kind == 'x':
                name = 'hexadecimal'
            elif kind == 'o':
                name = 'octal'
            else:
                name = 'binary'
            digits = 0
            while i < n:
                ch = src[i]
                if ch == '_':
                    i += 1
                    if i >= n or not _is_base_digit(src[i], kind):
                        raise TokenError("invalid %s literal" % name,
                                         self.lineno, col)
                    continue
                if _is_base_digit(ch, kind):
                    digits += 1
                    i += 1
                    continue
                if is_digit(ch) and kind != 'x':
                    raise TokenError("invalid digit '%s' in %s literal" %
                                     (ch, name), self.lineno,
                                     i - self.line_start)
                break
            if digits == 0 or (i < n and is_name_char(src[i])):
                raise TokenError("invalid %s literal" % name, self.lineno,
                                 col)
            self.pos = i
            assert start >= 0 and i >= 0
            self.add(NUMBER, src[start:i], self.lineno, col)
            return
        # decimal integer part
        i = self.digits(i, col)
        is_float = False
        if i < n and src[i] == '.':
            is_float = True
            i += 1
            if i < n and is_digit(src[i]):
                i = self.digits(i, col)
        if i < n and (src[i] == 'e' or src[i] == 'E'):
            j = i + 1
            if j < n and (src[j] == '+' or src[j] == '-'):
                j += 1
            if j < n and is_digit(src[j]):
                is_float = True
                i = self.digits(j, col)
            else:
                raise TokenError("invalid decimal literal", self.lineno, col)
        if i < n and (src[i] == 'j' or src[i] == 'J'):
            i += 1
        elif not is_float:
            assert start >= 0 and i >= 0
            text = rstring.replace(src[start:i], '_', '')
            if len(text) > 1 and text[0] == '0':
                for ch in text:
                    if ch != '0':
                        raise TokenError(
                            "leading zeros in decimal integer literals are "
                            "not permitted; use an 0o prefix for octal "
                            "integers", self.lineno, col)
        if i < n and is_name_start(src[i]):
            raise TokenError("invalid decimal literal", self.lineno,
                             i - self.line_start)
        self.pos = i
        assert start >= 0 and i >= 0
        self.add(NUMBER, src[start:i], self.lineno, col)

    def digits(self, i, col):
        """Decimal digits with single underscores between them."""
        src = self.src
        n = len(src)
        while i < n:
            ch = src[i]
            if is_digit(ch):
                i += 1
            elif ch == '_':
                if i + 1 < n and is_digit(src[i + 1]):
                    i += 1
                else:
                    raise TokenError("invalid decimal literal", self.lineno,
                                     i - self.line_start)
            else:
                break
        return i

    def string(self, start):
        """A string literal whose prefix starts at `start`."""
        src = self.src
        n = len(src)
        lineno = self.lineno
        col = start - self.line_start
        i = start
        while src[i] != '"' and src[i] != "'":
            i += 1
        assert start >= 0 and i >= 0
        prefix = src[start:i].lower()
        raw = 'r' in prefix
        quote = src[i]
        triple = i + 2 < n and src[i + 1] == quote and src[i + 2] == quote
        if triple:
            i += 3
        else:
            i += 1
        while True:
            if i >= n:
                if triple:
                    # CPython counts the last line that has text.
                    detected = self.lineno
                    if n > 0 and src[n - 1] == '\n':
                        detected -= 1
                    raise TokenError("unterminated triple-quoted string "
                                     "literal (detected at line %d)" %
                                     detected, lineno, col)
                raise TokenError("unterminated string literal (detected at "
                                 "line %d)" % lineno, lineno, col)
            ch = src[i]
            if ch == '\\':
                if i + 1 < n and src[i + 1] == '\n':
                    i += 2
                    self.pos = i
                    self.newline()
                    continue
                i += 2
                continue
            if ch == '\n':
                if not triple:
                    raise TokenError("unterminated string literal (detected "
                                     "at line %d)" % lineno, lineno, col)
                i += 1
                self.pos = i
                self.newline()
                continue
            if ch == quote:
                if not triple:
                    i += 1
                    break
                if i + 2 < n and src[i + 1] == quote and src[i + 2] == quote:
                    i += 3
                    break
            i += 1
        self.pos = i
        assert start >= 0 and i >= 0
        self.tokens.append(Token(STRING, src[start:i], lineno, col,
                                 self.lineno, self.col()))

    def operator(self):
        src = self.src
        start = self.pos
        col = self.col()
        assert start >= 0
        three = src[start:start + 3]
        two = src[start:start + 2]
        if three in OPERATORS_3:
            op = three
        elif two in OPERATORS_2:
            op = two
        elif src[start] in OPERATORS_1:
            op = src[start]
        elif src[start] == '!':
            raise TokenError("invalid syntax", self.lineno, col)
        else:
            c = src[start]
            if c == '$' or c == '?' or c == '`':
                raise TokenError("invalid syntax", self.lineno, col)
            raise TokenError("invalid character '%s' (U+%s)" % (
                c, _hex4(ord(c))), self.lineno, col)
        if op in OPENERS:
            if len(self.parens) >= MAX_PAREN_DEPTH:
                raise TokenError("too many nested parentheses", self.lineno,
                                 col)
            self.parens.append((op, self.lineno, col))
        elif op in CLOSERS:
            if not self.parens:
                raise TokenError("unmatched '%s'" % op, self.lineno, col)
            opener, o_line, o_col = self.parens.pop()
            if _matching_closer(opener) != op:
                if o_line != self.lineno:
                    raise TokenError("closing parenthesis '%s' does not match "
                                     "opening parenthesis '%s' on line %d" %
                                     (op, opener, o_line), self.lineno, col)
                raise TokenError("closing parenthesis '%s' does not match "
                                 "opening parenthesis '%s'" % (op, opener),
                                 self.lineno, col)
        self.pos = start + len(op)
        self.add(OP, op, self.lineno, col)


def _matching_closer(opener):
    if opener == '(':
        return ')'
    if opener == '[':
        return ']'
    return '}'


def _hex4(c):
    digits = '0123456789ABCDEF'
    out = ''
    shift = 12
    while shift >= 0:
        out += digits[(c >> shift) & 15]
        shift -= 4
    return out


def _is_string_prefix(word):
    w = word.lower()
    return w in ('r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf')


def _is_base_digit(ch, kind):
    if kind == 'x':
        return is_digit(ch) or ('a' <= ch <= 'f') or ('A' <= ch <= 'F')
    if kind == 'o':
        return '0' <= ch <= '7'
    return ch == '0' or ch == '1'


def tokenize(source):
    return Tokenizer(source).tokenize()


# ---------------------------------------------------------------- strings

def parse_string_literal(text):
    """(is_bytes, value) of one STRING token's text."""
    i = 0
    while text[i] != '"' and text[i] != "'":
        i += 1
    assert i >= 0
    prefix = text[:i].lower()
    is_bytes = 'b' in prefix
    raw = 'r' in prefix
    quote = text[i]
    if len(text) - i >= 6 and text[i + 1] == quote and text[i + 2] == quote:
        start, stop = i + 3, len(text) - 3
    else:
        start, stop = i + 1, len(text) - 1
    assert stop >= start >= 0
    body = text[start:stop]
    if is_bytes:
        for ch in body:
            if ord(ch) >= 128:
                raise StringLiteralError("bytes can only contain ASCII "
                                         "literal characters")
    if raw:
        return is_bytes, _decode_utf8(body)
    return is_bytes, decode_escapes(body, is_bytes)


def _decode_utf8(s):
    try:
        return s.decode('utf-8')
    except UnicodeDecodeError:
        raise StringLiteralError("(unicode error) 'utf-8' codec can't decode "
                                 "bytes: invalid utf-8")


def decode_escapes(body, is_bytes):
    result = []
    n = len(body)
    i = 0
    while i < n:
        ch = body[i]
        if ch != '\\':
            j = i
            while j < n and body[j] != '\\':
                j += 1
            assert i >= 0 and j >= 0
            result.append(_decode_utf8(body[i:j]))
            i = j
            continue
        i += 1
        if i >= n:
            result.append(u'\\')
            break
        c = body[i]
        i += 1
        if c == '\n':
            continue
        elif c == '\\':
            result.append(u'\\')
        elif c == "'":
            result.append(u"'")
        elif c == '"':
            result.append(u'"')
        elif c == 'a':
            result.append(u'\x07')
        elif c == 'b':
            result.append(u'\x08')
        elif c == 'f':
            result.append(u'\x0c')
        elif c == 'n':
            result.append(u'\n')
        elif c == 'r':
            result.append(u'\r')
        elif c == 't':
            result.append(u'\t')
        elif c == 'v':
            result.append(u'\x0b')
        elif '0' <= c <= '7':
            value = ord(c) - ord('0')
            k = 0
            while k < 2 and i < n and '0' <= body[i] <= '7':
                value = value * 8 + ord(body[i]) - ord('0')
                i += 1
                k += 1
            if is_bytes:
                value &= 0xff
            result.append(unichr(value))
        elif c == 'x':
            value, i = _hex_escape(body, i, 2, is_bytes, 'x')
            result.append(unichr(value))
        elif c == 'u' and not is_bytes:
            value, i = _hex_escape(body, i, 4, is_bytes, 'u')
            result.append(unichr(value))
        elif c == 'U' and not is_bytes:
            value, i = _hex_escape(body, i, 8, is_bytes, 'U')
            if value > 0x10ffff:
                raise StringLiteralError("(unicode error) 'unicodeescape' "
                                         "codec can't decode bytes: illegal "
                                         "Unicode character")
            result.append(unichr(value))
        elif c == 'N' and not is_bytes:
            i = _named_escape(body, i, result)
        else:
            result.append(u'\\')
            result.append(_decode_utf8(c))
    return u''.join(result)


def _hex_escape(body, i, count, is_bytes, letter):
    value = 0
    for k in range(count):
        if i + k >= len(body) or _hex_value(body[i + k]) < 0:
            if is_bytes:
                raise StringLiteralError("(value error) invalid \\x escape "
                                         "at position 0")
            names = {'x': 'truncated \\xXX escape',
                     'u': 'truncated \\uXXXX escape',
                     'U': 'truncated \\UXXXXXXXX escape'}
            raise StringLiteralError("(unicode error) 'unicodeescape' codec "
                                     "can't decode bytes in position 0-%d: %s"
                                     % (k + 1, names[letter]))
        value = value * 16 + _hex_value(body[i + k])
    return value, i + count


def _hex_value(ch):
    if '0' <= ch <= '9':
        return ord(ch) - ord('0')
    if 'a' <= ch <= 'f':
        return ord(ch) - ord('a') + 10
    if 'A' <= ch <= 'F':
        return ord(ch) - ord('A') + 10
    return -1


def _named_escape(body, i, result):
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    if i < len(body) and body[i] == '{':
        end = body.find('}', i)
        if end > i + 1:
            assert i >= 0 and end >= 0
            name = body[i + 1:end]
            try:
                code = unicodedb.lookup(name.upper())
            except KeyError:
                code = -1
            if code >= 0:
                result.append(unichr(code))
                return end + 1
            raise StringLiteralError("(unicode error) 'unicodeescape' codec "
                                     "can't decode bytes in position 0-%d: "
                                     "unknown Unicode character name" %
                                     (end - i + 1))
    raise StringLiteralError("(unicode error) 'unicodeescape' codec can't "
                             "decode bytes in position 0-1: malformed "
                             "\\N character escape")
