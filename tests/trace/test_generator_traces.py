"""Trace tests for generators: a `for` loop over a generator should resume
the generator's frame through a recursive call of the portal (dispatch),
inlined by the JIT, so the loop has no residual call.  Measured on the
first translation: the generator's own loop is compiled first and the
consumer calls it through call_assembler, so these tests are expected
failures until generator entry gets its own JIT driver.  The generator's frame
is not the loop's virtualizable (it lives in the generator object), so
its locals are heap reads and writes; an int the generator keeps in a
local between resumptions is a real allocation (as in PyPy).

"""

import pytest

from tests.trace.test_trace import compile_loops
from tests.trace.jitlog import opname


def calls(body):
    return [l for l in body if opname(l).startswith(('call', 'cond_call'))]


def consumer_loop(loops, marker):
    """The compiled loop of the consumer function `marker`."""
    found = [l for l in loops if l.header.startswith('# Loop') and
             marker in l.header]
    assert found, 'no loop for %s among:\n%s' % (
        marker, '\n'.join(l.header for l in loops))
    return found[0]


COUNT_UP = """
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def consume(n):
    total = 0
    for x in count_up(n):
        total += x
    return total

for k in range(20):
    r = consume(20000)
print(r)
"""


@pytest.mark.xfail(strict=True, reason="not yet: the generator's own loop is compiled first and the consumer resumes it through call_assembler; a JIT driver at generator entry (as PyPy's generatorentry_driver) is needed")
def test_for_over_generator_has_no_residual_call():
    out, loops = compile_loops(COUNT_UP)
    assert out == '%d\n' % sum(range(20000))
    body = consumer_loop(loops, 'consume').body()
    assert calls(body) == [], '\n'.join(body)
    # the generator's body is inlined: its comparison and addition are
    # in the consumer's loop
    assert [l for l in body if opname(l) == 'int_lt'], '\n'.join(body)


RANGE_GEN = """
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

def consume(n):
    total = 0
    for x in evens(n):
        total += x
    return total

for k in range(20):
    r = consume(20000)
print(r)
"""


@pytest.mark.xfail(strict=True, reason="not yet: the generator's own loop is compiled first and the consumer resumes it through call_assembler; a JIT driver at generator entry (as PyPy's generatorentry_driver) is needed")
def test_generator_over_range_has_no_residual_call():
    out, loops = compile_loops(RANGE_GEN)
    assert out == '%d\n' % sum(range(0, 20000, 2))
    body = consumer_loop(loops, 'consume').body()
    assert calls(body) == [], '\n'.join(body)


GENEXP_SUM = """
def total(n):
    s = 0
    for y in (x * 3 for x in range(n)):
        s += y
    return s

for k in range(20):
    r = total(20000)
print(r)
"""


@pytest.mark.xfail(strict=True, reason="not yet: the generator's own loop is compiled first and the consumer resumes it through call_assembler; a JIT driver at generator entry (as PyPy's generatorentry_driver) is needed")
def test_generator_expression_loop_has_no_residual_call():
    out, loops = compile_loops(GENEXP_SUM)
    assert out == '%d\n' % (3 * sum(range(20000)))
    body = consumer_loop(loops, 'total').body()
    assert calls(body) == [], '\n'.join(body)
