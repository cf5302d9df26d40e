"""Bad input is decided by fastpy's own counters (parser.py Parser.enter,
compiler/limits.py, objspace/sizelimits.py, objspace/nesting.py), with
CPython 3.11's exceptions; tests/badinput/cases has the same cases for
the binary."""

from tests.unit.support import error_line, output

RECURSION = ("RecursionError: maximum recursion depth exceeded during "
             "compilation")


def test_parser_nesting_is_memoryerror():
    assert error_line('x = ' + '-' * 100000 + '1\n') == 'MemoryError'
    assert error_line('x = ' + 'not ' * 7000 + '1\n') == 'MemoryError'
    assert error_line('x = ' + '2 ** ' * 3100 + '1\n') == 'MemoryError'
    assert error_line('x = ' + '[' * 150 + '-' * 2000 + '1' + ']' * 150 +
                      '\n') == 'MemoryError'


def test_compiler_depth_is_recursionerror():
    assert error_line('x = ' + '-' * 4000 + '1\n') == RECURSION
    assert error_line('x = ' + '1 + ' * 100000 + '1\n') == RECURSION
    assert error_line('x = a' + '.b' * 5000 + '\n') == RECURSION
    assert error_line('if x:\n    pass\n' +
                      'elif x:\n    pass\n' * 4000) == RECURSION


def test_depth_below_the_limits_compiles():
    assert output('x = ' + '-' * 2000 + '1\nprint(x)\n') == '1\n'
    assert output('x = ' + '1 + ' * 2900 + '1\nprint(x)\n') == '2901\n'
    assert output('x = ' + '1 ** ' * 2900 + '1\nprint(x)\n') == '1\n'


def _nest(k, head):
    return ''.join('    ' * i + head + '\n' for i in range(k)) + \
        '    ' * k + 'pass\n'


def test_statically_nested_blocks():
    msg = 'SyntaxError: too many statically nested blocks'
    assert error_line(_nest(21, 'for x in y:')) == msg
    assert error_line(_nest(21, 'while x:')) == msg
    assert output(_nest(20, 'for x in []:') + 'print(1)\n') == '1\n'
    # a def starts a new code object: 15 + 15 loops are fine
    src = ''.join('    ' * i + 'for x in []:\n' for i in range(15))
    src += '    ' * 15 + 'def f():\n'
    src += ''.join('    ' * (16 + i) + 'while x:\n' for i in range(15))
    src += '    ' * 31 + 'pass\nprint(2)\n'
    assert output(src) == '2\n'


def test_huge_repetitions():
    assert error_line('[0] * 10**18\n') == 'MemoryError'
    assert error_line("'ab' * 2**62\n") == \
        'OverflowError: repeated string is too long'
    assert error_line("b'xy' * 2**62\n") == \
        'OverflowError: repeated bytes are too long'
    assert error_line('a = [1]\na *= 10**18\n') == 'MemoryError'
    assert error_line('a = [1]\na *= -10**30\n') == \
        "OverflowError: cannot fit 'int' into an index-sized integer"
    assert error_line('list(range(10**18))\n') == 'MemoryError'
    assert error_line('1 << 10**18\n') == 'MemoryError'
    assert error_line('1 << 2**100\n') == \
        'OverflowError: too many digits in integer'
    assert output('try:\n    [0] * 10**18\nexcept MemoryError as e:\n'
                  '    print(repr(e))\n') == 'MemoryError()\n'


def test_repr_of_deep_nesting():
    assert error_line('x = []\nfor i in range(3000):\n    x = [x]\n'
                      'repr(x)\n') == ('RecursionError: maximum recursion '
                                       'depth exceeded while getting the '
                                       'repr of an object')


def test_compile_builtin_limits():
    src = ('for s in ["-" * 4000 + "1", "not " * 7000 + "1"]:\n'
           '    try:\n        compile(s, "<s>", "eval")\n'
           '    except (RecursionError, MemoryError) as e:\n'
           '        print(type(e).__name__)\n'
           'print(type(compile("x = 1", "<s>", "exec")).__name__)\n')
    assert output(src) == 'RecursionError\nMemoryError\ncode\n'
