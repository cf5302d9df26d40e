"""Conformance: run every tests/programs/**/*.py under bin/fastpy and
compare stdout, the last line of stderr and the exit status with what
CPython 3.11 produced (the .out/.err/.code files, `make expected`)."""

import difflib
import io
import os

import pytest

from tests.binary import ROOT, run_fastpy

HERE = os.path.dirname(os.path.abspath(__file__))
# A program still running after this many seconds is killed (and fails).
TIMEOUT = 60


def collect(folder):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        # Packages (folders with __init__.py) and folders named *_modules
        # hold modules that programs import, not programs.
        dirnames[:] = sorted(
            d for d in dirnames if not d.endswith('_modules') and
            not os.path.exists(os.path.join(dirpath, d, '__init__.py')))
        for name in sorted(filenames):
            if name.endswith('.py') and not name.startswith('test_') \
                    and name != '__init__.py':
                found.append(os.path.relpath(os.path.join(dirpath, name),
                                             ROOT))
    return found


def program_args(path):
    with io.open(path, 'rb') as f:
        first = f.readline().decode('utf-8', 'replace')
    if first.startswith(u'# args:'):
        return [str(a) for a in first[len(u'# args:'):].split()]
    return []


def read(path):
    with io.open(path, 'rb') as f:
        return f.read()


# Folders whose programs' whole stderr is compared (gen_expected.py).
FULL_STDERR = ['tracebacks_carets', 'syntax_error_offsets']


def full_stderr(rel):
    parts = rel.replace(os.sep, '/').split('/')
    for folder in FULL_STDERR:
        if folder in parts[:-1]:
            return True
    return False


def check_program(rel):
    path = os.path.join(ROOT, rel)
    base = path[:-3]
    out, err, status = run_fastpy([rel] + program_args(path), timeout=TIMEOUT)
    expected_out = read(base + '.out')
    if full_stderr(rel):
        # the whole stderr: tracebacks with their position markers
        # (the script's path: CPython shows it absolute; either form)
        expected_full = read(base + '.err').replace(b'<root>/', b'')
        got_full = err.replace(ROOT + '/', '')
        if got_full != expected_full:
            diff = difflib.unified_diff(
                expected_full.decode('utf-8', 'replace').splitlines(),
                got_full.decode('utf-8', 'replace').splitlines(),
                'cpython', 'fastpy', lineterm='')
            pytest.fail((u'stderr differs:\n' + u'\n'.join(list(diff)[:80])
                         ).encode('ascii', 'backslashreplace'), pytrace=False)
    expected_err = read(base + '.err').strip()
    if full_stderr(rel):
        lines = expected_err.splitlines()
        expected_err = lines[-1].strip() if lines else b''
    expected_code = int(read(base + '.code').strip())
    err_lines = err.strip().splitlines()
    last_err = err_lines[-1] if err_lines else b''
    last_err = last_err.replace(ROOT, '<root>')
    problems = []
    if out != expected_out:
        diff = difflib.unified_diff(
            expected_out.decode('utf-8', 'replace').splitlines(),
            out.decode('utf-8', 'replace').splitlines(),
            'cpython', 'fastpy', lineterm='')
        problems.append(u'stdout differs:\n' + u'\n'.join(list(diff)[:60]))
    if last_err.strip() != expected_err:
        problems.append(u'last stderr line differs:\n  cpython: %s\n  fastpy:  %s\n'
                        u'fastpy stderr (tail):\n%s'
                        % (expected_err.decode('utf-8', 'replace'),
                           last_err.decode('utf-8', 'replace'),
                           err[-3000:].decode('utf-8', 'replace')))
    if status != expected_code:
        why = u''
        if status < 0:
            why = u' (killed by signal %d)' % -status
            if status == -9:
                why = u' (killed: no exit within %d s, or SIGKILL)' % TIMEOUT
        problems.append(u'exit status: expected %d, got %d%s' %
                        (expected_code, status, why))
    if problems:
        # pytest.fail with an ASCII message, not assert: pytest 4.6 on
        # Python 2 cannot mix UTF-8 bytes with its assertion explanation.
        pytest.fail(u'\n\n'.join(problems).encode('ascii', 'backslashreplace'),
                    pytrace=False)


PROGRAMS = collect(HERE)


def test_there_are_programs():
    assert len(PROGRAMS) >= 150


@pytest.mark.parametrize('program', PROGRAMS)
def test_program(program):
    check_program(program)
