"""Reference counts: every conformance program that runs to completion is
run untranslated, then the heap checker compares every stored count with
the real number of references (tests/unit/heapcheck.py)."""

import io
import os

import pytest

from tests.unit.support import run
from tests.unit.heapcheck import RefcountMismatch
from fastpy.objspace import refcount
from fastpy.objspace.listobject import W_ListObject

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, 'tests', 'programs')


FINALIZATION = os.path.join(ROOT, 'tests', 'finalization')


def _walk_all():
    for folder in (PROGRAMS, FINALIZATION):
        for entry in os.walk(folder):
            yield entry


def successful_programs():
    found = []
    for dirpath, dirnames, filenames in _walk_all():
        # Packages (folders with __init__.py) and folders named *_modules
        # hold modules that programs import, not programs.
        dirnames[:] = sorted(
            d for d in dirnames if not d.endswith('_modules') and
            not os.path.exists(os.path.join(dirpath, d, '__init__.py')))
        for name in sorted(filenames):
            if not name.endswith('.py') or name.startswith('test_') or \
                    name == '__init__.py':
                continue
            path = os.path.join(dirpath, name)
            if translated_only(path):
                continue
            with open(path[:-3] + '.code') as f:
                if f.read().strip() == '0':
                    found.append(os.path.relpath(path, PROGRAMS))
    return found


TRANSLATED_ONLY = '# translated only:'


def translated_only(path):
    """A program whose first line starts with TRANSLATED_ONLY (and says
    why) is too big for the interpreter running on CPython 2.7, e.g. a
    chain of a million objects that exists to test the C stack; it still
    runs on the binary (tests/finalization, tests/programs)."""
    with open(path) as f:
        return f.readline().startswith(TRANSLATED_ONLY)


@pytest.mark.parametrize('program', successful_programs())
def test_program_counts(program):
    with io.open(os.path.join(PROGRAMS, program), 'rb') as f:
        source = f.read()
    out, err, status = run(source, argv=[program, 'one', '2', 'three'],
                           path=os.path.join(PROGRAMS, program))
    assert status == 0, err


def test_checker_detects_a_wrong_count():
    from tests.unit import support
    from fastpy import main as fastpy_main
    from tests.unit.heapcheck import check_heap
    interp = fastpy_main.Interpreter(['prog.py'])
    assert interp.run_source('x = [[1], [2]]\n', 'prog.py') == 0
    w_list = interp.w_main.getitem_str('x')
    assert isinstance(w_list, W_ListObject)
    w_list.getitem(0).refcount += 1
    with pytest.raises(RefcountMismatch):
        check_heap(interp)


def test_dead_objects_are_released():
    source = "a = [[1, 2], (3, [4])]\nb = a[1]\na = None\n"
    out, err, status = run(source)
    assert status == 0, err


def test_popped_item_survives_until_stored():
    source = ("stack = [[1], [2]]\n"
              "top = stack.pop()\n"
              "top.append(3)\n"
              "print(top, stack)\n")
    out, err, status = run(source)
    assert out == "[2, 3] [[1]]\n"


def test_release_order_is_from_the_end_for_lists():
    from fastpy.objspace.listobject import newlist
    from fastpy.objspace.tupleobject import newtuple
    released = []

    class Probe(W_ListObject):
        def release_children(self):
            released.append(self.tag)
            W_ListObject.release_children(self)

    first, second = Probe([]), Probe([])
    first.tag, second.tag = 'first', 'second'
    outer = newlist([first, second])
    refcount.incref(outer)
    refcount.decref(outer)
    assert released == ['second', 'first']


def test_release_is_depth_first_like_cpython():
    # outer = [a, b] with b = [d]: CPython releases outer, then b (lists
    # drop items from the end), then d, before it gets to a.
    released = []

    class Probe(W_ListObject):
        def release_children(self):
            released.append(self.tag)
            W_ListObject.release_children(self)

    def probe(tag, items_w):
        w_list = Probe(items_w)
        w_list.tag = tag
        return w_list

    d = probe('d', [])
    b = probe('b', [d])
    a = probe('a', [])
    outer = probe('outer', [a, b])
    refcount.incref(outer)
    refcount.decref(outer)
    assert released == ['outer', 'b', 'd', 'a']


def test_temporary_survives_until_discarded():
    from fastpy.objspace.tupleobject import newtuple
    from fastpy.objspace.listobject import newlist
    w_item = newlist([])
    w_tuple = newtuple([w_item])
    refcount.incref(w_tuple)
    refcount.disown(w_tuple)          # handed to RPython code: count 0
    assert w_tuple.refcount == 0 and w_item.refcount == 1
    refcount.discard(w_tuple)         # dropped: released now
    assert w_tuple.refcount == refcount.DEAD
    assert w_item.refcount == refcount.DEAD     # only the tuple held it


def test_deep_nest_is_released_without_deep_recursion():
    # 100,000 nested lists: the trashcan bounds the nesting of releases,
    # and the heap checker then finds every one of them dead.
    source = ("x = []\n"
              "for i in range(100000):\n"
              "    x = [x]\n"
              "x = None\n"
              "print('done')\n")
    out, err, status = run(source)
    assert (out, status) == ('done\n', 0), err
    assert refcount.trashcan.depth == 0
    assert refcount.trashcan.deferred == []
