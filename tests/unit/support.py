"""Running source code untranslated, capturing output."""

import os
import sys

from fastpy.modules import outstream
from fastpy.objspace import refcount
from fastpy import main as fastpy_main


class Captured(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def setup(self):
        pass

    def text(self):
        return ''.join(self.parts)


def reset_interpreter_state():
    """Forget what earlier runs in this process left in module-level
    state, so that the heap checker sees only this run's objects."""
    refcount.debug_tracker.reset()
    from fastpy.objspace.typeobject import all_heap_types
    del all_heap_types[:]        # classes of earlier runs are not roots
    from fastpy.interpreter import importspec
    importspec.app.w_namespace = None   # made again by this run
    from fastpy.modules import astmodule
    astmodule.state.w_namespace = None  # the ast node classes too
    from fastpy.objspace import finalizer
    finalizer.state.__init__()          # instances of earlier runs
    # Interpreter state kept in hidden roots (codec registry, error
    # handlers, csv dialects, contexts) is made again by each run.
    from fastpy.modules import (hiddenroots, codecsmodule, codecserrors,
                                csvmodule, contextvarsmodule)
    hiddenroots.hidden.roots_w = []
    codecsmodule.registry.__init__()
    codecserrors.state.__init__()
    csvmodule.state.__init__()
    contextvarsmodule.state.__init__()
    refcount.trashcan.depth = 0
    del refcount.trashcan.deferred[:]


def run(source, argv=None, check_refcounts=True, path=None):
    """Run `source` as __main__; return (stdout, stderr, exit status).
    With check_refcounts, a successful run ends with the heap checker.
    `path`: the program's file, whose directory becomes sys.path[0] (so
    that the modules beside it can be imported)."""
    from tests.unit.heapcheck import check_heap
    # Untranslated, each Python call nests several host-level calls.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 30000))
    out, err = Captured(), Captured()
    saved = outstream.stdout, outstream.stderr
    outstream.stdout, outstream.stderr = out, err
    reset_interpreter_state()
    try:
        path0 = ''
        if path is not None:
            path0 = os.path.dirname(os.path.abspath(path))
        # The host's PYTHONPATH (the toolchain) is not the program's.
        saved_path = os.environ.pop('PYTHONPATH', None)
        try:
            interp = fastpy_main.Interpreter(argv or ['prog.py'], path0)
        finally:
            if saved_path is not None:
                os.environ['PYTHONPATH'] = saved_path
        status = interp.run_source(source, 'prog.py')
        interp.shutdown()
    finally:
        outstream.stdout, outstream.stderr = saved
    if check_refcounts and status == 0:
        check_heap(interp)
    return out.text(), err.text(), status


def output(source):
    """stdout of a run that must succeed (and pass the heap checker)."""
    out, err, status = run(source)
    assert status == 0, err
    return out


def error_line(source):
    """The last stderr line of a run that must fail with status 1."""
    out, err, status = run(source)
    assert status == 1
    return err.strip().splitlines()[-1]


PROGRAMS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))), 'programs')


def folder_programs(folder):
    """The program names (x.py) of tests/programs/<folder>, sorted."""
    return sorted(n for n in os.listdir(os.path.join(PROGRAMS, folder))
                  if n.endswith('.py'))


def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()
