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


def successful_programs():
    found = []
    for dirpath, dirnames, filenames in os.walk(PROGRAMS):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith('.py') or name.startswith('test_') or \
                    name == '__init__.py':
                continue
            path = os.path.join(dirpath, name)
            with open(path[:-3] + '.code') as f:
                if f.read().strip() == '0':
                    found.append(os.path.relpath(path, PROGRAMS))
    return found


@pytest.mark.parametrize('program', successful_programs())
def test_program_counts(program):
    with io.open(os.path.join(PROGRAMS, program), 'rb') as f:
        source = f.read()
    out, err, status = run(source, argv=[program, 'one', '2', 'three'])
    assert status == 0, err


def test_checker_detects_a_wrong_count():
    from tests.unit import support
    from fastpy import main as fastpy_main
    from tests.unit.heapcheck import check_heap
    interp = fastpy_main.Interpreter(['prog.py'])
    assert interp.run_source('x = [[1], [2]]\n', 'prog.py') == 0
    w_list = interp.w_main.getitem_str('x')
    assert isinstance(w_list, W_ListObject)
    w_list.items_w[0].refcount += 1
    with pytest.raises(RefcountMismatch):
        check_heap(interp)


def test_dead_objects_are_released_at_instruction_boundary():
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
    refcount.drain()
    assert released == ['second', 'first']
