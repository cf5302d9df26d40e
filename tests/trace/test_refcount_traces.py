"""Trace tests for reference counting: temporaries that die inside a loop
stay virtual (no allocation, no call), loops read no release queue, and
passing a counted object around costs at most one count update."""

from tests.trace.test_trace import compile_loops, find_loop
from tests.trace.jitlog import allocations_and_calls, opname


def assert_no_allocation_or_call(loop):
    body = loop.body()
    assert allocations_and_calls(body) == [], '\n'.join(body)


CONSTANT_UNPACK = """
def constant_unpack(n):
    total = 0
    for i in range(n):
        q, r = 1, 2
        total += q + r
    return total

print(constant_unpack(100000))
"""


def test_unpacking_a_constant_tuple_allocates_nothing():
    # `1, 2` is one folded, immortal constant: loading and unpacking it
    # touches no count and builds nothing.
    out, loops = compile_loops(CONSTANT_UNPACK)
    assert out == '300000\n'
    assert_no_allocation_or_call(find_loop(loops, 'constant_unpack'))


FIBONACCI_SWAP = """
def fib_mod(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, (a + b) % 1000003
    return a

print(fib_mod(100000))
"""


def test_swapping_assignment_builds_no_tuple():
    # `a, b = b, ...` compiles to SWAP: no tuple, no call.  One int box
    # remains, as in PyPy's trace of the same loop: the preamble ends with
    # `a` holding a real (non-virtual) int, so the loop's label expects
    # one, and the value moving into `a` is boxed at the jump.
    out, loops = compile_loops(FIBONACCI_SWAP)
    a, b = 0, 1
    for i in range(100000):
        a, b = b, (a + b) % 1000003
    assert out == '%d\n' % a
    body = find_loop(loops, 'fib_mod').body()
    found = allocations_and_calls(body)
    assert not [l for l in found if opname(l) != 'new_with_vtable'], \
        '\n'.join(body)
    assert len(found) <= 1, '\n'.join(body)


RETURNED_TUPLE = """
def divmod_by_7(x):
    return x // 7, x % 7

def sum_parts(n):
    total = 0
    for i in range(n):
        q, r = divmod_by_7(i)
        total += q * r
    return total

print(sum_parts(100000))
"""


def test_tuple_returned_and_unpacked_stays_virtual():
    # The callee builds a counted tuple; its count drops to zero when the
    # caller unpacks it, and the release is inlined: the tuple is never
    # allocated.
    out, loops = compile_loops(RETURNED_TUPLE)
    assert out == '%d\n' % sum((i // 7) * (i % 7) for i in range(100000))
    assert_no_allocation_or_call(find_loop(loops, 'sum_parts'))


TEMPORARY_LIST = """
def pairs(n):
    total = 0
    for i in range(n):
        pair = [i, i + 1]
        total += pair[1] - pair[0]
    return total

print(pairs(100000))
"""


def test_temporary_list_released_by_rebinding_stays_virtual():
    out, loops = compile_loops(TEMPORARY_LIST)
    assert out == '100000\n'
    assert_no_allocation_or_call(find_loop(loops, 'pairs'))


NUMERIC = """
def count_odd(n):
    c = 0
    i = 0
    while i < n:
        if i % 2:
            c += 1
        i += 1
    return c

print(count_odd(100000))
"""


def test_numeric_loop_reads_no_release_state():
    # Guards the absence of any release queue: the earlier global queue
    # showed up here only in loops with residual calls.
    out, loops = compile_loops(NUMERIC)
    assert out == '50000\n'
    body = find_loop(loops, 'count_odd').body()
    touched = [l for l in body if 'Trashcan' in l or 'refcount' in l
               or 'ZeroCount' in l]
    assert touched == [], '\n'.join(body)
    assert allocations_and_calls(body) == [], '\n'.join(body)


PASS_A_LIST = """
def first(xs):
    return xs[0]

def call_with_list(n):
    data = [3, 4, 5]
    total = 0
    for i in range(n):
        total += first(data)
    return total

print(call_with_list(100000))
"""


def first_arg(line):
    return line.split('(', 1)[1].split(',', 1)[0].strip()


def test_passing_a_list_to_a_function_updates_its_count_at_most_once():
    # `data` is pushed borrowed from the local, moves into the callee's
    # local still borrowed, and is read there: its count is not touched.
    out, loops = compile_loops(PASS_A_LIST)
    assert out == '300000\n'
    loop = find_loop(loops, 'call_with_list')
    body = loop.body()
    lists = set(first_arg(l) for l in loop.operations
                if 'W_ListObject.inst_' in l)
    assert lists, '\n'.join(body)
    writes = [l for l in body if opname(l) == 'setfield_gc'
              and 'refcount' in l and first_arg(l) in lists]
    assert len(writes) <= 1, '\n'.join(body)
    assert allocations_and_calls(body) == [], '\n'.join(body)


GLOBAL_CALLS = """
DATA = [3, 4, 5]

def first(xs):
    return xs[0]

def global_calls(n):
    total = 0
    for i in range(n):
        total += first(DATA)
    return total

print(global_calls(100000))
"""


def test_calling_a_global_function_touches_no_count():
    # LOAD_GLOBAL borrows from the module dict's entry (namespaceborrow.py):
    # neither the function nor the global list it is given is counted.
    out, loops = compile_loops(GLOBAL_CALLS)
    assert out == '300000\n'
    body = find_loop(loops, 'global_calls').body()
    counts = [l for l in body if 'refcount' in l]
    assert counts == [], '\n'.join(body)
    assert allocations_and_calls(body) == [], '\n'.join(body)


METHOD_CALLS = """
class Counter:
    def __init__(self, step):
        self.step = step

    def advance(self, k):
        return k + self.step

def method_calls(n):
    c = Counter(2)
    total = 0
    for i in range(n):
        total += c.advance(i)
    return total

print(method_calls(100000))
"""


def test_calling_a_method_touches_no_count():
    # LOAD_METHOD borrows the function from the class's dict and
    # LOAD_FAST borrows the instance: the call counts nothing.
    out, loops = compile_loops(METHOD_CALLS)
    assert out == '%d\n' % sum(i + 2 for i in range(100000))
    body = find_loop(loops, 'method_calls').body()
    counts = [l for l in body if 'refcount' in l]
    assert counts == [], '\n'.join(body)
    assert allocations_and_calls(body) == [], '\n'.join(body)


LIST_OF_INSTANCES = """
class P:
    def __init__(self, v):
        self.v = v

def total(ps, n):
    s = 0
    for k in range(n):
        for p in ps:
            s += p.v
    return s

print(total([P(i) for i in range(100)], 2000))
"""


def test_loop_over_instances_counts_only_the_loop_variable():
    # Each item is counted once when `p` takes it and once when `p`
    # lets it go for the next one (CPython's semantics: the variable
    # holds a reference); the item pushed by FOR_ITER, the attribute
    # read, the list and its iterator cost no count update.
    out, loops = compile_loops(LIST_OF_INSTANCES)
    assert out == '%d\n' % (sum(range(100)) * 2000)
    body = find_loop(loops, 'total').body()
    writes = [l for l in body if opname(l) == 'setfield_gc'
              and 'refcount' in l]
    assert len(writes) <= 2, '\n'.join(body)
    assert allocations_and_calls(body) == [], '\n'.join(body)


def new_instances(body):
    """The variables of instances of user classes allocated in `body`
    (their map is written when they escape)."""
    return set(first_arg(l) for l in body if opname(l) == 'setfield_gc'
               and 'W_ObjectInstance.inst_map' in l)


def count_ops_on(body, var):
    return [l for l in body if 'refcount' in l and first_arg(l) == var]


def assert_new_instances_counted_once(body):
    """Each instance allocated in the loop leaves it with its count
    written once, as 1, and no other count operation."""
    made = new_instances(body)
    assert made, '\n'.join(body)
    for var in made:
        ops = count_ops_on(body, var)
        assert len(ops) == 1 and opname(ops[0]) == 'setfield_gc', \
            '\n'.join(body)
        assert ops[0].split(',')[1].strip() == '1', '\n'.join(body)


STORE_NEW_INSTANCES = """
class P:
    def __init__(self, v):
        self.v = v

def store_new(n):
    slots = [None, None]
    for i in range(n):
        slots[i & 1] = P(i)
    return slots[0].v + slots[1].v

print(store_new(100000))
"""


def test_instance_stored_into_a_list_is_counted_once():
    # The new instance's stack reference moves into the list: it leaves
    # the trace with its count written as 1, and no decrement and zero
    # test follow (STORE_SUBSCR, list.setitem_owned).
    out, loops = compile_loops(STORE_NEW_INSTANCES)
    assert out == '%d\n' % (99998 + 99999)
    body = find_loop(loops, 'store_new').body()
    assert_new_instances_counted_once(body)


APPEND_NEW_INSTANCES = """
class P:
    def __init__(self, v):
        self.v = v

def build(n):
    ps = [P(i) for i in range(n)]
    return len(ps)

print(sum(build(1000) for k in range(100)))
"""


def test_instance_appended_by_a_comprehension_is_counted_once():
    # LIST_APPEND moves the stack's reference into the list.
    out, loops = compile_loops(APPEND_NEW_INSTANCES)
    assert out == '100000\n'
    body = find_loop(loops, '<listcomp>').body()
    assert_new_instances_counted_once(body)


SELF_IN_A_CELL = """
class Scaler:
    def __init__(self, k):
        self.k = k
        self.items = [1, 2, 3, 4]

    def run(self, n):
        total = 0
        for i in range(n):
            total += self.k
        # the comprehension captures self: `self` is a cell in run()
        return total + len([x for x in self.items if x > self.k])

print(Scaler(3).run(100000))
"""


def test_reading_self_from_a_cell_touches_no_count():
    # LOAD_DEREF borrows from a cell that was never rebound (W_Cell):
    # `self.k` costs what it costs when `self` is a plain local.
    out, loops = compile_loops(SELF_IN_A_CELL)
    assert out == '300001\n'
    body = find_loop(loops, 'run').body()
    counts = [l for l in body if 'refcount' in l]
    assert counts == [], '\n'.join(body)
    assert allocations_and_calls(body) == [], '\n'.join(body)
