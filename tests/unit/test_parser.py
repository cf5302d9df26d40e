"""Tokenizer, parser and compiler units (untranslated)."""

import pytest

from fastpy.parser import tokenizer as tk
from fastpy.parser.parser import parse, ParseError
from fastpy.compiler.codegen import compile_module
from fastpy.compiler import opcodes as op


def kinds(source):
    return [tk.KIND_NAMES[t.kind] for t in tk.tokenize(source)]


def test_indent_dedent():
    assert kinds("if x:\n    y\nz\n") == [
        'NAME', 'NAME', 'OP', 'NEWLINE', 'INDENT', 'NAME', 'NEWLINE',
        'DEDENT', 'NAME', 'NEWLINE', 'ENDMARKER']


def test_blank_and_comment_lines_make_no_tokens():
    assert kinds("x\n\n   # comment\n\ny\n") == [
        'NAME', 'NEWLINE', 'NAME', 'NEWLINE', 'ENDMARKER']


def test_brackets_join_lines():
    assert kinds("f(1,\n  2)\n") == [
        'NAME', 'OP', 'NUMBER', 'OP', 'NUMBER', 'OP', 'NEWLINE',
        'ENDMARKER']


def test_positions():
    toks = tk.tokenize("a = 'x'\n  \nbb += 1\n")
    assert [(t.value, t.lineno, t.col) for t in toks if t.kind != tk.NEWLINE
            and t.kind != tk.ENDMARKER] == [
        ('a', 1, 0), ('=', 1, 2), ("'x'", 1, 4), ('bb', 3, 0), ('+=', 3, 3),
        ('1', 3, 6)]


@pytest.mark.parametrize('literal,value', [
    (r"'a\tb'", u'a\tb'), (r"'\x41\101\u00e9'", u'AA\xe9'),
    (r"r'\n'", u'\\n'), (r"'\q'", u'\\q'), ("'''a\nb'''", u'a\nb'),
    (r"'\N{BULLET}'", u'\u2022'), ("'caf\xc3\xa9'", u'caf\xe9'),
])
def test_string_literals(literal, value):
    is_bytes, decoded = tk.parse_string_literal(literal)
    assert not is_bytes
    assert decoded == value


def test_bytes_literal():
    assert tk.parse_string_literal(r"b'\xff\x00'") == (True, u'\xff\x00')


@pytest.mark.parametrize('source,message', [
    ("x = 1_\n", "invalid decimal literal"),
    ("x = 0x\n", "invalid hexadecimal literal"),
    ("x = 0o8\n", "invalid digit '8' in octal literal"),
    ("x = (1,\n", "'(' was never closed"),
    ("x = 1)\n", "unmatched ')'"),
    ("if x:\n  a\n b\n", "unindent does not match any outer indentation "
                          "level"),
    ("x = 'abc\n", "unterminated string literal (detected at line 1)"),
])
def test_token_errors(source, message):
    with pytest.raises(ParseError) as info:
        parse(source)
    assert info.value.msg == message


@pytest.mark.parametrize('source,message', [
    ("x = = 1\n", "invalid syntax"),
    ("if x\n  pass\n", "expected ':'"),
    ("1 = x\n", "cannot assign to literal here. Maybe you meant '==' "
                "instead of '='?"),
    ("def f(a=1, b):\n  pass\n", "non-default argument follows default "
                                 "argument"),
    ("f(a=1, 2)\n", "positional argument follows keyword argument"),
])
def test_parse_errors(source, message):
    with pytest.raises(ParseError) as info:
        parse(source)
    assert info.value.msg == message


def test_precedence():
    code = compile_module(parse("x = 1 + 2 * 3 ** 2\n"), 'm')
    ops = [op.OPNAMES[code.co_code[i]] for i in range(0, len(code.co_code), 2)]
    assert ops == ['LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST',
                   'BINARY_OP', 'BINARY_OP', 'BINARY_OP', 'STORE_GLOBAL',
                   'LOAD_CONST', 'RETURN_VALUE']


def test_function_locals_are_fast():
    code = compile_module(parse("def f(a):\n    b = a\n    return b + c\n"),
                          'm')
    w_func_code = code.co_consts_w[0]
    ops = [op.OPNAMES[w_func_code.co_code[i]]
           for i in range(0, len(w_func_code.co_code), 2)]
    assert ops == ['LOAD_FAST', 'STORE_FAST', 'LOAD_FAST', 'LOAD_GLOBAL',
                   'BINARY_OP', 'RETURN_VALUE', 'LOAD_CONST', 'RETURN_VALUE']
    assert w_func_code.co_varnames == ['a', 'b']


def test_stack_depth():
    code = compile_module(parse("x = [1, 2, (3, 4, y)]\n"), 'm')
    assert code.co_stacksize == 5
