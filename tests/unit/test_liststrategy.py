"""List storage strategies (objspace/listobject.py): which strategy a list
gets, when it switches, that results stay those of CPython, and that the
reference counts stay right (every run ends with the heap checker)."""

import pytest

from tests.unit.support import run, output, error_line, \
    reset_interpreter_state
from tests.unit.heapcheck import check_heap
from fastpy import main as fastpy_main
from fastpy.interpreter.error import OperationError
from fastpy.objspace import refcount
from fastpy.objspace.listobject import (W_ListObject, newlist, newlist_range,
    empty_strategy, int_strategy, float_strategy, object_strategy)
from fastpy.objspace.intobject import W_IntObject, newint
from fastpy.objspace.floatobject import W_FloatObject, newfloat
from fastpy.objspace.boolobject import w_True
from fastpy.objspace.strobject import newstr


def run_globals(source, *names):
    """Run source as __main__ (heap-checked) and return the strategy names
    of the lists bound to `names`."""
    reset_interpreter_state()
    interp = fastpy_main.Interpreter(['prog.py'])
    assert interp.run_source(source, 'prog.py') == 0
    check_heap(interp)
    result = []
    for name in names:
        w_list = interp.w_main.getitem_str(name)
        assert isinstance(w_list, W_ListObject), name
        result.append(w_list.strategy.name)
    return result


# ---------------------------------------------------------------- which one

def test_initial_strategies():
    src = """
e = []
i = [1, 2, 3]
f = [1.5, 2.5]
b = [True]
ib = [1, True]
fi = [1.0, 2]
big = [10 ** 30]
s = ['a']
nan = [float('nan')]
"""
    assert run_globals(src, 'e', 'i', 'f', 'b', 'ib', 'fi', 'big', 's',
                       'nan') == ['empty', 'int', 'float', 'object',
                                  'object', 'object', 'object', 'object',
                                  'object']


def test_repeat_and_range_keep_unboxed():
    src = """
zf = [0.0] * 3
zi = [0] * 4
r = list(range(5))
r2 = list(range(10, 0, -3))
er = list(range(0))
ro = [None] * 2
"""
    assert run_globals(src, 'zf', 'zi', 'r', 'r2', 'er', 'ro') == \
        ['float', 'int', 'int', 'int', 'empty', 'object']
    assert output("print([0.0] * 3, [0] * 4, list(range(10, 0, -3)))") == \
        "[0.0, 0.0, 0.0] [0, 0, 0, 0] [10, 7, 4, 1]\n"


def test_empty_list_takes_the_first_items_kind():
    src = """
a = []
a.append(1)
b = []
b.append(2.5)
c = []
c.append('x')
d = []
d.append(False)
e = []
e.insert(0, 7)
f = []
f.extend([1.5, 2.5])
g = []
g += [1, 2]
"""
    assert run_globals(src, 'a', 'b', 'c', 'd', 'e', 'f', 'g') == \
        ['int', 'float', 'object', 'object', 'int', 'float', 'int']


def test_switch_to_object_on_a_foreign_store():
    src = """
a = [0.0] * 3
a.append('a')
b = [1, 2]
b[0] = 1.5
c = [1.5, 2.5]
c[1] = 2
d = [1, 2]
d.append(True)
e = [1.0]
e.insert(0, None)
f = [1, 2]
f.extend([3, 'x'])
g = [1, 2]
g.append(10 ** 20)
h = [1.0]
h.append(float('nan'))
print(a, b, c, d, e, f, g, h)
"""
    assert run_globals(src, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h') == \
        ['object'] * 8
    assert output(src) == ("[0.0, 0.0, 0.0, 'a'] [1.5, 2] [1.5, 2] "
                           "[1, 2, True] [None, 1.0] [1, 2, 3, 'x'] "
                           "[1, 2, 100000000000000000000] [1.0, nan]\n")


def test_stores_of_the_same_kind_keep_the_strategy():
    src = """
a = [0.0] * 3
a[1] = 2.5
a.append(-0.0)
a.insert(0, 1e300)
b = list(range(4))
b[0] = -5
b.append(2 ** 62)
b.insert(2, 9)
c = b[1:3]
d = a[::-1]
e = b + [7]
f = a * 2
b.reverse()
b.sort()
a.sort()
print(a, b, c, d, e, f)
"""
    assert run_globals(src, 'a', 'b', 'c', 'd', 'e', 'f') == \
        ['float', 'int', 'int', 'float', 'int', 'float']
    assert output(src) == (
        "[0.0, 0.0, -0.0, 2.5, 1e+300] "
        "[-5, 1, 2, 3, 9, 4611686018427387904] [1, 9] "
        "[-0.0, 0.0, 2.5, 0.0, 1e+300] [-5, 1, 9, 2, 3, 4611686018427387904, 7] "
        "[1e+300, 0.0, 2.5, 0.0, -0.0, 1e+300, 0.0, 2.5, 0.0, -0.0]\n")


def test_concatenation_of_different_strategies():
    src = """
a = [1] + [2.0]
b = [1] + []
c = [] + [1.5]
d = [1, 2] + ['x']
print(a, b, c, d)
"""
    assert run_globals(src, 'a', 'b', 'c', 'd') == \
        ['object', 'int', 'float', 'object']
    assert output(src) == "[1, 2.0] [1] [1.5] [1, 2, 'x']\n"


def test_clear_and_inplace_repeat():
    src = """
a = [1, 2]
a.clear()
b = [1.5]
b *= 3
c = [1, 2]
c *= 0
d = [[1], 'x']
d *= 2
print(a, b, c, d, d[0] is d[2])
"""
    assert run_globals(src, 'a', 'b', 'c', 'd') == \
        ['empty', 'float', 'empty', 'object']
    assert output(src) == "[] [1.5, 1.5, 1.5] [] [[1], 'x', [1], 'x'] True\n"


# ---------------------------------------------------------------- semantics

def test_items_read_back_with_their_type():
    assert output("a = [1, 2]\nb = [1.0, 2.0]\n"
                  "print(type(a[0]), type(b[-1]), a[-1] + b[0])") == \
        "<class 'int'> <class 'float'> 3.0\n"


def test_search_and_compare_across_numeric_types():
    src = """
i = [1, 2, 3]
f = [1.0, 2.0, 2.0]
print(True in i, 1.0 in i, 2 in f, 'x' in i, 4 in i, 2.5 in f)
print(i.index(2.0), f.index(2), f.count(2), i.count(True), f.count('2'))
print(i == [1.0, 2.0, 3.0], [1] == [True], f == [1, 2, 2], i == f)
print(i < [1, 2, 4], f > [1.0, 2.0], [1.5] < [2])
"""
    assert output(src) == ("True True True False False False\n"
                           "1 1 2 1 0\n"
                           "True True True False\n"
                           "True True True\n")


def test_nan_keeps_its_identity():
    src = """
n = float('nan')
a = [n]
b = [1.0]
b.append(n)
print(n in a, a == a, a.count(n), b.index(n), n in b, [n] == [n])
print(float('nan') in a)
"""
    assert output(src) == "True True 1 1 True True\nFalse\n"


def test_remove_pop_and_del():
    src = """
a = [1.5, 2.5, 3.5, 2.5]
a.remove(2.5)
x = a.pop()
y = a.pop(0)
b = list(range(10))
del b[2]
del b[1:3]
del b[::2]
b[1:2] = [20, 21, 22]
b[::2] = [0, 0, 0]
print(a, x, y, b)
"""
    assert output(src) == "[3.5] 2.5 1.5 [0, 20, 0, 22, 0]\n"


def test_extend_with_itself():
    assert output("a = [1, 2]\na.extend(a)\nb = [[1]]\nb += b\n"
                  "c = [1.5]\nc.extend(c)\nprint(a, b, c)") == \
        "[1, 2, 1, 2] [[1], [1]] [1.5, 1.5]\n"


def test_unpacking_lists():
    assert output("a, b = [1.5, 2.5]\nc, d = [[1], 'x']\n"
                  "e, f = list(range(2))\nprint(a, b, c, d, e, f)") == \
        "1.5 2.5 [1] x 0 1\n"
    assert error_line("a, b = [1.0, 2.0, 3.0]") == \
        "ValueError: too many values to unpack (expected 2)"
    assert error_line("a, b, c = [1, 2]") == \
        "ValueError: not enough values to unpack (expected 3, got 2)"


def test_index_errors():
    assert error_line("[1.0][1]") == "IndexError: list index out of range"
    assert error_line("a = [1]\na[-2] = 0") == \
        "IndexError: list assignment index out of range"
    assert error_line("a = []\na.pop()") == \
        "IndexError: pop from empty list"
    assert error_line("[1, 2].index(3)") == "ValueError: 3 is not in list"
    assert error_line("a = [1.0]\na.remove(2)") == \
        "ValueError: list.remove(x): x not in list"


def test_iteration_over_unboxed_lists():
    src = """
total = 0.0
for x in [0.5] * 4:
    total += x
n = 0
for i in list(range(5)):
    n += i
print(total, n, sum([1, 2, 3]), max([1.5, 0.5]), sorted_ok)
"""
    assert output(src.replace(', sorted_ok', '')) == "2.0 10 6 1.5\n"


# ---------------------------------------------------------------- counts

def test_counts_with_switches_and_nested_lists():
    src = """
a = [1, 2]
a.append([3])
a[0] = [4]
b = a.pop()
a.insert(1, b)
c = a[:]
c.reverse()
a.extend(c)
a.remove(a[0])
del a[0]
a *= 2
d = [[1], [2]] * 3
d[1:3] = [d[0]]
del d[::2]
x, y = [b, [5]]
e = [0.0] * 2
e[0] = b
e.clear()
print(len(a), len(d), x, y)
"""
    assert output(src) == "8 2 [3] [5]\n"


def test_release_order_of_object_lists_is_from_the_end():
    released = []

    class Probe(W_ListObject):
        def release_children(self):
            released.append(self.tag)
            W_ListObject.release_children(self)

    def probe(tag):
        w_list = Probe([])
        w_list.tag = tag
        return w_list

    outer = newlist([probe('a'), probe('b'), probe('c')])
    assert outer.strategy is object_strategy
    refcount.incref(outer)
    refcount.decref(outer)
    assert released == ['c', 'b', 'a']
    assert outer.strategy is empty_strategy     # detached before dropping


def test_pop_disowns_and_delitem_releases():
    w_inner = newlist([newint(1)])
    w_other = newlist([newint(2)])
    w_outer = newlist([w_inner, w_other])
    refcount.incref(w_outer)
    w_item = w_outer.pop(1)
    assert w_item is w_other and w_other.refcount == 0    # a temporary
    refcount.discard(w_item)
    assert w_other.refcount == refcount.DEAD
    w_outer.delitem(0)
    assert w_inner.refcount == refcount.DEAD
    refcount.decref(w_outer)


def test_replace_counts_the_new_item_first():
    w_inner = newlist([])
    w_outer = newlist([w_inner])
    refcount.incref(w_outer)
    w_outer.setitem(0, w_inner)       # same object: must survive
    assert w_inner.refcount == 1
    w_outer.replace_all([w_inner, w_inner])
    assert w_inner.refcount == 2
    refcount.decref(w_outer)
    assert w_inner.refcount == refcount.DEAD


# ---------------------------------------------------------------- API level

def test_constructor_and_switch_at_the_object_level():
    w_list = W_ListObject([newfloat(0.0)]).mul(3)
    assert w_list.strategy is float_strategy
    assert [w.floatval for w in w_list.getitems_copy()] == [0.0] * 3
    w_list.append(newstr(u'a'))
    assert w_list.strategy is object_strategy
    assert w_list.length() == 4
    w_ints = newlist_range(0, 1, 5)
    assert w_ints.strategy is int_strategy
    assert isinstance(w_ints.getitem(4), W_IntObject)
    assert w_ints.getitem(4).intval == 4
    w_empty = newlist([])
    assert w_empty.strategy is empty_strategy
    w_empty.append(newint(1))
    assert w_empty.strategy is int_strategy
    assert newlist([w_True]).strategy is object_strategy
    assert newlist([newint(1), newfloat(1.0)]).strategy is object_strategy
    w_f = newlist([newfloat(2.0), newfloat(1.0)])
    w_f.sort(False)
    assert isinstance(w_f.getitem(0), W_FloatObject)
    assert w_f.getitem(0).floatval == 1.0


def test_failed_sort_leaves_the_list_unchanged():
    w_list = newlist([newint(2), newstr(u'a'), newint(1)])
    with pytest.raises(OperationError):
        w_list.sort(False)
    assert [w.__class__.__name__ for w in w_list.getitems_copy()] == \
        ['W_IntObject', 'W_StrObject', 'W_IntObject']
    assert w_list.getitem(0).intval == 2
