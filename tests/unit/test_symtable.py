"""The symbol table (fastpy/compiler/symtable.py): scopes of names and
the SyntaxErrors it raises, checked against CPython 3.11's rules."""

import pytest

from fastpy.parser.parser import parse
from fastpy.compiler import symtable as st
from fastpy.compiler.symtable import build_symtable, CompileError


def scopes(source):
    """{scope qualname: {name: scope kind}} for every scope."""
    table = build_symtable(parse(source))
    result = {}

    def walk(scope):
        result[scope.qualname] = dict(scope.scopes)
        for child in scope.children:
            walk(child)
    walk(table.top)
    return table, result


def test_closure_cell_and_free():
    table, s = scopes("def f(a):\n    b = 1\n    def g():\n"
                      "        return a + b + c\n    return g\n")
    assert s['f']['a'] == st.CELL
    assert s['f']['b'] == st.CELL
    assert s['f.<locals>.g']['a'] == st.FREE
    assert s['f.<locals>.g']['c'] == st.GLOBAL_IMPLICIT
    f = table.top.children[0]
    assert f.cellvars == ['a', 'b']
    assert f.children[0].freevars == ['a', 'b']


def test_free_passes_through_intermediate_scope():
    table, s = scopes("def f():\n    x = 1\n    def g():\n"
                      "        def h():\n            return x\n"
                      "        return h\n    return g\n")
    assert s['f']['x'] == st.CELL
    assert s['f.<locals>.g']['x'] == st.FREE
    assert s['f.<locals>.g.<locals>.h']['x'] == st.FREE


def test_global_and_nonlocal():
    table, s = scopes("def f():\n    global y\n    y = 1\n    z = 2\n"
                      "    def g():\n        nonlocal z\n        z = 3\n")
    assert s['f']['y'] == st.GLOBAL_EXPLICIT
    assert s['f']['z'] == st.CELL
    assert s['f.<locals>.g']['z'] == st.FREE


def test_comprehension_scope_and_walrus():
    table, s = scopes("def f(xs):\n    return [last := x for x in xs]\n")
    comp = s['f.<locals>.<listcomp>']
    assert comp['x'] == st.LOCAL
    assert comp['.0'] == st.LOCAL
    assert comp['last'] == st.FREE
    assert s['f']['last'] == st.CELL
    # the first iterable is evaluated in f
    assert s['f']['xs'] == st.LOCAL
    assert 'xs' not in comp


def test_module_level_walrus_in_comprehension_is_global():
    table, s = scopes("[y := i for i in range(3)]\n")
    assert s['<listcomp>']['y'] == st.GLOBAL_EXPLICIT


def test_class_scope_does_not_enclose_methods():
    table, s = scopes("def f():\n    x = 1\n    class C:\n        x = 2\n"
                      "        def m(self):\n            return x\n")
    assert s['f']['x'] == st.CELL
    assert s['f.<locals>.C.m']['x'] == st.FREE


@pytest.mark.parametrize('source, message', [
    ("def f():\n    print(x)\n    global x\n",
     "name 'x' is used prior to global declaration"),
    ("def f():\n    x = 1\n    global x\n",
     "name 'x' is assigned to before global declaration"),
    ("def f(x):\n    global x\n", "name 'x' is parameter and global"),
    ("def f(x):\n    def g():\n        nonlocal y\n",
     "no binding for nonlocal 'y' found"),
    ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
    ("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal"),
    ("[i := 0 for i in range(3)]\n",
     "assignment expression cannot rebind comprehension iteration "
     "variable 'i'"),
    ("[x for x in (y := [1])]\n",
     "assignment expression cannot be used in a comprehension iterable "
     "expression"),
])
def test_errors(source, message):
    with pytest.raises(CompileError) as info:
        build_symtable(parse(source))
    assert info.value.msg == message


def test_qualnames():
    table, s = scopes("def f():\n    g = lambda: [1 for _ in ()]\n"
                      "def h():\n    global k\n    def k():\n        pass\n")
    assert 'f.<locals>.<lambda>' in s
    assert 'f.<locals>.<lambda>.<locals>.<listcomp>' in s
    assert 'k' in s
