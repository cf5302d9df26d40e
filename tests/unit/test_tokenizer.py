# -*- coding: utf-8 -*-
"""fastpy.parser.tokenizer against CPython 3.11's tokenizer.

The expected tokens, messages and positions below were checked against
CPython 3.11; when it is installed, test_tables_match_cpython checks them
again (CPython's SyntaxError offset is our col + 1, counted in chars).
"""

import json
import os
import subprocess

import pytest

from fastpy.parser import tokenizer as tk
from fastpy.parser.tokenizer import (
    tokenize, parse_string_literal, TokenError, StringLiteralError, Token,
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER)

CPYTHON = '/root/.pyenv/versions/3.11.7/bin/python'


def kinds(source):
    """(kind name, value) of each token."""
    return [(tk.KIND_NAMES[t.kind], t.value) for t in tokenize(source)]


def spans(source):
    return [(tk.KIND_NAMES[t.kind], t.value, t.lineno, t.col, t.end_lineno,
             t.end_col) for t in tokenize(source)]


def error(source):
    with pytest.raises(TokenError) as info:
        tokenize(source)
    return info.value


def cpython_offset(source, e):
    """CPython's SyntaxError offset for TokenError e: col + 1 in chars."""
    line = source.replace('\r\n', '\n').split('\n')[e.lineno - 1]
    return len(line[:e.col].decode('utf-8')) + 1


# ------------------------------------------------------------ basics

def test_kind_names():
    assert [NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT,
            ENDMARKER] == range(8)
    assert tk.KIND_NAMES[DEDENT] == 'DEDENT'
    # ERRORTOKEN is the parser's end-of-input sentinel kind; the tokenizer
    # itself never produces it.
    assert tk.KIND_NAMES[tk.ERRORTOKEN] == 'ERRORTOKEN'
    assert len(tk.KIND_NAMES) == 9


def test_simple_statement():
    assert spans('x = 1\n') == [
        ('NAME', 'x', 1, 0, 1, 1),
        ('OP', '=', 1, 2, 1, 3),
        ('NUMBER', '1', 1, 4, 1, 5),
        ('NEWLINE', '', 1, 5, 1, 5),
        ('ENDMARKER', '', 1, 5, 1, 5),
    ]


def test_missing_final_newline_gets_one():
    assert kinds('x = 1') == kinds('x = 1\n')
    assert spans('x = 1')[-2:] == [('NEWLINE', '', 1, 5, 1, 5),
                                   ('ENDMARKER', '', 1, 5, 1, 5)]


def test_empty_and_blank_sources():
    for source in ['', '\n', '\n\n', '   \n', '# comment', '# c\n  # d\n',
                   '\x0c\n', '\xef\xbb\xbf']:
        assert kinds(source) == [('ENDMARKER', '')], source


def test_comments_and_blank_lines_make_no_newline():
    assert kinds('x\n\n# c\n   # d\n\ny\n') == [
        ('NAME', 'x'), ('NEWLINE', ''), ('NAME', 'y'), ('NEWLINE', ''),
        ('ENDMARKER', '')]


def test_newline_starts_at_comment():
    # CPython puts an error at the end of such a line at the '#'.
    assert spans('x = 1  # c\n')[3] == ('NEWLINE', '', 1, 7, 1, 10)
    assert spans('x = 1 # tail')[3] == ('NEWLINE', '', 1, 6, 1, 12)


def test_bom_crlf_and_cr():
    expected = kinds('x = 1\ny = 2\n')
    assert kinds('\xef\xbb\xbfx = 1\ny = 2\n') == expected
    assert kinds('x = 1\r\ny = 2\r\n') == expected
    assert kinds('x = 1\ry = 2') == expected
    assert spans('\xef\xbb\xbfx = 1\n')[0] == ('NAME', 'x', 1, 0, 1, 1)
    t = tokenize("s = '''a\r\nb'''\r\n")[2]
    assert t.value == "'''a\nb'''"


def test_token_repr_and_fields():
    t = Token(NAME, 'x', 1, 2, 1, 3)
    assert (t.kind, t.value, t.lineno, t.col, t.end_lineno,
            t.end_col) == (NAME, 'x', 1, 2, 1, 3)
    assert repr(t) == "Token(NAME, 'x', 1, 2)"


# ------------------------------------------------------- indentation

def test_indent_dedent():
    assert kinds('if x:\n    y\nz\n') == [
        ('NAME', 'if'), ('NAME', 'x'), ('OP', ':'), ('NEWLINE', ''),
        ('INDENT', ''), ('NAME', 'y'), ('NEWLINE', ''), ('DEDENT', ''),
        ('NAME', 'z'), ('NEWLINE', ''), ('ENDMARKER', '')]


def test_several_dedents_at_once_and_at_end():
    source = 'if a:\n  if b:\n    c\nd\nif e:\n  if f:\n    g\n'
    assert [k for k, v in kinds(source)].count('DEDENT') == 4
    assert kinds(source)[-4:] == [('NEWLINE', ''), ('DEDENT', ''),
                                  ('DEDENT', ''), ('ENDMARKER', '')]


def test_indent_positions():
    # INDENT/DEDENT sit one column left of the first token, ENDMARKER and
    # the final DEDENTs at the end of the last line: where CPython reports
    # "unexpected indent", "expected an indented block" and the like.
    toks = spans('if x:\n    y\n  # c\nz\n')
    assert toks[4] == ('INDENT', '', 2, 3, 2, 3)
    assert toks[7] == ('DEDENT', '', 4, -1, 4, -1)
    toks = spans('if x:\n  if y:\n    z\n')
    assert toks[-3:] == [('DEDENT', '', 3, 5, 3, 5),
                         ('DEDENT', '', 3, 5, 3, 5),
                         ('ENDMARKER', '', 3, 5, 3, 5)]
    assert spans('if x:\n  if y:\n\n# c\n')[-1] == ('ENDMARKER', '', 4, 3, 4,
                                                    3)


def test_blank_and_comment_lines_keep_indentation():
    assert kinds('if x:\n    y\n\n  # c\n        # d\n    z\n') == [
        ('NAME', 'if'), ('NAME', 'x'), ('OP', ':'), ('NEWLINE', ''),
        ('INDENT', ''), ('NAME', 'y'), ('NEWLINE', ''), ('NAME', 'z'),
        ('NEWLINE', ''), ('DEDENT', ''), ('ENDMARKER', '')]


def test_tabs_count_to_multiples_of_8():
    # a tab after 4 spaces reaches column 8, like 8 spaces, but mixing them
    # so that the meaning depends on the tab size is a TabError
    assert [k for k, v in kinds('if x:\n\ty\n\tz\n')].count('INDENT') == 1
    assert [k for k, v in kinds('if x:\n \ty\n \tz\n')].count('INDENT') == 1
    e = error('if x:\n        y\n\tz\n')
    assert e.is_tab and e.is_indentation


def test_form_feed_resets_indentation():
    assert kinds('if x:\n\x0c    y\n')[4] == ('INDENT', '')
    assert kinds('x\n  \x0cy\n') == [('NAME', 'x'), ('NEWLINE', ''),
                                     ('NAME', 'y'), ('NEWLINE', ''),
                                     ('ENDMARKER', '')]


def test_backslash_in_indentation():
    # The column of the first backslash is the indentation...
    assert kinds('if x:\n  \\\ny\n')[4:6] == [('INDENT', ''), ('NAME', 'y')]
    assert spans('if x:\n  \\\n  y\n')[4] == ('INDENT', '', 3, 1, 3, 1)
    # ... unless it is in column 0 (CPython's quirk)
    assert kinds('x\n\\\n  y\n')[2] == ('INDENT', '')
    assert kinds('\\\nx\n')[0] == ('NAME', 'x')
    # a backslash line followed by a blank line is blank
    assert kinds('x = 1\n  \\\n\n') == kinds('x = 1\n')


def test_max_indentation_depth():
    ok = 'if 1:\n' + ''.join(' ' * i + 'if 1:\n' for i in range(1, 99)) + \
        ' ' * 99 + 'pass\n'
    assert [k for k, v in kinds(ok)].count('INDENT') == 99


# -------------------------------------------- brackets, continuations

def test_brackets_join_lines():
    assert kinds('x = (1,\n\n  # c\n     2)\n') == [
        ('NAME', 'x'), ('OP', '='), ('OP', '('), ('NUMBER', '1'),
        ('OP', ','), ('NUMBER', '2'), ('OP', ')'), ('NEWLINE', ''),
        ('ENDMARKER', '')]
    assert kinds('if x:\n  f([\n1,\n      ], {\n})\n  y\n')[4:] == [
        ('INDENT', ''), ('NAME', 'f'), ('OP', '('), ('OP', '['),
        ('NUMBER', '1'), ('OP', ','), ('OP', ']'), ('OP', ','), ('OP', '{'),
        ('OP', '}'), ('OP', ')'), ('NEWLINE', ''), ('NAME', 'y'),
        ('NEWLINE', ''), ('DEDENT', ''), ('ENDMARKER', '')]


def test_backslash_continuation():
    assert spans('x = 1 + \\\n  2 # c\n') == [
        ('NAME', 'x', 1, 0, 1, 1), ('OP', '=', 1, 2, 1, 3),
        ('NUMBER', '1', 1, 4, 1, 5), ('OP', '+', 1, 6, 1, 7),
        ('NUMBER', '2', 2, 2, 2, 3), ('NEWLINE', '', 2, 4, 2, 7),
        ('ENDMARKER', '', 2, 7, 2, 7)]
    assert kinds('x = 1 \\\n\\\n  + 2\n') == kinds('x = 1 + 2\n')
    # a continuation line that is empty ends the statement there
    assert spans('x = 1 + \\\n  \n')[4] == ('NEWLINE', '', 2, 2, 2, 2)


def test_deep_brackets():
    source = '(' * 200 + ')' * 200 + '\n'
    assert len(tokenize(source)) == 402


# ---------------------------------------------------------- names

def test_names_and_keywords():
    assert kinds('if _a1 and not B_ else None\n')[:-2] == [
        ('NAME', 'if'), ('NAME', '_a1'), ('NAME', 'and'), ('NAME', 'not'),
        ('NAME', 'B_'), ('NAME', 'else'), ('NAME', 'None')]


def test_unicode_names():
    assert spans('\xc3\xa9t\xc3\xa9 = 1\n')[:2] == [
        ('NAME', '\xc3\xa9t\xc3\xa9', 1, 0, 1, 5), ('OP', '=', 1, 6, 1, 7)]
    for name in ['_\xc3\xa9', 'x\xcc\x80', '\xe2\x85\xa0', '\xe5\x90\x8d',
                 '\xce\xb1\xce\xb2']:
        assert kinds(name + ' = 1\n')[0] == ('NAME', name)


def test_string_prefixes_or_names():
    source = "rb'a' Br'b' bR'c' RB'd' U'e' F'f' fR'g' Rf'h' b'i' r'j' u'k'\n"
    toks = kinds(source)
    assert [k for k, v in toks[:-2]] == ['STRING'] * 11
    assert toks[0] == ('STRING', "rb'a'")
    for bad in ['ub', 'bu', 'fb', 'rr', 'ur', 'uf']:
        assert kinds(bad + "'a'\n")[:2] == [('NAME', bad), ('STRING', "'a'")]


# -------------------------------------------------------- numbers

VALID_NUMBERS = [
    '0', '7', '1_000', '0x1f', '0X_1F', '0xFFFF_FFFF', '0o17', '0O_7',
    '0b101', '0B_1', '0b1_0_1', '00', '0_0', '1.', '.5', '0.0', '00.5',
    '012.5', '09.5', '012e3', '1e10', '1E+5', '1e-3', '1_000.5e-3',
    '1_0.0_1e1_0', '0e0', '00e0', '1j', '1.5J', '0j', '00j', '09j', '.5j',
    '5.j', '1e5j',
]


@pytest.mark.parametrize('text', VALID_NUMBERS)
def test_valid_number(text):
    assert spans('x = %s\n' % text)[2] == ('NUMBER', text, 1, 4, 1,
                                           4 + len(text))


def test_keyword_right_after_number():
    # CPython 3.11 accepts these (with a DeprecationWarning)
    assert kinds('1if x else 2\n')[:4] == [
        ('NUMBER', '1'), ('NAME', 'if'), ('NAME', 'x'), ('NAME', 'else')]
    for source, number, name in [
            ('1or 2', '1', 'or'), ('1and 2', '1', 'and'),
            ('1in x', '1', 'in'), ('1is x', '1', 'is'),
            ('1not in x', '1', 'not'), ('0x1for x', '0x1f', 'or'),
            ('0o7or 1', '0o7', 'or'), ('0b1and 1', '0b1', 'and'),
            ('1.5if x', '1.5', 'if'), ('1jif x', '1j', 'if'),
            ('1e5if x', '1e5', 'if'), ('0if x', '0', 'if'),
            ('00if x', '00', 'if'), ('1_000if x', '1_000', 'if'),
            ('1else', '1', 'else'), ('1andy', '1', 'andy')]:
        assert kinds(source)[:2] == [('NUMBER', number), ('NAME', name)]


def test_numbers_that_split():
    assert kinds('0x1.5\n')[:2] == [('NUMBER', '0x1'), ('NUMBER', '.5')]
    assert kinds('1..2\n')[:2] == [('NUMBER', '1.'), ('NUMBER', '.2')]
    assert kinds('1 .real\n')[:3] == [('NUMBER', '1'), ('OP', '.'),
                                      ('NAME', 'real')]
    assert kinds('x...y\n')[:3] == [('NAME', 'x'), ('OP', '...'),
                                    ('NAME', 'y')]


# (source, CPython's message, lineno, CPython's offset)
NUMBER_ERRORS = [
    ('1_\n', 'invalid decimal literal', 1, 2),
    ('1__0\n', 'invalid decimal literal', 1, 2),
    ('1_000_\n', 'invalid decimal literal', 1, 6),
    ('0x\n', 'invalid hexadecimal literal', 1, 2),
    ('0x_\n', 'invalid hexadecimal literal', 1, 3),
    ('0x1_\n', 'invalid hexadecimal literal', 1, 4),
    ('0xg\n', 'invalid hexadecimal literal', 1, 2),
    ('0x1g\n', 'invalid hexadecimal literal', 1, 3),
    ('0X__1\n', 'invalid hexadecimal literal', 1, 3),
    ('0x1fg\n', 'invalid hexadecimal literal', 1, 4),
    ('0o\n', 'invalid octal literal', 1, 2),
    ('0o8\n', "invalid digit '8' in octal literal", 1, 3),
    ('0o18\n', "invalid digit '8' in octal literal", 1, 4),
    ('0o1a\n', 'invalid octal literal', 1, 3),
    ('0o7_\n', 'invalid octal literal', 1, 4),
    ('0b\n', 'invalid binary literal', 1, 2),
    ('0b2\n', "invalid digit '2' in binary literal", 1, 3),
    ('0b12\n', "invalid digit '2' in binary literal", 1, 4),
    ('0b1a\n', 'invalid binary literal', 1, 3),
    ('012\n', 'leading zeros in decimal integer literals are not '
     'permitted; use an 0o prefix for octal integers', 1, 1),
    ('x = 0_7\n', 'leading zeros in decimal integer literals are not '
     'permitted; use an 0o prefix for octal integers', 1, 5),
    ('00_1\n', 'leading zeros in decimal integer literals are not '
     'permitted; use an 0o prefix for octal integers', 1, 1),
    ('1abc\n', 'invalid decimal literal', 1, 1),
    ('0a\n', 'invalid decimal literal', 1, 1),
    ('1e\n', 'invalid decimal literal', 1, 1),
    ('1e+\n', 'invalid decimal literal', 1, 3),
    ('1e-a\n', 'invalid decimal literal', 1, 3),
    ('1.e\n', 'invalid decimal literal', 1, 2),
    ('1._5\n', 'invalid decimal literal', 1, 2),
    ('1_.5\n', 'invalid decimal literal', 1, 2),
    ('0_.5\n', 'invalid decimal literal', 1, 2),
    ('1.5_\n', 'invalid decimal literal', 1, 4),
    ('1e1_\n', 'invalid decimal literal', 1, 4),
    ('1e_1\n', 'invalid decimal literal', 1, 1),
    ('1jx\n', 'invalid imaginary literal', 1, 2),
    ('1.5jk\n', 'invalid imaginary literal', 1, 4),
    ('0__9\n', 'invalid decimal literal', 1, 2),
    ('01_\n', 'invalid decimal literal', 1, 3),
    ('x = 1.__class__\n', 'invalid decimal literal', 1, 6),
]

STRING_ERRORS = [
    ("x = 'abc\n", 'unterminated string literal (detected at line 1)', 1,
     5),
    ('x = "abc', 'unterminated string literal (detected at line 1)', 1, 5),
    ("x = rb'abc\n", 'unterminated string literal (detected at line 1)', 1,
     5),
    ("x = 'a\\\nbc\n", 'unterminated string literal (detected at line 2)',
     1, 5),
    ("x = 'a\\\n", 'unterminated string literal (detected at line 1)', 1,
     5),
    ("x = 'a\\'\n", 'unterminated string literal (detected at line 1)', 1,
     5),
    ("x = '''abc\n", 'unterminated triple-quoted string literal (detected '
     'at line 1)', 1, 5),
    ("x = '''abc\ndef\n\n", 'unterminated triple-quoted string literal '
     '(detected at line 3)', 1, 5),
    ('x = """abc', 'unterminated triple-quoted string literal (detected '
     'at line 1)', 1, 5),
    ("y = 1\nx = '''abc\ndef", 'unterminated triple-quoted string literal '
     '(detected at line 3)', 2, 5),
    ("x = '''a\\\n", 'unterminated triple-quoted string literal (detected '
     'at line 1)', 1, 5),
]

BRACKET_ERRORS = [
    ('x = (1,\n', "'(' was never closed", 1, 5),
    ('x = [1,\n 2\n', "'[' was never closed", 1, 5),
    ('f(a, {b: [c,\n', "'[' was never closed", 1, 10),
    ('x = (\\\n', "'(' was never closed", 1, 5),
    ('x = [\n  1 \\\n', "'[' was never closed", 1, 5),
    ('x = (]\n', "closing parenthesis ']' does not match opening "
     "parenthesis '('", 1, 6),
    ('x = (1,\n 2]\n', "closing parenthesis ']' does not match opening "
     "parenthesis '(' on line 1", 2, 3),
    ('x = {\n)\n', "closing parenthesis ')' does not match opening "
     "parenthesis '{' on line 1", 2, 1),
    ('x = )\n', "unmatched ')'", 1, 5),
    ('x = ]', "unmatched ']'", 1, 5),
    ('}\n', "unmatched '}'", 1, 1),
    ('(' * 201 + '\n', 'too many nested parentheses', 1, 201),
]

CHAR_ERRORS = [
    ('x = $\n', 'invalid syntax', 1, 5),
    ('x = ?\n', 'invalid syntax', 1, 5),
    ('x = !\n', 'invalid syntax', 1, 5),
    ('x = a ! b\n', 'invalid syntax', 1, 7),
    ('x = `a`\n', 'invalid syntax', 1, 5),
    ('x = 1 <> 2\n', 'invalid syntax', 1, 7),
    ('x = \x01\n', 'invalid non-printable character U+0001', 1, 5),
    ('x = 1\x0b\n', 'invalid non-printable character U+000B', 1, 6),
    ('x = \x7f\n', 'invalid non-printable character U+007F', 1, 5),
    ('x = 1\n\x1b\n', 'invalid non-printable character U+001B', 2, 1),
    ('x = \xe2\x82\xac\n', "invalid character '\xe2\x82\xac' (U+20AC)", 1,
     5),
    ('a\xe2\x82\xac = 1\n', "invalid character '\xe2\x82\xac' (U+20AC)", 1,
     2),
    ('\xc3\xa9\xe2\x82\xac = 1\n', "invalid character '\xe2\x82\xac' "
     "(U+20AC)", 1, 2),
    ('x = \xc2\xa0\n', 'invalid non-printable character U+00A0', 1, 5),
    ('\xc2\xb2 = 1\n', "invalid character '\xc2\xb2' (U+00B2)", 1, 1),
    ('\xcc\x80x = 1\n', "invalid character '\xcc\x80' (U+0300)", 1, 1),
    ('x = 1 + \xe2\x88\x92 2\n', "invalid character '\xe2\x88\x92' "
     "(U+2212)", 1, 9),
    ('\xf0\x9f\x98\x80 = 1\n', "invalid character '\xf0\x9f\x98\x80' "
     "(U+1F600)", 1, 1),
]

CONTINUATION_ERRORS = [
    ('x = 1 \\ \n', 'unexpected character after line continuation '
     'character', 1, 8),
    ('x = 1 \\a\n', 'unexpected character after line continuation '
     'character', 1, 8),
    ('x = 1\n  \\ \n', 'unexpected character after line continuation '
     'character', 2, 4),
    ('x = 1 \\', 'unexpected EOF while parsing', 1, 8),
    ('x = 1 \\\n', 'unexpected EOF while parsing', 1, 8),
    ('\\\n', 'unexpected EOF while parsing', 1, 2),
    ('x = 1\n  \\', 'unexpected EOF while parsing', 2, 4),
]

DEEP = 'if 1:\n' + ''.join(' ' * i + 'if 1:\n' for i in range(1, 100)) + \
    ' ' * 100 + 'pass\n'

# (source, message, lineno, offset, 'I'ndentationError or 'T'abError)
INDENT_ERRORS = [
    ('if x:\n    y\n  z\n', 'unindent does not match any outer indentation '
     'level', 3, 4, 'I'),
    ('if x:\n  y\n z\n', 'unindent does not match any outer indentation '
     'level', 3, 3, 'I'),
    ('if x:\n    if y:\n      z\n  w\n', 'unindent does not match any '
     'outer indentation level', 4, 4, 'I'),
    ('if x:\n    y\n  \\\n    z\n', 'unindent does not match any outer '
     'indentation level', 4, 6, 'I'),
    ('if x:\n\ty\n        z\n', 'inconsistent use of tabs and spaces in '
     'indentation', 3, 1, 'T'),
    ('if x:\n        y\n\tz\n', 'inconsistent use of tabs and spaces in '
     'indentation', 3, 1, 'T'),
    ('if x:\n    y\n\tz\n', 'inconsistent use of tabs and spaces in '
     'indentation', 3, 1, 'T'),
    ('if x:\n\ty\n \tz\n', 'inconsistent use of tabs and spaces in '
     'indentation', 3, 1, 'T'),
    ('if x:\n  y\n\t z\n', 'inconsistent use of tabs and spaces in '
     'indentation', 3, 1, 'T'),
    (DEEP, 'too many levels of indentation', 101, 1, 'I'),
]

ALL_ERRORS = (NUMBER_ERRORS + STRING_ERRORS + BRACKET_ERRORS + CHAR_ERRORS +
              CONTINUATION_ERRORS + INDENT_ERRORS)


@pytest.mark.parametrize('case', ALL_ERRORS)
def test_error(case):
    source, msg, lineno, offset = case[:4]
    kind = case[4] if len(case) > 4 else ''
    e = error(source)
    assert (e.msg, e.lineno, cpython_offset(source, e)) == (msg, lineno,
                                                           offset)
    assert e.is_indentation == (kind in 'IT' and kind != '')
    assert e.is_tab == (kind == 'T')


# CPython reports these only when its parser gets to the bad token; the
# others also replace an "invalid syntax" it found before.
REPORTED_WHEN_REACHED = (
    [c[0] for c in BRACKET_ERRORS if 'never closed' in c[1]] +
    [c[0] for c in CHAR_ERRORS if c[1] == 'invalid syntax'] +
    [c[0] for c in CONTINUATION_ERRORS + INDENT_ERRORS])


@pytest.mark.parametrize('case', ALL_ERRORS)
def test_only_when_reached(case):
    assert error(case[0]).only_when_reached == (case[0] in
                                                REPORTED_WHEN_REACHED)


def test_error_keeps_the_tokens_before_it():
    e = error('x = 1\ny = 0b2\n')
    assert [(tk.KIND_NAMES[t.kind], t.value) for t in e.tokens] == [
        ('NAME', 'x'), ('OP', '='), ('NUMBER', '1'), ('NEWLINE', ''),
        ('NAME', 'y'), ('OP', '=')]
    assert error('0x\n').tokens == []


def test_null_bytes():
    e = error('x = 1\ny = \x00\n')
    assert (e.msg, e.lineno, e.col) == (
        'source code cannot contain null bytes', 2, 4)
    assert error('\x00').lineno == 1
    # reported when the line is reached, like CPython
    assert error("x = '''\n\x00'''\n").lineno == 2


def test_error_message_text():
    e = TokenError('m', 3, 4)
    assert (e.msg, e.lineno, e.col, e.is_indentation, e.is_tab,
            e.only_when_reached, e.tokens) == ('m', 3, 4, False, False,
                                               False, None)


# -------------------------------------------------------- strings

def test_string_tokens():
    assert spans("x = '''a\nbc''' + \"d\"\n") == [
        ('NAME', 'x', 1, 0, 1, 1), ('OP', '=', 1, 2, 1, 3),
        ('STRING', "'''a\nbc'''", 1, 4, 2, 5), ('OP', '+', 2, 6, 2, 7),
        ('STRING', '"d"', 2, 8, 2, 11), ('NEWLINE', '', 2, 11, 2, 11),
        ('ENDMARKER', '', 2, 11, 2, 11)]
    for text in ["''", '""', "''''''", '""""""', "'a\\'b'", '"a\\"b"',
                 "'''a''b'''", '"""a"b""c"""', "'\\\\'", "'a\\\nb'",
                 "'\"'", "'''\\''''", "b'\\x00'", "f'{x}'", "rb'\\\\'",
                 "'\xc3\xa9'", "'''a\n\n'''", '"""\'"""']:
        toks = tokenize('x = ' + text + '\n')
        assert (toks[2].kind, toks[2].value) == (STRING, text)
        assert toks[3].kind == NEWLINE


def test_adjacent_strings():
    assert kinds("x = ('a'\n 'b' \\\n 'c')\n")[2:7] == [
        ('OP', '('), ('STRING', "'a'"), ('STRING', "'b'"),
        ('STRING', "'c'"), ('OP', ')')]


def test_string_position_after_non_ascii():
    toks = spans("x = '\xc3\xa9' + y\n")
    assert toks[2] == ('STRING', "'\xc3\xa9'", 1, 4, 1, 8)
    assert toks[3] == ('OP', '+', 1, 9, 1, 10)


# ------------------------------------------------------ operators

ALL_OPERATORS = ('( ) [ ] { } , : ; . ... + - * / // % ** @ << >> & | ^ ~ '
                 '< > <= >= == != -> = += -= *= /= //= %= **= @= &= |= ^= '
                 '<<= >>= :=').split()


def test_every_operator():
    source = ' '.join(ALL_OPERATORS) + '\n'
    # brackets are balanced in the list, in order
    assert [v for k, v in kinds(source)[:-2]] == ALL_OPERATORS


def test_longest_match():
    assert [v for k, v in kinds('a**=b//=c>>=d<<=e->f:=g!=h...i\n')[:-2]] \
        == ['a', '**=', 'b', '//=', 'c', '>>=', 'd', '<<=', 'e', '->', 'f',
            ':=', 'g', '!=', 'h', '...', 'i']
    assert [v for k, v in kinds('a***b<<<c>>>d====e..f\n')[:-2]] == [
        'a', '**', '*', 'b', '<<', '<', 'c', '>>', '>', 'd', '==', '==', 'e',
        '.', '.', 'f']


# ------------------------------------------------ string literals

def lit(text):
    return parse_string_literal(text)


# (literal text, is_bytes, value), values from CPython's eval()
LITERALS = [
    ("'abc'", False, u'abc'),
    ('"abc"', False, u'abc'),
    ("'''a\nb'''", False, u'a\nb'),
    ('""""a"""', False, u'"a'),
    ("''", False, u''),
    ("''''''", False, u''),
    (r"'\\'", False, u'\\'),
    (r"'\''", False, u"'"),
    (r"'\"'", False, u'"'),
    (r"'\a\b\f\n\r\t\v'", False, u'\x07\x08\x0c\n\r\t\x0b'),
    (r"'\0'", False, u'\x00'),
    (r"'\7'", False, u'\x07'),
    (r"'\77'", False, u'?'),
    (r"'\777'", False, u'\u01ff'),
    (r"'\1234'", False, u'S4'),
    (r"'\08'", False, u'\x008'),
    (r"'\x41'", False, u'A'),
    (r"'\xff'", False, u'\xff'),
    (r"'\u00e9'", False, u'\xe9'),
    (r"'\U0001F600'", False, u'\U0001f600'),
    (r"'\U0010ffff'", False, u'\U0010ffff'),
    (r"'\N{LATIN SMALL LETTER A}'", False, u'a'),
    (r"'\N{latin small letter a}'", False, u'a'),
    (r"'\N{EM DASH}\N{SPACE}'", False, u'\u2014 '),
    (r"'\N{BYZANTINE MUSICAL SYMBOL PSILI}'", False, u'\U0001d000'),
    (r"'\N{LATIN CAPITAL LETTER GHA}'", False, u'\u01a2'),    # an alias
    (r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", False, u'\u4e00'),
    (r"'\N{HANGUL SYLLABLE GAG}'", False, u'\uac01'),
    (r"'\q\8'", False, u'\\q\\8'),
    ("'\\\xc3\xa9'", False, u'\\\xe9'),
    ("'a\\\nb'", False, u'ab'),
    ("'''a\\\nb'''", False, u'ab'),
    ("'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'", False,
     u'\xe9\u20ac\U0001f600'),
    (r"r'\d\n'", False, u'\\d\\n'),
    (r"R'\''", False, u"\\'"),
    ("r'\xc3\xa9'", False, u'\xe9'),
    ("r'a\\\nb'", False, u'a\\\nb'),
    (r"u'\u00e9'", False, u'\xe9'),
    ("U'x'", False, u'x'),
    (r"b'abc'", True, u'abc'),
    (r"b'\x41\xff\0\777'", True, u'A\xff\x00\xff'),
    (r"b'\u1234\N{x}\q'", True, u'\\u1234\\N{x}\\q'),
    ("b'a\\\nb'", True, u'ab'),
    (r"rb'\x41'", True, u'\\x41'),
    (r"BR'\''", True, u"\\'"),
    ('b""""""', True, u''),
]


@pytest.mark.parametrize('case', LITERALS)
def test_string_literal_value(case):
    text, is_bytes, value = case
    result = lit(text)
    assert result == (is_bytes, value)
    assert type(result[1]) is unicode


def _ue(where, reason):
    return ("(unicode error) 'unicodeescape' codec can't decode bytes in "
            "position %s: %s" % (where, reason))


# (literal text, CPython's message); the positions count in CPython's
# copy of the body, where each non-ASCII char takes 10 bytes
LITERAL_ERRORS = [
    (r"'\x'", _ue('0-1', 'truncated \\xXX escape')),
    (r"'ab\x4'", _ue('2-4', 'truncated \\xXX escape')),
    ("'\xc3\xa9\\x4g'", _ue('10-12', 'truncated \\xXX escape')),
    ("'\xc3\xa9\\\\\\x'", _ue('12-13', 'truncated \\xXX escape')),
    ("'\\\xc3\xa9\\x'", _ue('16-17', 'truncated \\xXX escape')),
    ("'\\x\xc3\xa9'", _ue('0-1', 'truncated \\xXX escape')),
    (r"'\u12'", _ue('0-3', 'truncated \\uXXXX escape')),
    (r"'\U1234567'", _ue('0-8', 'truncated \\UXXXXXXXX escape')),
    (r"'\U00110000'", _ue('0-9', 'illegal Unicode character')),
    (r"'\N{foo}'", _ue('0-6', 'unknown Unicode character name')),
    (r"'\N{ LATIN SMALL LETTER A}'", _ue('0-24',
                                         'unknown Unicode character name')),
    ("'\xc3\xa9\\N{\xc3\xa9}'", _ue('10-23', 'unknown Unicode character '
                                    'name')),
    (r"'\N{latin small letter a}\N'", _ue('24-25',
                                          'malformed \\N character escape')),
    (r"'\N'", _ue('0-1', 'malformed \\N character escape')),
    (r"'\Nx'", _ue('0-1', 'malformed \\N character escape')),
    (r"'\N{}'", _ue('0-2', 'malformed \\N character escape')),
    (r"'\N{abc'", _ue('0-5', 'malformed \\N character escape')),
    (r"b'\x'", '(value error) invalid \\x escape at position 0'),
    (r"b'\x4'", '(value error) invalid \\x escape at position 0'),
    (r"b'ab\x4g'", '(value error) invalid \\x escape at position 2'),
    ("b'\xc3\xa9'", 'bytes can only contain ASCII literal characters'),
    ("rb'\xc3\xa9'", 'bytes can only contain ASCII literal characters'),
]


@pytest.mark.parametrize('case', LITERAL_ERRORS)
def test_string_literal_error(case):
    text, msg = case
    with pytest.raises(StringLiteralError) as info:
        lit(text)
    assert info.value.msg == msg


# ------------------------------------------- CPython cross-checks

CHECK_SCRIPT = r'''
import json, sys, warnings
warnings.simplefilter('ignore')
sources, literals = json.load(sys.stdin)
errors = []
for s in sources:
    try:
        compile(s.encode('utf-8'), 'f', 'exec')
        errors.append(None)
    except SyntaxError as e:
        errors.append([type(e).__name__, e.msg, e.lineno, e.offset])
values = []
for text in literals:
    try:
        v = eval(compile(text.encode('utf-8'), 'f', 'eval'))
        if isinstance(v, bytes):
            values.append([True, v.decode('latin-1')])
        else:
            values.append([False, v])
    except SyntaxError as e:
        values.append(e.msg)
json.dump([errors, values], sys.stdout)
'''


@pytest.mark.skipif(not os.path.exists(CPYTHON), reason='needs CPython 3.11')
def test_tables_match_cpython():
    """The tables above are what CPython 3.11 says."""
    literals = [c[0] for c in LITERALS] + [c[0] for c in LITERAL_ERRORS]
    data = json.dumps([[c[0].decode('utf-8') for c in ALL_ERRORS],
                       [t.decode('utf-8') for t in literals]])
    p = subprocess.Popen([CPYTHON, '-c', CHECK_SCRIPT],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = p.communicate(data)
    errors, values = json.loads(out)
    names = {'': u'SyntaxError', 'I': u'IndentationError', 'T': u'TabError'}
    for case, got in zip(ALL_ERRORS, errors):
        kind = case[4] if len(case) > 4 else ''
        assert got == [names[kind], case[1].decode('utf-8'), case[2],
                       case[3]], case[0]
    for case, got in zip(LITERALS, values):
        assert got == [case[1], case[2]], case[0]
    for case, got in zip(LITERAL_ERRORS, values[len(LITERALS):]):
        assert got == case[1].decode('utf-8'), case[0]


# ------------------------------------------------------- RPython

ANNOTATE_SOURCES = [
    "if x:\n\tprint('a\\x41\\N{EM DASH}', b'\\x00', 1_0.5e-3j)\n",
    "x = (1,\n", "\xc3\xa9 = r'\\q' '\\x'\n"]


def test_annotates():
    """tokenize() and parse_string_literal() are RPython."""
    from rpython.translator.interactive import Translation

    def f(n):
        try:
            toks = tokenize(ANNOTATE_SOURCES[n])
        except TokenError as e:
            if e.tokens is not None:
                return -len(e.tokens)
            return -e.col
        total = 0
        for t in toks:
            if t.kind == STRING:
                try:
                    is_bytes, value = parse_string_literal(t.value)
                    total += len(value)
                    if is_bytes:
                        total += 1
                except StringLiteralError as e:
                    total += len(e.msg)
            total += t.lineno + t.end_col
        return total

    t = Translation(f, [int])
    t.annotate()
    t.rtype()
