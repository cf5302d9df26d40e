"""The "Did you mean" suggestions (fastpy/interpreter/suggestions.py),
untranslated: the programs of tests/programs/suggestions against what
CPython 3.11 printed (stdout, the last line of stderr, the exit status),
and the distance itself on cases that follow from its definition."""

import os

import pytest

from tests.unit.support import run, folder_programs, read_bytes as read, \
    PROGRAMS
from fastpy.interpreter.suggestions import levenshtein_distance, best_match

FOLDER = os.path.join(PROGRAMS, 'suggestions')


def programs():
    return folder_programs('suggestions')


@pytest.mark.parametrize('name', programs())
def test_program(name):
    base = os.path.join(FOLDER, name[:-3])
    out, err, status = run(read(base + '.py'), argv=[name],
                           path=base + '.py')
    assert out == read(base + '.out')
    lines = err.strip().splitlines()
    assert (lines[-1] if lines else '') == read(base + '.err').strip()
    assert status == int(read(base + '.code').strip())


def test_distance():
    assert levenshtein_distance('bluch', 'bluch', 10) == 0
    assert levenshtein_distance('bluch', 'blech', 10) == 2    # substitute
    assert levenshtein_distance('bluch', 'Bluch', 10) == 1    # case
    assert levenshtein_distance('bluch', 'blch', 10) == 2     # delete
    assert levenshtein_distance('bluch', 'bluchin', 10) == 4  # insert twice
    assert levenshtein_distance('abc', '', 10) == 6
    # beyond max_cost: max_cost + 1
    assert levenshtein_distance('abcdef', 'uvwxyz', 3) == 4
    # more than 40 bytes left after trimming the common ends
    assert levenshtein_distance('Q' + 'a' * 40, 'a' * 40 + 'Z', 20) == 21
    assert levenshtein_distance('Q' + 'a' * 39, 'a' * 39 + 'Z', 20) == 4


def test_best_match():
    # the first of the closest, the name itself excluded
    assert best_match('bluch', ['bluch', 'blach', 'bluc']) == 'blach'
    assert best_match('abcd', ['abcx', 'abxd']) == 'abcx'
    assert best_match('b', ['vvv', 'mom', 'w', 'id', 'pytho']) is None
