"""Smoke test: the whole interpreter is valid RPython (annotation and
rtyping of the translation target succeed), without compiling to C."""

import pytest


def test_target_annotates_and_rtypes():
    from rpython.translator.interactive import Translation
    from targetfastpy import entry_point
    t = Translation(entry_point, [[str]], gc='incminimark')
    t.annotate()
    t.rtype()
