"""Trace tests for zero-cost exception handling: a try block costs
nothing when nothing is raised.  Handlers live in the code object's
exception table, read only when an exception reaches dispatch(), so a
loop whose body is inside try/except (or try/finally, or a callee with a
try) compiles to the same operations as the loop without it."""

from tests.trace.test_trace import compile_loops, find_loop
from tests.trace.jitlog import allocations_and_calls, opname


def loop_opnames(source, marker):
    out, loops = compile_loops(source)
    body = find_loop(loops, marker).body()
    return out, [opname(l) for l in body], body


def assert_same_operations(plain, guarded, marker, expected_out):
    out1, ops1, body1 = loop_opnames(plain, marker)
    out2, ops2, body2 = loop_opnames(guarded, marker)
    assert out1 == expected_out
    assert out2 == expected_out
    assert ops1 == ops2, ('without try:\n' + '\n'.join(body1) +
                          '\n\nwith try:\n' + '\n'.join(body2))
    assert allocations_and_calls(body2) == [], '\n'.join(body2)


PLAIN = """
def work(n):
    total = 0
    for i in range(n):
        total += i * 2
    return total

print(work(100000))
"""

TRY_EXCEPT_IN_BODY = """
def work(n):
    total = 0
    for i in range(n):
        try:
            total += i * 2
        except ValueError:
            total = -1
    return total

print(work(100000))
"""


def test_try_except_in_loop_body_adds_no_operation():
    assert_same_operations(PLAIN, TRY_EXCEPT_IN_BODY, 'work',
                           '%d\n' % sum(i * 2 for i in range(100000)))


TRY_EXCEPT_AS_IN_BODY = """
def work(n):
    total = 0
    for i in range(n):
        try:
            total += i * 2
        except (ValueError, KeyError) as e:
            total = -1
        else:
            pass
    return total

print(work(100000))
"""


def test_try_except_as_else_in_loop_body_adds_no_operation():
    assert_same_operations(PLAIN, TRY_EXCEPT_AS_IN_BODY, 'work',
                           '%d\n' % sum(i * 2 for i in range(100000)))


PLAIN_TWO_STEPS = """
def work(n):
    total = 0
    count = 0
    for i in range(n):
        total += i
        count += 1
    return total + count

print(work(100000))
"""

TRY_FINALLY_IN_BODY = """
def work(n):
    total = 0
    count = 0
    for i in range(n):
        try:
            total += i
        finally:
            count += 1
    return total + count

print(work(100000))
"""


def test_try_finally_in_loop_body_runs_the_finally_inline():
    # The normal path of a finally is compiled inline after the body: no
    # SETUP/POP instruction and no extra operation.
    assert_same_operations(PLAIN_TWO_STEPS, TRY_FINALLY_IN_BODY, 'work',
                           '%d\n' % (sum(range(100000)) + 100000))


PLAIN_CALL = """
def step(i):
    return i * 2

def work(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total

print(work(100000))
"""

CALLEE_WITH_TRY = """
def step(i):
    try:
        return i * 2
    except ZeroDivisionError:
        return 0

def work(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total

print(work(100000))
"""


def test_inlined_callee_with_try_adds_no_operation():
    assert_same_operations(PLAIN_CALL, CALLEE_WITH_TRY, 'work',
                           '%d\n' % sum(i * 2 for i in range(100000)))


LOOP_INSIDE_TRY = """
def work(n):
    total = 0
    try:
        for i in range(n):
            total += i * 2
    except ValueError:
        total = -1
    finally:
        total += 0
    return total

print(work(100000))
"""


def test_loop_inside_try_is_the_plain_loop():
    assert_same_operations(PLAIN, LOOP_INSIDE_TRY, 'work',
                           '%d\n' % sum(i * 2 for i in range(100000)))


CATCHING_LOOP = """
def work(n):
    caught = 0
    for i in range(n):
        try:
            if i % 100 == 0:
                raise ValueError(i)
        except ValueError:
            caught += 1
    return caught

print(work(100000))
"""


def test_loop_that_sometimes_catches_still_compiles():
    # The handler path is a bridge; the common path stays a loop
    # without allocation.
    out, loops = compile_loops(CATCHING_LOOP)
    assert out == '1000\n'
    body = find_loop(loops, 'work').body()
    assert allocations_and_calls(body) == [], '\n'.join(body)
