"""End-to-end tests of the untranslated interpreter; every successful run
also passes the reference-count checker."""

import pytest
from tests.unit.support import run, output, error_line


def test_arithmetic():
    assert output("print(1 + 2 * 3, 7 // 2, -7 // 2, 7 % -3, 2 ** 10)") == \
        "7 3 -4 -2 1024\n"


def test_int_overflows_to_long():
    assert output("print(2 ** 64, 9223372036854775807 + 1, -(2**63) - 1)") \
        == "18446744073709551616 9223372036854775808 -9223372036854775809\n"


def test_float_repr():
    assert output("print(0.1 + 0.2, 1e16, 1/3, 2.0, -0.0, 1e-5)") == \
        "0.30000000000000004 1e+16 0.3333333333333333 2.0 -0.0 1e-05\n"


def test_containers_and_repr():
    src = "x = [1, 'a', (2,), {'k': [3]}]\nprint(x)\nprint(repr('it''s'))"
    assert output(src) == "[1, 'a', (2,), {'k': [3]}]\n'its'\n"


def test_functions_defaults_keywords():
    src = """
def f(a, b=10, c=20):
    return a + b * c
print(f(1), f(1, 2), f(1, c=3), f(a=2, b=1, c=1))
"""
    assert output(src) == "201 41 31 3\n"


def test_loops_break_continue_else():
    src = """
total = 0
for i in range(10):
    if i == 3:
        continue
    if i == 8:
        break
    total += i
else:
    total = -1
n = 0
while n < 3:
    n += 1
else:
    n = n * 100
print(total, n)
"""
    assert output(src) == "25 300\n"


def test_unpacking_and_swap():
    assert output("a, b = 1, 2\na, b = b, a\n[c, d] = 'xy'\nprint(a, b, c, d)")\
        == "2 1 x y\n"


def test_chained_comparison():
    assert output("x = 5\nprint(1 < x < 10, 1 < x > 7, 1 == 1.0 != 2)") == \
        "True False True\n"


def test_zero_division_message():
    assert error_line("print(1 // 0)") == \
        "ZeroDivisionError: integer division or modulo by zero"


def test_unbound_local():
    src = "def f():\n    print(x)\n    x = 1\nf()\n"
    assert error_line(src) == ("UnboundLocalError: cannot access local "
        "variable 'x' where it is not associated with a value")


def test_traceback_format():
    src = "def f(n):\n    return 10 // n\n\nf(0)\n"
    out, err, status = run(src)
    assert err == ('Traceback (most recent call last):\n'
                   '  File "prog.py", line 4, in <module>\n'
                   '    f(0)\n'
                   '  File "prog.py", line 2, in f\n'
                   '    return 10 // n\n'
                   '           ~~~^^~~\n'
                   'ZeroDivisionError: integer division or modulo by zero\n')


def test_syntax_error():
    out, err, status = run("x = = 1\n")
    assert status == 1
    assert err.splitlines()[-1] == "SyntaxError: invalid syntax"


def test_recursion_error():
    src = "def f(n):\n    return f(n + 1)\nf(0)\n"
    assert error_line(src) == \
        "RecursionError: maximum recursion depth exceeded"


def test_sys_exit():
    out, err, status = run("import sys\nprint('a')\nsys.exit(3)\n")
    assert (out, status) == ("a\n", 3)


def test_list_methods_refcounts():
    src = """
a = [[1], [2], [3]]
b = a.pop()
a.append(b)
a.insert(0, a[1])
del a[1]
c = a[:]
c.reverse()
a.extend(c)
a.remove(a[0])
d = {'x': a, 'y': (a, b)}
e = d.pop('y')
d['z'] = d
del d['z']
for k, v in d.items():
    pass
print(len(a), a.count(b), sorted_ok(a) if 0 else 0)
"""
    assert output(src.replace("sorted_ok(a) if 0 else 0", "0")) == "5 2 0\n"


def test_temporaries_are_released():
    from fastpy.objspace import refcount
    src = "x = [1, 2]\ny = [x, [x]]\ny = None\nz = len([x, x])\n"
    output(src)
