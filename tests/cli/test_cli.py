"""The command line behaves like python3's: -c, stdin, script arguments,
exit statuses, --version, --jit, the interactive prompt.  Expectations
come from running CPython 3.11 on the same input."""

import os
import pty
import select
import subprocess
import time

import pytest

from tests.binary import run_fastpy, require_binary, FASTPY, ROOT

CPYTHON = '/root/.pyenv/versions/3.11.7/bin/python'


def run_cpython(args, stdin_data=''):
    proc = subprocess.Popen([CPYTHON] + list(args), cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err = proc.communicate(stdin_data)
    return out, err, proc.returncode


def last_line(text):
    lines = text.strip().splitlines()
    return lines[-1] if lines else ''


needs_cpython = pytest.mark.skipif(not os.path.exists(CPYTHON),
                                   reason='CPython 3.11 oracle not installed')

INT_LIMIT = ('import sys; print(sys.flags.int_max_str_digits, '
             'sys.get_int_max_str_digits())')

CASES = [
    (['-c', 'import sys; print(sys.argv)', 'a', 'b'], ''),
    (['-c', 'print(1/0)'], ''),
    (['-c', 'import sys; sys.exit(42)'], ''),
    (['-c', 'import sys; sys.exit("message")'], ''),
    (['-'], 'import sys\nprint("from stdin", sys.argv)\n'),
    ([], 'x = 6 * 7\nprint(x)\n'),
    ([], 'print(undefined)\n'),
    (['-c', 'x = = 2'], ''),
    (['tests/programs/exits/sys_argv.py', 'p', 'q'], ''),
    (['no_such_file.py'], ''),
    (['-m', 'tests.cli.mainmod', 'x', 'y'], ''),
    (['-m', 'tests.cli.mainpkg', 'z'], ''),
    (['-m', 'tests.cli.no_such_module'], ''),
    (['-m', 'tests'], ''),
    (['-c', 'import tests.cli.mainmod'], ''),
    (['-B', '-c', 'print("B")'], ''),
    (['-Bu', '-c', 'print("Bu")'], ''),
    (['-E', '-s', '-S', '-c', 'import sys; print(sys.argv)', '-x'], ''),
    (['-W', 'ignore', '-X', 'dev', '-c', 'print(3)'], ''),
    (['-Wignore', '-c', 'print(4)'], ''),
    (['-I', '-c', 'import sys; print(sys.path[0] != "")'], ''),
    (['-q', '-'], 'print("q")\n'),
    (['-X', 'int_max_str_digits=1000', '-c', INT_LIMIT], ''),
    (['-X', 'int_max_str_digits=0', '-c', INT_LIMIT], ''),
    (['-X', 'int_max_str_digits=639', '-c', INT_LIMIT], ''),
    (['-X', 'int_max_str_digits', '-c', INT_LIMIT], ''),
]


INSPECT_SESSION = (
    'x = 1\nx + 1\n_ * 10\nif x:\n    print("yes")\n\n'
    'for i in range(2):\n    print(i)\n\n1/0\nprint([1,\n2])\n'
    's = \"\"\"a\nb\"\"\"\ns\nNone\n')


@needs_cpython
def test_inspect_mode_reads_a_session_from_a_pipe():
    # -i forces the prompt: prompts and the banner go to stderr, values
    # and the `_` binding as in CPython; only the banner's first line
    # (the build) differs.
    out, err, status = run_fastpy(['-i'], stdin_data=INSPECT_SESSION)
    c_out, c_err, c_status = run_cpython(['-i'], INSPECT_SESSION)
    assert (out, status) == (c_out, c_status)
    assert err.split('\n', 1)[1] == c_err.split('\n', 1)[1]


@needs_cpython
def test_inspect_after_a_script_runs_atexit_once_at_the_end():
    # sys.ps1/ps2 exist in the session and can be changed; the script's
    # atexit function runs once, after the session, as in CPython.
    session = ('x * 2\nimport sys\nprint(repr(sys.ps1), repr(sys.ps2))\n'
               'sys.ps1 = "$ "\n1\n')
    args = ['-i', 'tests/cli/inspect_atexit.py']
    out, err, status = run_fastpy(args, stdin_data=session)
    c_out, c_err, c_status = run_cpython(args, session)
    assert (out, err, status) == (c_out, c_err, c_status)


@needs_cpython
@pytest.mark.parametrize('args,stdin_data', CASES)
def test_like_cpython(args, stdin_data):
    out, err, status = run_fastpy(args, stdin_data=stdin_data)
    c_out, c_err, c_status = run_cpython(args, stdin_data)
    assert out == c_out
    assert status == c_status
    if args and ('no_such_file' in args[0] or args[-1] in (
            'tests', 'tests.cli.no_such_module')):
        # the program name differs ("fastpy" vs "python"), the rest not
        assert err.split(':', 1)[1] == c_err.split(':', 1)[1]
    else:
        assert last_line(err) == last_line(c_err)


@needs_cpython
@pytest.mark.parametrize('value', ['2000', '0', '12', 'x', ''])
def test_int_max_str_digits_from_the_environment(value):
    # PYTHONINTMAXSTRDIGITS, unless -E or -X int_max_str_digits says
    # otherwise; a bad value stops the start-up as in CPython.
    env = dict(os.environ, PYTHONINTMAXSTRDIGITS=value)
    for args in (['-c', INT_LIMIT], ['-E', '-c', INT_LIMIT],
                 ['-X', 'int_max_str_digits=700', '-c', INT_LIMIT]):
        out, err, status = run_fastpy(args, env={'PYTHONINTMAXSTRDIGITS':
                                                 value})
        proc = subprocess.Popen([CPYTHON] + args, cwd=ROOT, env=env,
                                stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        c_out, c_err = proc.communicate()
        assert (out, err, status) == (c_out, c_err, proc.returncode)


def test_version():
    out, err, status = run_fastpy(['--version'])
    assert status == 0
    assert out.startswith('Python 3.11')


def test_jit_parameters_are_accepted():
    out, err, status = run_fastpy(['--jit', 'threshold=50,trace_eagerness=20',
                                   '-c', 'print(sum(range(1000)))'])
    assert (out, status) == ('499500\n', 0), err
    out, err, status = run_fastpy(['--jit', 'off', '-c', 'print(2 ** 70)'])
    assert (out, status) == ('1180591620717411303424\n', 0), err


def test_bad_jit_parameters_are_a_usage_error():
    for value in ['foo', 'threshold=abc', 'trace_limit=20000', 'nosuch=1']:
        out, err, status = run_fastpy(['--jit', value, '-c', 'print(1)'])
        assert (out, status) == ('', 2), (value, err)
        assert "invalid --jit value '%s'" % value in err, err


def test_unknown_option_is_a_usage_error():
    out, err, status = run_fastpy(['-Z'])
    assert status == 2
    assert 'Unknown option' in err


def read_until(fd, marker, timeout=20):
    data = ''
    deadline = time.time() + timeout
    while marker not in data and time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return data


def test_interactive_prompt():
    require_binary()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(FASTPY, [FASTPY])
    try:
        banner = read_until(fd, '>>> ')
        assert 'Python 3.11' in banner
        os.write(fd, '1 + 2\n')
        assert '3' in read_until(fd, '>>> ')
        os.write(fd, 'def f(x):\n    return x * 10\n\n')
        read_until(fd, '>>> ')
        os.write(fd, 'f(4)\n')
        assert '40' in read_until(fd, '>>> ')
        os.write(fd, '1 / 0\n')
        assert 'ZeroDivisionError: division by zero' in read_until(fd, '>>> ')
        os.write(fd, 'import sys; sys.exit(5)\n')
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 5
    finally:
        try:
            os.kill(pid, 9)
        except OSError:
            pass
        os.close(fd)


LOOP_FOREVER = ('import sys\nprint("ready", flush=True)\n'
                'n = 0\nwhile True:\n    n += 1\n')


def interrupt_after_ready(argv):
    proc = subprocess.Popen(argv + ['-c', LOOP_FOREVER], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline()
        assert line == 'ready\n'
        time.sleep(0.5)      # long enough for the loop to be compiled
        proc.send_signal(2)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
    return err, proc.returncode


@needs_cpython
def test_ctrl_c_in_a_loop_raises_keyboard_interrupt():
    # SIGINT reaches a running (compiled) loop as KeyboardInterrupt; left
    # uncaught, the process dies of SIGINT as CPython's does.
    require_binary()
    err, status = interrupt_after_ready([FASTPY])
    c_err, c_status = interrupt_after_ready([CPYTHON])
    assert last_line(err) == last_line(c_err) == 'KeyboardInterrupt'
    assert status == c_status


def test_ctrl_c_at_the_prompt_keeps_the_session():
    require_binary()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(FASTPY, [FASTPY, '-q'])
    try:
        read_until(fd, '>>> ')
        os.write(fd, '\x03')
        assert 'KeyboardInterrupt' in read_until(fd, '>>> ')
        os.write(fd, '6 * 7\n')
        assert '42' in read_until(fd, '>>> ')
        os.write(fd, 'import sys; sys.exit(3)\n')
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 3
    finally:
        try:
            os.kill(pid, 9)
        except OSError:
            pass
        os.close(fd)


SHOW_DISPOSITIONS = ('import signal\n'
                     'print(signal.getsignal(signal.SIGINT))\n'
                     'print(signal.getsignal(signal.SIGTERM))\n'
                     'print(signal.getsignal(signal.SIGUSR1))\n')


def with_ignored_signals(argv):
    """Run argv with SIGINT and SIGUSR1 ignored, as a shell does for a
    background job (`cmd &`); the child inherits the dispositions."""
    import signal

    def ignore():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    proc = subprocess.Popen(argv + ['-c', SHOW_DISPOSITIONS], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=ignore)
    out, err = proc.communicate()
    return out, err, proc.returncode


@needs_cpython
def test_signals_inherited_as_ignored_stay_ignored():
    # CPython installs its SIGINT handler only over the default
    # disposition: a background job's ignored SIGINT stays ignored.
    require_binary()
    assert with_ignored_signals([FASTPY]) == with_ignored_signals([CPYTHON])
    sigint, sigterm, sigusr1 = with_ignored_signals([FASTPY])[0].split()
    assert sigint == sigusr1 != sigterm      # SIG_IGN, SIG_DFL
