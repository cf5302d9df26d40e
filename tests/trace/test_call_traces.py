"""Trace tests for calls: argument matching is decided per call site
(argmatch.get_plan is elidable on the code object, the number of
positional arguments and the constant keyword-name tuple), so a call with
keywords and defaults compiles to plain moves into the callee's frame;
closure cells are read in place.  Runs bin/fastpy (translated)."""

from tests.trace.test_trace import compile_loops, find_loop
from tests.trace.jitlog import allocations_and_calls, opname


KEYWORD_CALL = """
def area(w, h=2, scale=1):
    return w * h * scale

def keyword_calls(n):
    total = 0
    for i in range(n):
        total += area(i, scale=3)
    return total

print(keyword_calls(100000))
"""


def test_keyword_call_with_defaults_allocates_nothing():
    # CALL_KW: the plan (i -> w, default -> h, keyword 0 -> scale) folds
    # away; no Arguments bundle, no name search, no frame allocation.
    out, loops = compile_loops(KEYWORD_CALL)
    assert out == '%d\n' % sum(i * 2 * 3 for i in range(100000))
    body = find_loop(loops, 'keyword_calls').body()
    assert allocations_and_calls(body) == [], '\n'.join(body)


KEYWORD_ONLY_NAMES = """
def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

def keyword_names(n):
    total = 0
    for i in range(n):
        total += clamp(hi=50, x=i % 200)
    return total

print(keyword_names(100000))
"""


def test_all_keyword_call_in_other_order_allocates_nothing():
    out, loops = compile_loops(KEYWORD_ONLY_NAMES)
    expected = sum(min(max(i % 200, 0), 50) for i in range(100000))
    assert out == '%d\n' % expected
    body = find_loop(loops, 'keyword_names').body()
    assert allocations_and_calls(body) == [], '\n'.join(body)


DEFAULTS_POSITIONAL = """
def scaled(x, factor=3):
    return x * factor

def positional_defaults(n):
    total = 0
    for i in range(n):
        total += scaled(i)
    return total

print(positional_defaults(100000))
"""


def test_positional_call_missing_defaults_allocates_nothing():
    # CALL with fewer arguments than parameters also uses a plan.
    out, loops = compile_loops(DEFAULTS_POSITIONAL)
    assert out == '%d\n' % sum(i * 3 for i in range(100000))
    body = find_loop(loops, 'positional_defaults').body()
    assert allocations_and_calls(body) == [], '\n'.join(body)


CLOSURE_CALL = """
def make_scaler(k):
    def scale(x):
        return x * k
    return scale

def closure_calls(n):
    s = make_scaler(3)
    total = 0
    for i in range(n):
        total += s(i)
    return total

print(closure_calls(100000))
"""


def test_closure_call_has_no_residual_call():
    # The callee frame gets the closure's cell in its free slot (a count
    # update on the cell) and LOAD_DEREF reads the cell in place.
    out, loops = compile_loops(CLOSURE_CALL)
    assert out == '%d\n' % sum(i * 3 for i in range(100000))
    body = find_loop(loops, 'closure_calls').body()
    calls = [l for l in body if opname(l).startswith(('call', 'cond_call'))]
    assert calls == [], '\n'.join(body)


NONLOCAL_COUNTER = """
def counting(n):
    count = 0
    def bump(k):
        nonlocal count
        count += k
    for i in range(n):
        bump(i)
    return count

print(counting(100000))
"""


def test_nonlocal_update_in_loop_has_no_residual_call():
    out, loops = compile_loops(NONLOCAL_COUNTER)
    assert out == '%d\n' % sum(range(100000))
    body = find_loop(loops, 'counting').body()
    calls = [l for l in body if opname(l).startswith(('call', 'cond_call'))]
    assert calls == [], '\n'.join(body)
