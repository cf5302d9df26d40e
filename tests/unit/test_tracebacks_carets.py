"""Traceback position markers (PEP 657), untranslated: the programs of
tests/programs/tracebacks_carets give CPython 3.11's whole stderr."""

import io
import os

import pytest

from tests.unit.support import run
from fastpy.interpreter.carets import marker_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
FOLDER = os.path.join('tests', 'programs', 'tracebacks_carets')


def programs():
    names = sorted(os.listdir(os.path.join(ROOT, FOLDER)))
    return [n for n in names if n.endswith('.py')]


def read(path):
    with io.open(path, 'rb') as f:
        return f.read()


@pytest.mark.parametrize('name', programs())
def test_program(name):
    base = os.path.join(ROOT, FOLDER, name[:-3])
    out, err, status = run(read(base + '.py'))
    # CPython shows the script's absolute path; the run here is prog.py
    expected_err = read(base + '.err').replace(
        '<root>/%s/%s' % (FOLDER.replace(os.sep, '/'), name), 'prog.py')
    assert out == read(base + '.out')
    assert err == expected_err
    assert status == int(read(base + '.code').strip())


def test_marker_line():
    # whole line (less indentation): nothing
    assert marker_line('    raise X', 1, 1, 4, 11) == ''
    assert marker_line('x = a + b', 1, 1, 4, 9) == '        ~~^~~\n'
    assert marker_line('x = a[1]', 1, 1, 4, 8) == '        ~^^^\n'
    assert marker_line('x = f(1)', 1, 1, 4, 8) == '        ^^^^\n'
    # no columns
    assert marker_line('x = f(1)', 1, 1, -1, -1) == ''
    # several lines: to the end of the first one
    assert marker_line('x = (a +  ', 1, 2, 5, 3) == '         ^^^\n'
    # UTF-8 columns, wide characters
    line = 'y = ("\xe4\xb8\xad", 1 + n)'
    assert marker_line(line, 1, 1, 12, 17) == ' ' * 15 + '~~^~~\n'
