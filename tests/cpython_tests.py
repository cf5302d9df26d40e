"""Run CPython 3.11's own regression tests (`Lib/test/test_*.py` of the
CPython installed on the machine, never copied here) under bin/fastpy and
under that CPython, and print what passed, failed, errored, was skipped or
crashed, per module and in total (`make cpython-tests`).

Each module runs in its own process, `INTERP -m unittest -v test.NAME`,
with a time limit; the standard library both interpreters use is that
CPython's `Lib/` (fastpy gets it through FASTPY_STDLIB), so both see the
same test files.  Run by CPython 3.11:

    python3.11 tests/cpython_tests.py [--timeout S] [--only a,b] [-v]

Exit status: 0 when the table was produced (failures are figures, not
errors of this script), 2 when no CPython 3.11 with `Lib/test` exists.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FASTPY = os.path.join(ROOT, 'bin', 'fastpy')

MODULES = """
test_grammar test_int test_float test_list test_dict test_tuple test_set
test_string test_bool test_class test_scope test_with test_generators
test_exceptions test_raise test_contextlib test_functools test_itertools
test_collections test_math test_json test_re test_long test_types
test_descr test_super test_property test_dataclasses test_enum
test_fstring test_format test_unpack test_augassign test_compare
test_richcmp test_iter test_genexps test_listcomps test_sort test_bisect
test_heapq test_random test_operator test_keywordonlyarg
test_positional_only_arg test_patma test_slice test_range
""".split()

# unittest -v: "test_name (module.Class.test_name) ... ok" and friends;
# a test's docstring may put the verdict on the next line.
RAN = re.compile(r'^Ran (\d+) tests? in ')
SUMMARY = re.compile(r'^(OK|FAILED)\s*(?:\((.*)\))?\s*$')
FAILED_IMPORT = re.compile(r'^ImportError: Failed to import test module')


def find_cpython311():
    """(interpreter, its Lib directory) of a CPython 3.11 whose Lib has the
    test package, or (None, None)."""
    candidates = []
    for lib in sorted(glob.glob('/root/.pyenv/versions/3.11.*/lib/python3.11'),
                      reverse=True):
        candidates.append((os.path.join(lib, '..', '..', 'bin', 'python3.11'),
                           lib))
    candidates.append(('/usr/bin/python3.11', '/usr/lib/python3.11'))
    for exe, lib in candidates:
        if os.path.exists(exe) and \
                os.path.exists(os.path.join(lib, 'test', 'test_grammar.py')):
            return os.path.normpath(exe), os.path.normpath(lib)
    return None, None


class Result(object):
    def __init__(self, status, ran=0, failures=0, errors=0, skipped=0,
                 xfail=0, xpass=0, seconds=0.0):
        # ok, failed, import (ImportError), load (another exception while
        # loading), crashed (signal, fatal error), timeout
        self.status = status
        self.ran = ran
        self.failures = failures
        self.errors = errors
        self.skipped = skipped
        self.xfail = xfail
        self.xpass = xpass
        self.seconds = seconds

    @property
    def passed(self):
        return max(0, self.ran - self.failures - self.errors - self.skipped
                   - self.xfail - self.xpass)


def parse(output, returncode, seconds):
    """The Result of one `-m unittest -v` run from its combined output."""
    ran = None
    counts = {}
    verdict = None
    imported = True
    for line in output.splitlines():
        m = RAN.match(line)
        if m:
            ran = int(m.group(1))
            continue
        m = SUMMARY.match(line)
        if m and ran is not None:
            verdict = m.group(1)
            for part in (m.group(2) or '').split(','):
                if '=' in part:
                    key, value = part.strip().split('=', 1)
                    counts[key.strip()] = int(value)
        if FAILED_IMPORT.match(line):
            imported = False
    if verdict is None:
        # no summary: the interpreter died (a signal, a fatal error), or
        # an exception other than ImportError stopped the loading
        if returncode < 0 or 'Fatal RPython error' in output or \
                'Traceback' not in output:
            return Result('crashed', seconds=seconds)
        return Result('load', seconds=seconds)
    result = Result('ok' if verdict == 'OK' else 'failed', ran,
                    counts.get('failures', 0), counts.get('errors', 0),
                    counts.get('skipped', 0),
                    counts.get('expected failures', 0),
                    counts.get('unexpected successes', 0), seconds)
    if not imported:
        result.status = 'import'
    return result


def run_module(interp, lib, name, timeout, workdir):
    env = dict(os.environ)
    env['FASTPY_STDLIB'] = lib
    env['PYTHONPYCACHEPREFIX'] = os.path.join(workdir, 'pycache')
    env.pop('PYTHONPATH', None)
    start = time.time()
    try:
        proc = subprocess.run([interp, '-m', 'unittest', '-v', 'test.' + name],
                              cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return Result('timeout', seconds=time.time() - start), ''
    seconds = time.time() - start
    output = proc.stdout.decode('utf-8', 'replace')
    return parse(output, proc.returncode, seconds), output


def cell(r):
    if r.status == 'load':
        return 'error while loading'
    if r.status in ('crashed', 'timeout'):
        return '%-8s %5.0fs' % (r.status, r.seconds)
    text = '%d/%d' % (r.passed, r.ran)
    if r.status == 'import':
        text = 'import error'
    return '%-12s F%-3d E%-3d S%-3d %5.1fs' % (text, r.failures, r.errors,
                                              r.skipped, r.seconds)


def totals(results):
    t = Result('total')
    for r in results:
        t.ran += r.ran
        t.failures += r.failures
        t.errors += r.errors
        t.skipped += r.skipped
        t.xfail += r.xfail
        t.xpass += r.xpass
        t.seconds += r.seconds
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--timeout', type=float, default=300.0,
                    help='seconds per module and interpreter (300)')
    ap.add_argument('--only', default='',
                    help='comma-separated module names instead of the list')
    ap.add_argument('--fastpy', default=FASTPY)
    ap.add_argument('--log-dir', default=os.path.join(ROOT, 'build',
                                                      'cpython-tests'),
                    help='where each run\'s output is kept')
    args = ap.parse_args()
    cpython, lib = find_cpython311()
    if cpython is None:
        print('no CPython 3.11 with Lib/test on this machine: nothing to run')
        return 2
    if not os.path.exists(args.fastpy):
        print('%s does not exist: run make first' % args.fastpy)
        return 2
    modules = [m for m in args.only.split(',') if m] or MODULES
    os.makedirs(args.log_dir, exist_ok=True)
    print('CPython regression tests from %s' % os.path.join(lib, 'test'))
    print('%-26s | %-36s | %-36s' % ('module', 'fastpy (passed/ran)',
                                       'CPython 3.11 (passed/ran)'))
    print('-' * 104)
    rows = []
    for name in modules:
        pair = []
        for label, interp in (('fastpy', args.fastpy), ('cpython', cpython)):
            with tempfile.TemporaryDirectory() as workdir:
                result, output = run_module(interp, lib, name, args.timeout,
                                            workdir)
            with open(os.path.join(args.log_dir, '%s.%s.log' % (name, label)),
                      'w') as f:
                f.write(output)
            pair.append(result)
        rows.append(pair)
        print('%-26s | %-36s | %-36s' % (name, cell(pair[0]), cell(pair[1])))
        sys.stdout.flush()
    print('-' * 104)
    for i, label in enumerate(('fastpy', 'CPython 3.11')):
        t = totals([pair[i] for pair in rows])
        statuses = {}
        for pair in rows:
            statuses[pair[i].status] = statuses.get(pair[i].status, 0) + 1
        print('%-13s ran %d: passed %d, failed %d, errors %d, skipped %d, '
              'expected failures %d; modules: %s; %.0f s' % (
                  label, t.ran, t.passed, t.failures, t.errors, t.skipped,
                  t.xfail, ', '.join('%s %d' % kv for kv in
                                     sorted(statuses.items())), t.seconds))
    print('outputs: %s' % args.log_dir)
    return 0


if __name__ == '__main__':
    sys.exit(main())
