"""JIT trace tests: run bin/fastpy with the JIT log on, and assert on
what the hot loops compile to."""

import os
import tempfile

from tests.binary import run_fastpy
from tests.trace.jitlog import parse_log, parse_recorded, \
    allocations_and_calls


def run_with_log(source, category, args=()):
    """Run source under bin/fastpy with PYPYLOG=category; (stdout, log)."""
    fd, logpath = tempfile.mkstemp(suffix='.log')
    os.close(fd)
    srcfd, srcpath = tempfile.mkstemp(suffix='.py')
    os.write(srcfd, source)
    os.close(srcfd)
    try:
        out, err, status = run_fastpy([srcpath] + list(args),
                                      env={'PYPYLOG': category + ':' +
                                           logpath})
        assert status == 0, err
        with open(logpath) as f:
            log = f.read()
    finally:
        os.unlink(logpath)
        os.unlink(srcpath)
    return out, log


def compile_loops(source, args=()):
    out, log = run_with_log(source, 'jit-log-opt', args)
    return out, parse_log(log)


def recorded_traces(source, args=()):
    """The loops and bridges as the tracer recorded them, before any
    optimization (what the trace length limit counts)."""
    # (the recorded trace is printed inside the jit-optimize section,
    # which must be enabled too)
    out, log = run_with_log(source, 'jit-optimize,jit-log-noopt', args)
    return out, parse_recorded(log)


def find_loop(loops, marker):
    """The compiled loop whose header names the function `marker`."""
    found = [l for l in loops if l.header.startswith('# Loop') and
             marker in l.header]
    assert found, 'no loop for %s among:\n%s' % (
        marker, '\n'.join(l.header for l in loops))
    return found[0]


SUM_OF_SQUARES = """
def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

print(sum_of_squares(100000))
"""


def test_range_loop_has_no_allocation_or_call():
    out, loops = compile_loops(SUM_OF_SQUARES)
    assert out == '%d\n' % sum(i * i for i in range(100000))
    loop = find_loop(loops, 'sum_of_squares')
    body = loop.body()
    assert allocations_and_calls(body) == [], '\n'.join(body)
    names = [l for l in body if 'int_mul' in l or 'int_add' in l]
    assert names, '\n'.join(body)


FLOAT_WHILE = """
def decay(n):
    x = 1.0
    y = 0.0
    i = 0
    while i < n:
        x = x * 0.999 + 0.5
        y = y + x / 3.0
        i += 1
    return y

print(decay(100000))
"""


def test_float_while_loop_has_no_allocation_or_call():
    out, loops = compile_loops(FLOAT_WHILE)
    loop = find_loop(loops, 'decay')
    body = loop.body()
    assert allocations_and_calls(body) == [], '\n'.join(body)
    assert [l for l in body if 'float_mul' in l], '\n'.join(body)


def test_jit_off_gives_same_result_and_no_loops():
    out, loops = compile_loops(SUM_OF_SQUARES, ())
    fd, path = tempfile.mkstemp(suffix='.py')
    os.write(fd, SUM_OF_SQUARES)
    os.close(fd)
    try:
        out_off, err, status = run_fastpy(['--jit', 'off', path])
    finally:
        os.unlink(path)
    assert status == 0
    assert out_off == out


GLOBAL_CALLS = """
SCALE = 3

def scaled(x):
    return x * SCALE

def total(n):
    t = 0
    for i in range(n):
        t += scaled(i)
    return t

print(total(100000))
"""


def test_global_function_call_is_inlined_without_lookups():
    # Loading the global function and the global SCALE folds to constant
    # dict entries: no dict lookup calls and no frame allocation remain.
    out, loops = compile_loops(GLOBAL_CALLS)
    assert out == '%d\n' % (3 * sum(range(100000)))
    loop = find_loop(loops, 'total')
    body = loop.body()
    assert allocations_and_calls(body) == [], '\n'.join(body)


MODULE_LEVEL_LOOP = """
acc = 0
for k in range(100000):
    acc = acc + k % 7
print(acc)
"""


def test_module_level_global_updates_need_no_dict_operations():
    # Globals are stored boxed (the value escapes into the dict entry), so
    # the loop allocates the new ints; but reading and writing `acc` and
    # `k` are plain field accesses on constant entries: no calls.
    out, loops = compile_loops(MODULE_LEVEL_LOOP)
    assert out == '%d\n' % sum(k % 7 for k in range(100000))
    loop = find_loop(loops, '<module>')
    body = loop.body()
    calls = [l for l in allocations_and_calls(body) if 'call' in l]
    assert calls == [], '\n'.join(body)
    assert [l for l in body if 'DictEntry.inst_w_value' in l], \
        '\n'.join(body)
