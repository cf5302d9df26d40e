"""Smoke test: the whole interpreter is valid RPython (annotation and
rtyping of the translation target succeed), without compiling to C."""

import sys


def _fastpy_modules():
    return set(name for name in sys.modules
               if name.startswith('fastpy') and sys.modules[name] is not None)


def test_target_annotates_and_rtypes():
    from rpython.translator.interactive import Translation
    import targetfastpy
    targetfastpy.preload_interpreter()
    before = _fastpy_modules()
    t = Translation(targetfastpy.entry_point, [[str]], gc='incminimark')
    t.annotate()
    t.rtype()
    # A module first imported by the flow space (from a function body)
    # changes prebuilt objects the annotator has already seen: C
    # generation then fails on function pointers with no graph.
    assert _fastpy_modules() - before == set()
