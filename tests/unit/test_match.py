"""The match statement (untranslated): soft keywords in the parser, the
shape of the compiled code, and run-time behaviour."""

import pytest

from fastpy.parser import ast
from fastpy.parser.parser import parse, ParseError
from fastpy.compiler.codegen import compile_module
from fastpy.compiler.symtable import CompileError
from fastpy.compiler import opcodes as op
from tests.unit.support import output, error_line


def first_stmt(source):
    return parse(source).body[0]


@pytest.mark.parametrize('source,cls', [
    ("match = 1\n", ast.Assign),
    ("match(x)\n", ast.ExprStmt),
    ("match[0] = 2\n", ast.Assign),
    ("match -x\n", ast.ExprStmt),
    ("match.attr\n", ast.ExprStmt),
    ("case = 3\n", ast.Assign),
    ("match x:\n    case 1:\n        pass\n", ast.Match),
    ("match (x):\n    case [a]:\n        pass\n", ast.Match),
    ("match x, *y:\n    case _:\n        pass\n", ast.Match),
])
def test_soft_keyword(source, cls):
    assert isinstance(first_stmt(source), cls)


def test_pattern_tree():
    node = first_stmt("match s:\n"
                      "    case [1, *rest] | {'k': Point(x=0, y=_)} as w"
                      " if w:\n"
                      "        pass\n")
    case = node.cases[0]
    assert isinstance(case.guard, ast.Name)
    pat = case.pattern
    assert isinstance(pat, ast.MatchAs) and pat.name == 'w'
    alts = pat.pattern.patterns
    assert isinstance(alts[0], ast.MatchSequence)
    assert isinstance(alts[0].patterns[1], ast.MatchStar)
    assert alts[0].patterns[1].name == 'rest'
    mapping = alts[1]
    assert isinstance(mapping, ast.MatchMapping) and mapping.rest == ''
    cls_pat = mapping.patterns[0]
    assert isinstance(cls_pat, ast.MatchClass)
    assert cls_pat.kwd_attrs == ['x', 'y']
    assert isinstance(cls_pat.kwd_patterns[1], ast.MatchAs)
    assert cls_pat.kwd_patterns[1].name == ''


@pytest.mark.parametrize('source,msg', [
    ("match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
     "wildcard makes remaining patterns unreachable"),
    ("match x:\n    case [a, a]:\n        pass\n",
     "multiple assignments to name 'a' in pattern"),
    ("match x:\n    case [a] | [b]:\n        pass\n",
     "alternative patterns bind different names"),
    ("match x:\n    case C(a=1, a=2):\n        pass\n",
     "attribute name repeated in class pattern: a"),
])
def test_compile_errors(source, msg):
    with pytest.raises(CompileError) as info:
        compile_module(parse(source), 'prog.py')
    assert info.value.msg == msg


def test_parse_error_expected_colon():
    with pytest.raises(ParseError) as info:
        parse("match x\n    case 1:\n        pass\n")
    assert info.value.msg == "expected ':'"


def opnames(source):
    code = compile_module(parse(source), 'prog.py')
    return [op.OPNAMES[code.co_code[i]]
            for i in range(0, len(code.co_code), 2)]


def test_instructions():
    names = opnames("match s:\n"
                    "    case [a, *_, b]:\n        pass\n"
                    "    case {'k': v}:\n        pass\n"
                    "    case C(x):\n        pass\n")
    for name in ['MATCH_SEQUENCE', 'GET_LEN', 'MATCH_MAPPING', 'MATCH_KEYS',
                 'MATCH_CLASS']:
        assert name in names
    # [a, *_, b] indexes the subject instead of unpacking it
    assert 'BINARY_SUBSCR' in names
    assert 'UNPACK_EX' not in names


def test_trailing_wildcard_needs_no_copy():
    names = opnames("match s:\n    case 1:\n        pass\n"
                    "    case _:\n        pass\n")
    assert names.count('COPY') == 0


def test_stores_after_the_whole_pattern_matched():
    assert output(
        "def f(v):\n"
        "    match v:\n"
        "        case [a, 2] | [2, a]:\n"
        "            return a\n"
        "        case [a, b, c] if a > 100:\n"
        "            return 'big'\n"
        "    return a\n"
        "print(f([1, 2]), f([2, 3]))\n"
        "print(f([101, 0, 0]), f([5, 6, 7]))\n"
        "try:\n"
        "    f([5, 6])\n"
        "except UnboundLocalError:\n"
        "    print('unbound')\n") == "1 3\nbig 5\nunbound\n"


def test_or_pattern_reorders_captures():
    assert output(
        "for v in [(1, 'a', 'b'), (2, 'a', 'b'), (3, 'a', ('b', 'c'))]:\n"
        "    match v:\n"
        "        case (1, x, y) | (2, y, x) | (3, x, (y, _)):\n"
        "            print(x, y)\n") == "a b\nb a\na b\n"


def test_match_class_errors():
    assert error_line("match 1:\n    case len():\n        pass\n") == \
        "TypeError: called match pattern must be a type"
    assert error_line(
        "class P:\n    pass\n"
        "match P():\n    case P(1):\n        pass\n") == \
        "TypeError: P() accepts 0 positional sub-patterns (1 given)"


def test_user_sequence_subclass_unpacks_by_iteration():
    assert output(
        "class L(list):\n"
        "    def __iter__(self):\n"
        "        print('iter')\n"
        "        return list.__iter__(self)\n"
        "match L([1, 2]):\n"
        "    case [a, b]:\n"
        "        print(a, b)\n") == "iter\n1 2\n"
