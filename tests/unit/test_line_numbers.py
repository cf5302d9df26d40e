"""Line numbers (PEP 626), untranslated: the programs of
tests/programs/line_numbers give CPython 3.11's output, and the location
table (compiler/linetable.py) reads CPython's format."""

import os

import pytest

from tests.unit.support import run, folder_programs, read_bytes as read, \
    PROGRAMS
from fastpy.compiler import linetable
from fastpy.compiler.codegen import compile_module
from fastpy.compiler.code import W_Code
from fastpy.compiler.positions import unpack
from fastpy.parser.parser import parse

FOLDER = os.path.join(PROGRAMS, 'line_numbers')


def programs():
    return folder_programs('line_numbers')


@pytest.mark.parametrize('name', programs())
def test_program(name):
    base = os.path.join(FOLDER, name[:-3])
    out, err, status = run(read(base + '.py'), path=base + '.py')
    assert out == read(base + '.out'), err
    assert status == int(read(base + '.code').strip())


# Printed by CPython 3.11.7 for this function (co_linetable, then
# co_positions() with None as -1); it has short, one-line, long and
# no-location entries:
#
#   def sample(a, b):
#       try:
#           return a / b
#       except (ZeroDivisionError,
#               TypeError) as e:
#           x = [a,
#                b]
#           return {'k': a + b * 2000...000}[      (a 94-digit int)
#               'k']
CPYTHON_TABLE = (
    b'\x80\x00\xf0\x02\x07\x05\x11\xd8\x0f\x10\x901\x89u\x88\x0c\xf8\xdd'
    b'\x0c\x1d\xdd\x0c\x15\xf0\x03\x01\x0c\x17\xf0\x00\x05\x05\x11\xf0\x00'
    b'\x05\x05\x11\xf0\x00\x05\x05\x11\xe0\r\x0e\xd8\r\x0e\xf0\x03\x01\r'
    b'\x10\x88\x01\xe0\x10\x13\x90Q\x98\x11\xd0\x1d{\xd1\x19{\xd1\x15{\xd0'
    b'\x0f|\xd8\x0c\x0f\xf4\x03\x01\x10\x11\xf0\x00\x01\t\x11\xf0\x00\x01'
    b'\t\x11\xf0\x00\x01\t\x11\xf0\x00\x01\t\x11\xf0\x00\x01\t\x11\xf0\x00'
    b'\x01\t\x11\xf8\xf8\xf8\xf8\xf0\t\x05\x05\x11\xf8\xf8\xf8')
CPYTHON_POSITIONS = [
    (1, 1, 0, 0), (2, 9, 4, 16), (3, 3, 15, 16), (3, 3, 19, 20),
    (3, 3, 15, 20), (3, 3, 15, 20), (3, 3, 8, 20), (-1, -1, -1, -1),
    (4, 4, 12, 29), (4, 4, 12, 29), (4, 4, 12, 29), (4, 4, 12, 29),
    (4, 4, 12, 29), (4, 4, 12, 29), (5, 5, 12, 21), (5, 5, 12, 21),
    (5, 5, 12, 21), (5, 5, 12, 21), (5, 5, 12, 21), (5, 5, 12, 21),
    (4, 5, 11, 22), (4, 9, 4, 16), (4, 9, 4, 16), (4, 9, 4, 16),
    (6, 6, 13, 14), (7, 7, 13, 14), (6, 7, 12, 15), (6, 6, 8, 9),
    (8, 8, 16, 19), (8, 8, 21, 22), (8, 8, 25, 26), (8, 8, 29, 123),
    (8, 8, 25, 123), (8, 8, 25, 123), (8, 8, 21, 123), (8, 8, 21, 123),
    (8, 8, 15, 124), (9, 9, 12, 15), (8, 9, 15, 16), (8, 9, 15, 16),
    (8, 9, 15, 16), (8, 9, 15, 16), (8, 9, 15, 16), (8, 9, 8, 16),
    (8, 9, 8, 16), (8, 9, 8, 16), (8, 9, 8, 16), (8, 9, 8, 16),
    (8, 9, 8, 16), (-1, -1, -1, -1), (-1, -1, -1, -1), (-1, -1, -1, -1),
    (-1, -1, -1, -1), (4, 9, 4, 16), (-1, -1, -1, -1), (-1, -1, -1, -1),
    (-1, -1, -1, -1)]


def test_decode_reads_cpython_tables():
    n = len(CPYTHON_POSITIONS)
    lines, packed = linetable.decode(CPYTHON_TABLE, 1, n + 2)
    got = [unpack(lines[i], packed[i]) for i in range(n + 2)]
    assert got[:n] == CPYTHON_POSITIONS
    # past the table's end: no location
    assert got[n:] == [(-1, -1, -1, -1)] * 2


def function_code(source, name):
    code = compile_module(parse(source), 'prog.py')
    for w_const in code.co_consts_w:
        if isinstance(w_const, W_Code) and w_const.co_name == name:
            return w_const
    raise AssertionError(name)


def test_encode_then_decode_gives_the_code_back():
    code = function_code("""
def f(a, b):
    try:
        return a / b
    except (ZeroDivisionError,
            TypeError) as e:
        x = [a,
             b]
        return {'k': a + b * 2000000000000000000000000000000000000000000}[
            'k']
    finally:
        with g() as h:
            pass
""", 'f')
    table = linetable.encode(code)
    lines, packed = linetable.decode(table, code.co_firstlineno,
                                     len(code.co_lines))
    n = len(code.co_lines)
    assert [unpack(lines[i], packed[i]) for i in range(n)] == \
        [code.position_at(2 * i) for i in range(n)]
    assert -1 in lines       # the cleanup handlers have no line


def test_reraise_of_unmatched_exception_has_the_clause_line():
    from fastpy.compiler import opcodes as op
    code = function_code("""
def f():
    try:
        g()
    except TypeError:
        pass
    except KeyError:
        pass
""", 'f')
    lines = [code.co_lines[pc // 2] for pc in range(0, len(code.co_code), 2)
             if code.co_code[pc] == op.RERAISE and code.co_code[pc + 1] == 0]
    assert lines == [7]
