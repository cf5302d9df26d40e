"""Trace tests for instances of Python classes: an attribute read is a
guard on the instance's map and a read of its storage, a method call
builds no bound method and looks nothing up in a dict, and an instance
created and dropped inside a loop is never allocated.

JIT log field names: W_ObjectInstance's fields appear as
`...mapdict.W_ObjectInstance.inst_map` and `...inst_storage_w`."""

import pytest
import re

from tests.trace.test_trace import compile_loops, find_loop, \
    recorded_traces
from tests.trace.jitlog import allocations_and_calls, opname


def assert_no_allocation_or_call(body):
    assert allocations_and_calls(body) == [], '\n'.join(body)


def instance_field_reads(body, field):
    return [l for l in body if opname(l).startswith('getfield')
            and 'W_ObjectInstance.inst_' + field in l]


ATTRIBUTE_READ = """
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def sum_x(points, n):
    total = 0
    for i in range(n):
        total += points[i % 4].x
    return total

pts = [Point(i, -i) for i in range(4)]
print(sum_x(pts, 100000))
"""


def test_instance_attribute_read_is_a_map_guard_and_a_field_read():
    # The instance changes every iteration (it comes from a list), so
    # the read stays in the loop: its class is guarded, its map read and
    # compared with the one constant map all four points share, and x
    # is read from the storage at the index the map gives (folded).
    out, loops = compile_loops(ATTRIBUTE_READ)
    assert out == '%d\n' % sum(i % 4 for i in range(100000))
    body = find_loop(loops, 'sum_x').body()
    assert_no_allocation_or_call(body)
    maps = instance_field_reads(body, 'map')
    assert len(maps) == 1, '\n'.join(body)
    storages = instance_field_reads(body, 'storage_w')
    assert len(storages) == 1, '\n'.join(body)
    map_box = re.search(r'([pi]\d+)\s*=', maps[0]).group(1)
    guards = [l for l in body if opname(l) == 'guard_value'
              and 'guard_value(' + map_box + ',' in l.replace(' ', '')]
    assert len(guards) == 1, '\n'.join(body)
    # No dict lookup of the name and no type lookup at run time.
    assert not [l for l in body if 'lookup' in l], '\n'.join(body)


METHOD_CALL = """
class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x):
        return x * self.k

def run(s, n):
    total = 0
    for i in range(n):
        total += s.scale(i)
    return total

print(run(Scaler(3), 100000))
"""


def test_method_call_builds_no_bound_method_and_looks_up_nothing():
    # LOAD_METHOD + CALL_METHOD: the function is a constant (type lookup
    # folded on the promoted version), self and i move into the inlined
    # callee's frame: nothing is allocated, nothing is called.
    out, loops = compile_loops(METHOD_CALL)
    assert out == '%d\n' % sum(i * 3 for i in range(100000))
    body = find_loop(loops, 'run').body()
    assert_no_allocation_or_call(body)
    assert not [l for l in body if 'W_BoundMethod' in l], '\n'.join(body)


BUILTIN_METHOD_CALL = """
def fill(n):
    out = []
    for i in range(n):
        out.append(i)
    return len(out)

print(fill(100000))
"""


def test_builtin_method_call_builds_no_bound_method():
    out, loops = compile_loops(BUILTIN_METHOD_CALL)
    assert out == '100000\n'
    body = find_loop(loops, 'fill').body()
    assert not [l for l in body if 'W_BoundMethod' in l], '\n'.join(body)
    assert not [l for l in allocations_and_calls(body)
                if opname(l).startswith('new')], '\n'.join(body)


CREATE_AND_DROP = """
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

def run(n):
    s = 0
    for i in range(n):
        p = Pair(i, 1)
        s += p.total()
    return s

print(run(100000))
"""


def test_instance_created_and_dropped_in_a_loop_is_never_allocated():
    # type.__call__ -> object.__new__ -> __init__ are inlined; the
    # instance and its storage are virtual; rebinding `p` drops the last
    # reference and the release (two int slots) folds away.
    out, loops = compile_loops(CREATE_AND_DROP)
    assert out == '%d\n' % sum(i + 1 for i in range(100000))
    body = find_loop(loops, 'run').body()
    assert_no_allocation_or_call(body)


CLASS_CALLS = """
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

class Scaled:
    def __init__(self, v, factor=2, *extra):
        self.v = v * factor
        self.extra = extra

def run(n):
    s = 0
    for i in range(n):
        s += Pair(i, 1).b + Scaled(i).v
    return s

print(run(100000))
"""


def test_class_call_records_no_arguments_bundle():
    # instantiate.call_class: `C(args)` fills __init__'s frame from the
    # caller's stack (exact arity, or through the argument plan), so
    # even the trace as recorded, before optimization, holds no
    # Arguments bundle and no argument list: fewer recorded operations
    # keep big traces under the trace length limit.
    out, traces = recorded_traces(CLASS_CALLS)
    assert out == '%d\n' % sum(1 + i * 2 for i in range(100000))
    assert traces
    for ops in traces:
        bundles = [l for l in ops if 'function.Arguments.inst_' in l]
        assert bundles == [], '\n'.join(ops)


SUPER_CALL = """
class Base:
    def value(self, x):
        return x + 1

class Derived(Base):
    def value(self, x):
        return super().value(x) * 2

def run(d, n):
    total = 0
    for i in range(n):
        total += d.value(i)
    return total

print(run(Derived(), 100000))
"""


def test_zero_argument_super_call_allocates_nothing():
    out, loops = compile_loops(SUPER_CALL)
    assert out == '%d\n' % sum((i + 1) * 2 for i in range(100000))
    body = find_loop(loops, 'run').body()
    assert_no_allocation_or_call(body)


ATTRIBUTE_STORES = """
class Point:
    def __init__(self):
        self.x = 0
        self.y = 0

def run(n):
    p = Point()
    for i in range(n):
        p.x = i
        p.y = p.x + 1
    return p.y

print(run(100000))
"""


def test_type_lookup_records_only_the_version_guard():
    # A store looks up `__setattr__` and the attribute on the type: each
    # lookup records the type's version guard and the call it folds,
    # and nothing for the rare classes whose dicts have keys of user
    # types (W_TypeObject._pure_lookup answers a marker for those).
    out, traces = recorded_traces(ATTRIBUTE_STORES)
    assert out == '100000\n'
    assert traces
    seen = 0
    for ops in traces:
        segment = None
        guards = {}
        for line in ops:
            if 'debug_merge_point' in line:
                segment = line.split("'")[1]
                guards.setdefault(segment, 0)
            elif opname(line) == 'quasiimmut_field' and segment:
                guards[segment] += 1
        for segment, n in guards.items():
            if 'STORE_ATTR' in segment:
                seen += 1
                assert n <= 2, (segment, '\n'.join(ops))
    assert seen
