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


def test_default_values_are_constants_in_the_trace():
    # A function's defaults are replaced whole, never changed in place
    # (W_Function.defaults_w is quasi-immutable with immutable items):
    # the default 3 is multiplied in as a constant, not read from the
    # defaults array and unboxed in every trace that uses it.
    out, loops = compile_loops(DEFAULTS_POSITIONAL)
    assert out == '%d\n' % sum(i * 3 for i in range(100000))
    ops = [l for loop in loops for l in loop.operations]
    assert [l for l in ops if opname(l).startswith('getarrayitem_gc')
            and '(ConstPtr(' in l] == [], '\n'.join(ops)
    body = find_loop(loops, 'positional_defaults').body()
    assert [l for l in body if opname(l).startswith('int_mul')
            and l.rstrip().endswith(', 3)')], '\n'.join(body)


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


CLOSURE_MADE_PER_ITERATION = """
def made_and_dropped(n):
    total = 0
    for i in range(n):
        def add(x, k=i):
            return x + k
        total += add(1)
        total += sum([j for j in (i, 1)])
    return total

print(made_and_dropped(100000))
"""


def test_function_made_and_dropped_per_iteration_is_virtual():
    # MAKE_FUNCTION for the def and for the list comprehension: both
    # functions die in the iteration that made them, and their release
    # writes nothing a trace depends on, so the loop compiles (no
    # aborted traces) and neither function is allocated.
    out, loops = compile_loops(CLOSURE_MADE_PER_ITERATION)
    assert out == '%d\n' % sum(1 + i + i + 1 for i in range(100000))
    body = find_loop(loops, 'made_and_dropped').body()
    functions = [l for l in body if opname(l).startswith('new') and
                 'W_Function' in l]
    assert functions == [], '\n'.join(body)


FORWARDING_WRAPPER = """
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a, b, c=0):
    return a + b + c

def forwarded(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total

print(forwarded(100000))
"""


def residual_calls(body):
    """The names of the functions a loop calls."""
    return [l.split('ConstClass(', 1)[1].split(')', 1)[0] for l in body
            if opname(l).startswith('call') and 'ConstClass(' in l]


def test_decorator_wrapper_forwarding_is_inlined_through_a_plan():
    # fn(*args, **kwargs) follows the plan for two positional arguments:
    # the wrapper and add are inlined, with no Arguments bundle and no
    # generic argument matching.  (Merging and releasing the **kwargs
    # dicts are still residual calls.)
    out, loops = compile_loops(FORWARDING_WRAPPER)
    assert out == '%d\n' % sum(i + 1 for i in range(100000))
    body = find_loop(loops, 'forwarded').body()
    assert [l for l in body if 'call_assembler' in l] == [], '\n'.join(body)
    generic = [c for c in residual_calls(body)
               if 'fill_arguments' in c or 'call_function' in c or
               'kwargs_to_lists' in c or 'call_python_function' in c]
    assert generic == [], '\n'.join(body)


KWARGS_RECEIVER = """
def options(a, **kw):
    return a + kw['x'] + len(kw)

def receiving(n):
    total = 0
    for i in range(n):
        total += options(i, x=1, y=2)
    return total

print(receiving(100000))
"""


def test_kwargs_dict_of_a_call_has_no_hash_table():
    # **kw gets a small dict: made, filled and read inline in the trace,
    # never through the hash table (no r_dict call; its release is
    # still a residual call).
    out, loops = compile_loops(KWARGS_RECEIVER)
    assert out == '%d\n' % sum(i + 1 + 2 for i in range(100000))
    body = find_loop(loops, 'receiving').body()
    assert [l for l in body if 'call_assembler' in l] == [], '\n'.join(body)
    table = [c for c in residual_calls(body)
             if 'lookup_function' in c or 'll_dict' in c]
    assert table == [], '\n'.join(body)
