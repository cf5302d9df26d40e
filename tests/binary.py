"""Locating and running the translated binary from Python 2.7 tests."""

import os
import subprocess
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FASTPY = os.path.join(ROOT, 'bin', 'fastpy')


def require_binary():
    """A missing binary is a test failure, not a skip."""
    assert os.path.isfile(FASTPY) and os.access(FASTPY, os.X_OK), \
        "bin/fastpy is missing: build it with `make`"


def program_env():
    """The test runner's environment without the PYTHON* variables: the
    runner's own PYTHONPATH (the toolchain, with Python 2 backports such
    as typing.py) must not shadow the standard library of the programs,
    whose expected output CPython 3.11 produced without it."""
    return dict((k, v) for k, v in os.environ.items()
                if not k.startswith('PYTHON'))


def run_fastpy(args, env=None, stdin_data=None, timeout=120, cwd=ROOT):
    """Run bin/fastpy; return (stdout, stderr, exit status)."""
    require_binary()
    full_env = program_env()
    if env:
        full_env.update(env)
    # close_fds: Python 2's default lets the program inherit the test
    # runner's descriptors, which shifts the numbers os.open returns.
    proc = subprocess.Popen([FASTPY] + list(args), cwd=cwd, env=full_env,
                            close_fds=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        out, err = proc.communicate(stdin_data or '')
    finally:
        timer.cancel()
    return out, err, proc.returncode
