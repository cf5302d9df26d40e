"""Finalization: every tests/finalization/**/*.py under bin/fastpy prints
the order in which objects are finalized (__del__, weakref callbacks,
files, generators); stdout, the last stderr line and the exit status
must equal CPython 3.11's (the .out/.err/.code files, `make expected`)."""

import os

import pytest

from tests.programs.test_programs import collect, check_program

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = collect(HERE)


def test_there_are_programs():
    assert len(PROGRAMS) >= 1


@pytest.mark.parametrize('program', PROGRAMS)
def test_finalization_program(program):
    check_program(program)
