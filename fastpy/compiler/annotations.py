"""Annotations, as CPython 3.11 compiles them without `from __future__
import annotations`: evaluated at definition time.

- A def's parameter and return annotations become the function's
  `__annotations__` dict, set right after the function is made (before
  its decorators run): DUP_TOP, the dict, ROT_TWO, STORE_ATTR.
- `target: annotation [= value]` in a module or class body records
  `__annotations__[name] = annotation` for a simple name; the body starts
  by creating `__annotations__` (CPython's SETUP_ANNOTATIONS) if it has
  any annotated assignment.  In a function the annotation is not
  evaluated.  SETUP_ANNOTATIONS keeps an `__annotations__` the namespace
  already has.
"""

from fastpy.compiler import opcodes as op
from fastpy.compiler import symtable as st
from fastpy.objspace import space
from fastpy.parser import ast


def find_ann(body):
    """Does a statement list hold an annotated assignment (not counting
    nested functions and classes)?  CPython's find_ann."""
    for stmt in body:
        if isinstance(stmt, ast.AnnAssign):
            return True
        if isinstance(stmt, ast.If):
            if find_ann(stmt.body) or find_ann(stmt.orelse):
                return True
        elif isinstance(stmt, ast.While):
            if find_ann(stmt.body) or find_ann(stmt.orelse):
                return True
        elif isinstance(stmt, ast.For):
            if find_ann(stmt.body) or find_ann(stmt.orelse):
                return True
        elif isinstance(stmt, ast.With):
            if find_ann(stmt.body):
                return True
        elif isinstance(stmt, ast.Try):
            if find_ann(stmt.body) or find_ann(stmt.orelse) or \
                    find_ann(stmt.finalbody):
                return True
            for handler in stmt.handlers:
                assert isinstance(handler, ast.ExceptHandler)
                if find_ann(handler.body):
                    return True
    return False


def setup_annotations(gen, body):
    """A module or class body: `__annotations__ = {}` first if needed."""
    if find_ann(body):
        gen.emit(op.SETUP_ANNOTATIONS, 0)


def _in_namespace(gen):
    return gen.scope.kind == st.MODULE or gen.scope.kind == st.CLASS


def compile_ann_assign(gen, node):
    target = node.target
    if node.value is not None:
        gen.visit_expr(node.value)
        gen.store_target(target)
    if isinstance(target, ast.Name):
        if node.simple and _in_namespace(gen):
            gen.visit_expr(node.annotation)
            gen.lineno = node.lineno
            gen.load_name('__annotations__')
            name = st.mangle(gen.scope.private, target.id)
            gen.emit(op.LOAD_CONST, gen.const_index(space.newtext(name)))
            gen.emit(op.STORE_SUBSCR, 0)
            return
    elif isinstance(target, ast.Attribute):
        if node.value is None:
            gen.visit_expr(target.value)
            gen.emit(op.POP_TOP, 0)
    elif isinstance(target, ast.Subscript):
        if node.value is None:
            gen.visit_expr(target.value)
            gen.emit(op.POP_TOP, 0)
            gen.visit_expr(target.index)
            gen.emit(op.POP_TOP, 0)
    if _in_namespace(gen):
        gen.visit_expr(node.annotation)
        gen.emit(op.POP_TOP, 0)


def annotation_order(args):
    """Indexes into args.ann_names in CPython's order: the positional
    parameters after the positional-only ones, then the positional-only
    ones, *args, the keyword-only ones, **kwargs, and 'return'."""
    groups = [args.argnames[args.posonlycount:],
              args.argnames[:args.posonlycount]]
    if args.vararg:
        groups.append([args.vararg])
    groups.append(args.kwonly)
    if args.kwarg:
        groups.append([args.kwarg])
    groups.append(['return'])
    order = []
    for names in groups:
        for name in names:
            for i in range(len(args.ann_names)):
                if args.ann_names[i] == name and i not in order:
                    order.append(i)
                    break
    return order


def function_annotations(gen, args):
    """The function just made is on the stack: set its __annotations__."""
    if len(args.ann_names) == 0:
        return
    gen.emit(op.DUP_TOP, 0)
    order = annotation_order(args)
    for i in order:
        name = st.mangle(gen.scope.private, args.ann_names[i])
        gen.emit(op.LOAD_CONST, gen.const_index(space.newtext(name)))
        gen.visit_expr(args.ann_values[i])
    gen.emit(op.BUILD_MAP, len(order))
    gen.emit(op.ROT_TWO, 0)
    gen.emit(op.STORE_ATTR, gen.name_index('__annotations__'))
