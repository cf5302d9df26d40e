"""`make test`: build bin/fastpy and run every test.

The unit tests run the interpreter untranslated and need no binary; the
translation keeps one core busy for most of its hour.  So when bin/fastpy
has to be (re)built, the unit tests run in one pytest process beside the
translation, and the tests of the binary (programs, finalization, cli,
bad input, traces) run afterwards, one shard per core.  When bin/fastpy is
already up to date, all tests run sharded (tests/run_shards.py).

    python tests/run_all.py [pytest args...]

The exit status is the build's if it failed, else the first failing
test run's."""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The annotation smoke test is left out: building bin/fastpy annotates
# and rtypes the same sources (`make unit-test` still runs it).
DESELECT = ['--deselect',
            'tests/unit/test_annotate.py::test_target_annotates_and_rtypes']
BINARY_TESTS = ['tests/programs', 'tests/finalization', 'tests/cli',
                'tests/badinput', 'tests/trace']


def run_shards(args):
    return subprocess.call([sys.executable,
                            os.path.join(HERE, 'run_shards.py')] + args,
                           cwd=ROOT)


def binary_is_current():
    # make -q: exit status 0 when the target is up to date
    with open(os.devnull, 'w') as devnull:
        return subprocess.call(
            [os.environ.get('MAKE', 'make'), '-q', 'bin/fastpy'],
            cwd=ROOT, stdout=devnull, stderr=devnull) == 0


# The translation's first log line.  RPython's translate.py deletes the
# toolchain's compilation cache (rpython/_cache) when it starts; the unit
# tests compile and cache small C probes there as they import, so they
# start only once the translation has printed this.
TRANSLATION_STARTED = '[translation:info]'


def start_unit_tests(pytest_args, log):
    return subprocess.Popen(
        [sys.executable, '-m', 'pytest'] + pytest_args +
        ['tests/unit'] + DESELECT,
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)


def build_beside_unit_tests(pytest_args, log):
    """Run `make bin/fastpy`, passing its output through, and start the
    unit tests once the translation has begun.  Returns the build's exit
    status and the unit tests' process."""
    build = subprocess.Popen(
        [os.environ.get('MAKE', 'make'), '--no-print-directory',
         'bin/fastpy'],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        # line by line through the pipe, so the start is seen at once
        env=dict(os.environ, PYTHONUNBUFFERED='1'))
    unit = None
    try:
        for line in iter(build.stdout.readline, ''):
            sys.stdout.write(line)
            sys.stdout.flush()
            if unit is None and line.startswith(TRANSLATION_STARTED):
                unit = start_unit_tests(pytest_args, log)
        built = build.wait()
        if unit is None:        # the build ended without translating
            unit = start_unit_tests(pytest_args, log)
    except KeyboardInterrupt:
        for proc in (build, unit):
            if proc is not None and proc.poll() is None:
                proc.kill()
        raise
    return built, unit


def main(pytest_args):
    if binary_is_current():
        return run_shards(pytest_args + ['tests'] + DESELECT)
    log = tempfile.TemporaryFile()
    built, unit = build_beside_unit_tests(pytest_args, log)
    try:
        unit_status = unit.wait()
    except KeyboardInterrupt:
        if unit.poll() is None:
            unit.kill()
        raise
    log.seek(0)
    sys.stdout.write('===== unit tests (run during the build): exit %d =====\n'
                     % unit_status)
    sys.stdout.write(log.read())
    sys.stdout.flush()
    if built != 0:
        sys.stdout.write('===== building bin/fastpy failed: exit %d =====\n'
                         % built)
        return built
    binary_status = run_shards(pytest_args + BINARY_TESTS)
    # 5 = no tests collected: not a failure
    for status in (unit_status, binary_status):
        if status not in (0, 5):
            return status
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
