"""Trace tests for builtins whose work loops over a small constant
list: isinstance with a tuple of classes, operator.itemgetter and the
field reads of a namedtuple (a property over an itemgetter), and the
creation of a namedtuple (a lambda running with an exec'd dict as its
globals, and tuple.__new__ on a subclass).  Their loops unroll in a
trace, so each folds to guards and reads instead of a residual call."""

from tests.trace.test_trace import compile_loops, find_loop
from tests.trace.jitlog import allocations_and_calls, opname


def assert_no_allocation_or_call(body):
    assert allocations_and_calls(body) == [], '\n'.join(body)


ISINSTANCE_TUPLE = """
class A:
    pass

class B(A):
    pass

def classify(items, n):
    total = 0
    for i in range(n):
        x = items[i % 2]
        if isinstance(x, (list, tuple)):
            total += 3
        elif isinstance(x, (int, str, A)):
            total += 1
    return total

print(classify([B(), B()], 60000))
"""


def test_isinstance_with_a_tuple_of_classes_makes_no_call():
    # Each class in the tuple is a global, a constant in the trace: the
    # subtype checks fold and leave only the guard on x's class.
    out, loops = compile_loops(ISINSTANCE_TUPLE)
    assert out == '60000\n'
    assert_no_allocation_or_call(find_loop(loops, 'classify').body())


ITEMGETTER = """
from operator import itemgetter

def pick(rows, n):
    second = itemgetter(1)
    both = itemgetter(0, 2)
    total = 0
    for i in range(n):
        row = rows[i % 3]
        a, c = both(row)
        total += second(row) + a - c
    return total

print(pick([(1, 2, 3), (4, 5, 6), (7, 8, 9)], 90000))
"""


def test_itemgetter_call_is_inlined():
    out, loops = compile_loops(ITEMGETTER)
    assert out == '%d\n' % (30000 * (2 + 5 + 8 - 6))
    assert_no_allocation_or_call(find_loop(loops, 'pick').body())


NAMEDTUPLE_FIELDS = """
import collections
Point = collections.namedtuple('Point', 'x y')

def total(points, n):
    s = 0
    for i in range(n):
        p = points[i % 2]
        s += p.x * p.y
    return s

print(total([Point(2, 3), Point(4, 5)], 100000))
"""


def test_namedtuple_field_read_makes_no_call():
    out, loops = compile_loops(NAMEDTUPLE_FIELDS)
    assert out == '%d\n' % (50000 * (6 + 20))
    assert_no_allocation_or_call(find_loop(loops, 'total').body())


NAMEDTUPLE_CREATION = """
import collections
Point = collections.namedtuple('Point', 'x y')

def build(n):
    s = 0
    for i in range(n):
        p = Point(i, 2)
        s += p[0] + p[1]
    return s

print(build(100000))
"""


def test_namedtuple_created_and_dropped_makes_no_call():
    # Point.__new__ is a lambda whose globals are a plain dict: its
    # LOAD_GLOBAL of tuple.__new__ folds like a module global's.
    out, loops = compile_loops(NAMEDTUPLE_CREATION)
    assert out == '%d\n' % sum(i + 2 for i in range(100000))
    body = find_loop(loops, 'build').body()
    assert not [l for l in body if l.split('=')[-1].strip().startswith(
        ('call', 'cond_call'))], '\n'.join(body)


SORT_WITH_KEY = """
def by_key(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    data.sort(key=lambda v: -v)
    return data[0]

print(by_key(60000))
"""


def test_sort_key_function_is_inlined_into_the_key_loop():
    # The keys are computed in a loop with a driver of its own: the
    # lambda's body is in the trace, not a call of the interpreter.
    out, loops = compile_loops(SORT_WITH_KEY)
    assert out == '%d\n' % max((i * 7919) % 10007 for i in range(60000))
    body = find_loop(loops, 'sort keys: <lambda>').body()
    calls = [l for l in body if l.split('=')[-1].strip().startswith(
        ('call_may_force', 'call_assembler'))]
    assert calls == [], '\n'.join(body)


NESTED_RANGE = """
def nested(n):
    total = 0
    for i in range(n):
        for j in range(i % 4):
            total += j
    return total

print(nested(200000))
"""


def test_range_of_ints_does_not_force_the_frame():
    # range(a, b) of plain ints is a residual call that runs no Python
    # code (slicemethods.range_new): no call_may_force, so the loop's
    # frame stays virtual around it and nothing guards on forcing.
    out, loops = compile_loops(NESTED_RANGE)
    assert out == '%d\n' % (50000 * (0 + 0 + 1 + 3))
    # only nested()'s loops and bridges: no module-level loop calls it
    ops = [l for loop in loops for l in loop.operations]
    assert ops
    forcing = [l for l in ops if opname(l).startswith('call_may_force') or
               opname(l) == 'guard_not_forced']
    assert forcing == [], '\n'.join(ops)
