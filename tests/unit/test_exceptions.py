"""Exceptions: the zero-cost compilation (exception table instead of
SETUP_* instructions), the handler lookup, and behaviours checked with
the reference-count checker (every successful run goes through it)."""

import pytest

from fastpy.parser.parser import parse, ParseError
from fastpy.compiler.codegen import compile_module
from fastpy.compiler import opcodes as op
from fastpy.compiler.code import W_Code
from fastpy.compiler.exctable import find_handler, ENTRY_SIZE
from tests.unit.support import run, output, error_line


def function_code(source, name):
    module = compile_module(parse(source), 'prog.py')
    for w_const in module.co_consts_w:
        if isinstance(w_const, W_Code) and w_const.co_name == name:
            return w_const
    raise AssertionError('no code object %s' % name)


def instructions(code, start, end):
    return [op.OPNAMES[code.co_code[pc]] for pc in range(start, end, 2)]


def loop_body(code):
    """The instructions from FOR_ITER to the JUMP_BACKWARD closing it."""
    names = instructions(code, 0, len(code.co_code))
    start = names.index('FOR_ITER')
    end = len(names) - 1 - names[::-1].index('JUMP_BACKWARD')
    return names[start:end + 1]


PLAIN = """
def f(n):
    total = 0
    for i in range(n):
        total += i * 2
    return total
"""

GUARDED = """
def f(n):
    total = 0
    for i in range(n):
        try:
            total += i * 2
        except ValueError:
            total = -1
    return total
"""


def test_try_body_runs_no_extra_instruction():
    plain = loop_body(function_code(PLAIN, 'f'))
    guarded = function_code(GUARDED, 'f')
    names = loop_body(guarded)
    # `try:` leaves one NOP carrying its line number (for line tracing,
    # as in CPython 3.11); it produces no operation in a trace
    assert names.count('NOP') == 1
    names.remove('NOP')
    # otherwise the body is the same; only a jump over the handler follows
    assert names[:len(plain) - 1] == plain[:-1]
    extra = [n for n in names[len(plain) - 1:] if n != 'JUMP_BACKWARD']
    assert extra[0] == 'JUMP_FORWARD'
    for name in names:
        assert not name.startswith('SETUP')
    assert len(guarded.co_exctable) % ENTRY_SIZE == 0
    assert len(guarded.co_exctable) > 0


def test_handler_lookup_depends_on_code_and_pc_only():
    code = function_code(GUARDED, 'f')
    names = instructions(code, 0, len(code.co_code))
    mul = 2 * names.index('BINARY_OP')
    i = find_handler(code, mul)
    assert i >= 0
    handler = code.co_exctable[i + 2]
    assert op.OPNAMES[code.co_code[handler]] == 'PUSH_EXC_INFO'
    # the handler keeps the for loop's iterator: depth 1
    assert code.co_exctable[i + 3] == 1
    assert find_handler(code, 0) == -1


def test_finally_body_is_inlined_on_return():
    code = function_code("""
def f():
    try:
        return g()
    finally:
        h()
""", 'f')
    names = instructions(code, 0, len(code.co_code))
    # the normal path runs h() before RETURN_VALUE, and again on the
    # exceptional path before RERAISE
    calls = [k for k, n in enumerate(names) if n == 'LOAD_GLOBAL']
    assert len(calls) >= 3
    assert 'RERAISE' in names


def test_return_in_except_star_is_a_syntax_error():
    out, err, status = run("""
def f():
    try:
        pass
    except* ValueError:
        return 1
""")
    assert status == 1
    assert err.strip().splitlines()[-1] == (
        "SyntaxError: 'break', 'continue' and 'return' cannot appear in an "
        "except* block")


def test_default_except_must_be_last():
    # compile.c's error (not the parser's), over the handler
    from fastpy.compiler.symtable import CompileError
    source = ("try:\n    pass\nexcept:\n    pass\n"
              "except ValueError:\n    pass\n")
    with pytest.raises(CompileError) as info:
        compile_module(parse(source), '<test>')
    e = info.value
    assert e.msg == "default 'except:' must be last"
    assert (e.lineno, e.col, e.end_lineno, e.end_col) == (3, 0, 4, 8)


@pytest.mark.parametrize('source, message', [
    ("try:\n    pass\nx = 1\n", "expected 'except' or 'finally' block"),
    ("try:\n    pass\nexcept A, B:\n    pass\n",
     "multiple exception types must be parenthesized"),
    ("try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n",
     "cannot have both 'except' and 'except*' on the same 'try'"),
    ("try:\n    pass\nexcept*:\n    pass\n",
     "expected one or more exception types"),
    ("with a as 1:\n    pass\n", "cannot assign to literal"),
])
def test_syntax_errors(source, message):
    with pytest.raises(ParseError) as info:
        parse(source)
    assert info.value.msg == message


def test_exception_variable_is_deleted():
    assert output("""
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    e
except NameError:
    print('deleted')
""") == "deleted\n"


def test_handled_exception_is_restored():
    assert output("""
import sys
try:
    raise KeyError(1)
except KeyError:
    try:
        raise ValueError(2)
    except ValueError:
        pass
    print(repr(sys.exception()))
print(sys.exception())
""") == "KeyError(1)\nNone\n"


def test_exception_kept_alive_by_a_local_survives_its_frame():
    # `err` holds the last counted reference when the frame is released
    # on the way out: the exception must stay alive for the caller.
    assert output("""
def f():
    try:
        raise ValueError([1, 2])
    except ValueError as e:
        err = e
        raise
try:
    f()
except ValueError as v:
    print(v.args, v.__traceback__.tb_next.tb_lineno)
""") == "([1, 2],) 4\n"


def test_uncaught_chain_text():
    out, err, status = run("""
try:
    1 / 0
except ZeroDivisionError as e:
    raise ValueError('v') from e
""")
    assert status == 1
    assert err == (
        'Traceback (most recent call last):\n'
        '  File "prog.py", line 3, in <module>\n'
        '    1 / 0\n'
        '    ~~^~~\n'
        'ZeroDivisionError: division by zero\n'
        '\n'
        'The above exception was the direct cause of the following '
        'exception:\n'
        '\n'
        'Traceback (most recent call last):\n'
        '  File "prog.py", line 5, in <module>\n'
        '    raise ValueError(\'v\') from e\n'
        'ValueError: v\n')
