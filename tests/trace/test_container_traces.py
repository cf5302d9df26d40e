"""Trace tests for containers: list strategies keep floats and ints
unboxed, indexing and storing are inlined, and building or summing
containers in a loop makes no residual call but the list's resize."""

from tests.trace.test_trace import compile_loops, find_loop
from tests.trace.jitlog import allocations_and_calls, opname


def calls(body):
    return [l for l in body if opname(l).startswith(('call', 'cond_call'))]


FLOAT_READ = """
def dot(v, w, n):
    s = 0.0
    for j in range(n):
        s += v[j] * w[j]
    return s

v = [0.5] * 1000
w = [2.0] * 1000
total = 0.0
for k in range(300):
    total += dot(v, w, 1000)
print(total)
"""


def test_float_list_read_is_a_bounds_check_and_a_raw_read():
    out, loops = compile_loops(FLOAT_READ)
    assert out == '300000.0\n'
    body = find_loop(loops, 'dot').body()
    assert allocations_and_calls(body) == [], '\n'.join(body)
    reads = [l for l in body if opname(l).startswith('getarrayitem_gc')]
    assert reads and all(opname(l) == 'getarrayitem_gc_f' for l in reads), \
        '\n'.join(body)


FLOAT_STORE = """
def scale(src, out, n):
    for i in range(n):
        s = src[i] * 3.0
        out[i] = s

src = [1.5] * 1000
out = [0.0] * 1000
for k in range(300):
    scale(src, out, 1000)
print(out[999])
"""


def test_storing_a_float_writes_it_raw():
    out, loops = compile_loops(FLOAT_STORE)
    assert out == '4.5\n'
    body = find_loop(loops, 'scale').body()
    assert allocations_and_calls(body) == [], '\n'.join(body)
    stores = [l for l in body if opname(l) == 'setarrayitem_gc']
    assert stores, '\n'.join(body)
    assert not [l for l in body if 'W_FloatObject' in l], '\n'.join(body)


APPEND = """
def squares(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result

print(len(squares(100000)))
"""


def test_append_loop_calls_only_the_resize():
    out, loops = compile_loops(APPEND)
    assert out == '100000\n'
    body = find_loop(loops, 'squares').body()
    others = [l for l in calls(body) if '_ll_list_resize' not in l]
    assert others == [], '\n'.join(body)
    assert not [l for l in body if opname(l) == 'new_with_vtable'], \
        '\n'.join(body)


DICT_VALUES = """
def total(d):
    s = 0
    for v in d.values():
        s += v
    return s

d = {}
for i in range(1000):
    d['k' + str(i)] = i
t = 0
for k in range(300):
    t += total(d)
print(t)
"""


def test_summing_dict_values_makes_no_call():
    out, loops = compile_loops(DICT_VALUES)
    assert out == '%d\n' % (300 * sum(range(1000)))
    body = find_loop(loops, 'total').body()
    assert calls(body) == [], '\n'.join(body)
    # Live iteration: the loop reads the dict's own entries, not a copy.
    assert [l for l in body if 'DictEntry.inst_w_value' in l], \
        '\n'.join(body)


INDIRECT_INDEX = """
def gather(idx, data):
    total = 0
    for j in idx:
        total += data[j]
    return total

data = list(range(100))
idx = [(i * 7) % 100 for i in range(1000)]
for k in range(200):
    r = gather(idx, data)
print(r)
"""


def test_list_index_of_unknown_sign_is_one_bounds_guard():
    # space.list_getitem_int checks 0 <= j < len as one unsigned
    # comparison; a negative index takes the slow path.
    import re
    out, loops = compile_loops(INDIRECT_INDEX)
    assert out == '%d\n' % sum(data_item for data_item in
                               [(i * 7) % 100 for i in range(1000)])
    body = find_loop(loops, 'gather').body()
    assert [l for l in body if opname(l).startswith('uint_')], \
        '\n'.join(body)
    # no sign test of the index (the signal check at the loop's end
    # compares a raw read with 0: not an index)
    signal = set(re.findall(r'(i\d+) = getfield_raw_i', '\n'.join(body)))
    sign_tests = [l for l in body
                  if re.search(r'int_lt\((i\d+), 0\)', l) and
                  re.search(r'int_lt\((i\d+), 0\)', l).group(1)
                  not in signal]
    assert sign_tests == [], '\n'.join(body)
