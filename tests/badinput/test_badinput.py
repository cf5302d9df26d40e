"""Bad input: syntax errors, runaway recursion, huge ints, deep nesting and
invalid UTF-8 each give CPython's exception (last stderr line) and exit
status, never a crash of the binary."""

import os

import pytest

from tests.programs.test_programs import collect, check_program

CASES = collect(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             'cases'))


def test_there_are_cases():
    assert len(CASES) >= 50


@pytest.mark.parametrize('case', CASES)
def test_bad_input(case):
    check_program(case)
