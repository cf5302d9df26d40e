"""Code generation for functions, lambdas, comprehensions, closures and
the unpacking forms (`f(*a, **k)`, `[*a, *b]`, `{**d}`, `{1, 2}`).
A mixin of codegen.CodeGenerator: it uses its emit/label/name helpers
and `child(scope, lineno)`, which makes the generator of a nested scope.

A function object is built as CPython 3.11 builds it:
    [defaults tuple] [kwdefaults dict] [closure tuple of cells] code
    MAKE_FUNCTION flags            (flags: opcodes.MAKE_*)
Decorators are evaluated before the function is made and applied
innermost first (CALL 1 each): `decorate(node.decorators)` is generic,
class statements can use it as well.

A comprehension is a nested function taking the first iterator as its
one argument `.0`; genexps reuse `comprehension()` with is_generator
scopes (the element is yielded instead of appended).
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.compiler import symtable as st
from fastpy.compiler.symtable import CompileError, node_error
from fastpy.compiler import annotations
from fastpy.compiler.code import (CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS,
                                  CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR)
from fastpy.objspace import space
from fastpy.objspace.strobject import W_StrObject
from fastpy.compiler.gencode import generator_flags


class FunctionCodegen(object):
    _mixin_ = True

    # ------------------------------------------------------------ def/lambda

    def visit_FunctionDef(self, node):
        self.evaluate_decorators(node.decorators)
        self.lineno = node.lineno
        scope = self.table.scope_of(node)
        self.make_function(scope, node.args, node.body, None, node.lineno,
                           first_line(node))
        annotations.function_annotations(self, node.args)
        self.apply_decorators(node.decorators)
        self.store_name(node.name)

    def evaluate_decorators(self, decorators):
        for d in decorators:
            self.visit_expr(d)

    def apply_decorators(self, decorators):
        for i in range(len(decorators)):
            self.lineno = decorators[len(decorators) - 1 - i].lineno
            self.loc = decorators[len(decorators) - 1 - i]
            self.emit(op.CALL, 1)

    def visit_Lambda(self, node):
        scope = self.table.scope_of(node)
        self.make_function(scope, node.args, None, node.body, node.lineno)

    def make_function(self, scope, args, body, expr_body, lineno,
                      firstlineno=-1):
        """Push a new function for `scope`; body is a statement list (def)
        or None, then expr_body is the lambda's expression.  firstlineno:
        the code's co_firstlineno, when not `lineno` (a decorated def
        starts at its first decorator, as in CPython)."""
        if firstlineno < 0:
            firstlineno = lineno
        flags = 0
        if len(args.defaults) > 0:
            for d in args.defaults:
                self.visit_expr(d)
            self.emit(op.BUILD_TUPLE, len(args.defaults))
            flags |= op.MAKE_DEFAULTS
        nkwdefaults = 0
        for i in range(len(args.kwonly)):
            w_default = args.kw_defaults[i]
            if w_default is not None:
                # the key is the parameter's name as mangled in a class
                name = st.mangle(self.scope.private, args.kwonly[i])
                self.emit(op.LOAD_CONST,
                          self.const_index(space.newtext(name)))
                self.visit_expr(w_default)
                nkwdefaults += 1
        if nkwdefaults > 0:
            self.emit(op.BUILD_MAP, nkwdefaults)
            flags |= op.MAKE_KWDEFAULTS
        gen = self.child(scope, firstlineno)
        gen.argcount = len(args.argnames)
        gen.posonlyargcount = args.posonlycount
        gen.kwonlyargcount = len(args.kwonly)
        gen.flags = CO_OPTIMIZED | CO_NEWLOCALS
        if args.vararg:
            gen.flags |= CO_VARARGS
        if args.kwarg:
            gen.flags |= CO_VARKEYWORDS
        gen.set_code_flags()
        gen.emit_cells()
        if body is not None:
            start = 0
            if len(body) > 0 and isinstance(body[0], ast.ExprStmt):
                first = body[0]
                assert isinstance(first, ast.ExprStmt)
                value = first.value
                if isinstance(value, ast.Constant) and \
                        not isinstance(value, ast.FStringConstant) and \
                        isinstance(value.w_value, W_StrObject):
                    gen.doc = value.w_value
                    start = 1
            gen.visit_body(body[start:])
            gen.emit_implicit_return()
        else:
            gen.visit_expr(expr_body)
            gen.emit(op.RETURN_VALUE, 0)
        self.push_function(scope, gen.assemble(), flags, lineno)

    def set_code_flags(self):
        scope = self.scope
        if scope.parent is not None and scope.parent.kind != st.MODULE:
            self.flags |= CO_NESTED
        self.flags |= generator_flags(scope)

    def emit_cells(self):
        """MAKE_CELL for every cell of this code, first thing."""
        for i in range(len(self.cellvars)):
            self.emit(op.MAKE_CELL, len(self.varnames) + i)

    def push_function(self, scope, w_code, flags, lineno):
        self.lineno = lineno
        if len(scope.freevars) > 0:
            for name in scope.freevars:
                self.emit(op.LOAD_CLOSURE, self.deref_slot(name))
            self.emit(op.BUILD_TUPLE, len(scope.freevars))
            flags |= op.MAKE_CLOSURE
        self.emit(op.LOAD_CONST, self.const_index(w_code))
        self.emit(op.MAKE_FUNCTION, flags)

    # ------------------------------------------------------------ comprehensions

    def visit_ListComp(self, node):
        self.comprehension(node, node.generators, node.elt, None,
                           op.BUILD_LIST, op.LIST_APPEND)

    def visit_SetComp(self, node):
        self.comprehension(node, node.generators, node.elt, None,
                           op.BUILD_SET, op.SET_ADD)

    def visit_DictComp(self, node):
        self.comprehension(node, node.generators, node.key, node.value,
                           op.BUILD_MAP, op.MAP_ADD)

    def visit_GeneratorExp(self, node):
        # The generator work runs the code as a generator (CO_GENERATOR
        # from scope.is_generator); the element is yielded.
        self.comprehension(node, node.generators, node.elt, None,
                           -1, op.YIELD_VALUE)

    def comprehension(self, node, generators, elt, value, build_op,
                      add_op):
        scope = self.table.scope_of(node)
        gen = self.child(scope, node.lineno)
        gen.argcount = 1
        gen.flags = CO_OPTIMIZED | CO_NEWLOCALS
        gen.set_code_flags()
        gen.lineno = node.lineno
        gen.emit_cells()
        if build_op >= 0:
            gen.emit(build_op, 0)
        gen.comprehension_loops(generators, elt, value, add_op)
        if build_op < 0:
            gen.emit(op.LOAD_CONST, gen.const_index(space.w_None))
        gen.emit(op.RETURN_VALUE, 0)
        w_code = gen.assemble()
        self.push_function(scope, w_code, 0, node.lineno)
        self.visit_expr(generators[0].iter)
        self.lineno = node.lineno
        if isinstance(generators[0], ast.AsyncCompFor):
            self.emit(op.GET_AITER, 0)
        else:
            self.emit(op.GET_ITER, 0)
        self.emit(op.CALL, 1)
        if scope.is_coroutine and build_op >= 0:
            self.emit_await(0)        # an async comprehension (gencode.py)

    def comprehension_loops(self, generators, elt, value, add_op):
        n = len(generators)
        heads = []
        ends = []
        for i in range(n):
            g = generators[i]
            is_async = isinstance(g, ast.AsyncCompFor)
            if i == 0:
                self.emit(op.LOAD_FAST, 0)       # .0, the first iterator
            else:
                self.visit_expr(g.iter)
                self.lineno = g.lineno
                self.emit(op.GET_AITER if is_async else op.GET_ITER, 0)
            head = self.new_label()
            end = self.new_label()
            self.mark(head)
            self.lineno = g.lineno
            if is_async:                         # gencode.py
                self.emit(op.GET_ANEXT, 0)
                self.emit(op.LOAD_CONST, self.const_index(space.w_None))
                self.emit_jump(op.ASYNC_FOR_SEND, end)
            else:
                self.emit_jump(op.FOR_ITER, end)
            self.store_target(g.target)
            for cond in g.ifs:
                self.visit_expr(cond)
                self.emit_jump(op.POP_JUMP_IF_FALSE, head)
            heads.append(head)
            ends.append(end)
        self.visit_expr(elt)
        if value is not None:
            self.visit_expr(value)
        if add_op == op.YIELD_VALUE:
            self.emit(op.YIELD_VALUE, 0)
            self.emit(op.POP_TOP, 0)
        else:
            self.emit(add_op, n + 1)
        i = n - 1
        while i >= 0:
            self.emit_jump(op.JUMP_BACKWARD, heads[i])
            self.mark(ends[i])
            i -= 1

    # ------------------------------------------------------------ expressions

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        self.emit(op.DUP_TOP, 0)
        target = node.target
        assert isinstance(target, ast.Name)
        self.store_name(target.id)

    def visit_Starred(self, node):
        raise node_error("can't use starred expression here", node)

    def visit_SetExpr(self, node):
        for elt in node.elts:
            if isinstance(elt, ast.Starred):
                self.starred_display(node.elts, op.BUILD_SET, op.SET_ADD,
                                     op.SET_UPDATE)
                return
        for elt in node.elts:
            self.visit_expr(elt)
        self.emit(op.BUILD_SET, len(node.elts))

    def starred_display(self, elts, build_op, add_op, extend_op):
        """A list/tuple/set display with `*iterable` items: the items
        before the first star are built at once, the rest added one by
        one."""
        first = 0
        while not isinstance(elts[first], ast.Starred):
            first += 1
        for i in range(first):
            self.visit_expr(elts[i])
        self.emit(build_op, first)
        for i in range(first, len(elts)):
            elt = elts[i]
            if isinstance(elt, ast.Starred):
                self.visit_expr(elt.value)
                self.lineno = elt.lineno
                self.emit(extend_op, 1)
            else:
                self.visit_expr(elt)
                self.emit(add_op, 1)

    def dict_display_with_unpacking(self, node):
        first = 0
        while node.keys[first] is not None:
            first += 1
        for i in range(first):
            self.visit_expr(node.keys[i])
            self.visit_expr(node.values[i])
        self.emit(op.BUILD_MAP, first)
        for i in range(first, len(node.keys)):
            key = node.keys[i]
            if key is None:
                self.visit_expr(node.values[i])
                self.lineno = node.lineno
                self.emit(op.DICT_UPDATE, 1)
            else:
                self.visit_expr(key)
                self.visit_expr(node.values[i])
                self.emit(op.MAP_ADD, 1)

    # ------------------------------------------------------------ calls

    def call_needs_unpacking(self, node):
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                return True
        for name in node.kw_names:
            if name == '':
                return True
        return False

    def call_with_unpacking(self, node):
        """f(*a, x, **k, y=1): CALL_FUNCTION_EX with a tuple of the
        positional arguments and, if there are keywords, a dict of them
        (the callee is already on the stack)."""
        args = node.args
        if len(args) == 1 and isinstance(args[0], ast.Starred):
            starred = args[0]
            assert isinstance(starred, ast.Starred)
            self.visit_expr(starred.value)   # CALL_FUNCTION_EX makes it a tuple
        else:
            star = False
            for arg in args:
                if isinstance(arg, ast.Starred):
                    star = True
            if star:
                self.starred_display(args, op.BUILD_LIST, op.LIST_APPEND,
                                     op.LIST_EXTEND)
                self.emit(op.LIST_TO_TUPLE, 0)
            else:
                for arg in args:
                    self.visit_expr(arg)
                self.emit(op.BUILD_TUPLE, len(args))
        self.emit_call_ex(node.kw_names, node.kw_values, node.lineno)

    def emit_call_ex(self, kw_names, kw_values, lineno):
        """CALL_FUNCTION_EX on the positional tuple already on the stack,
        with the keywords (names, values; '' for a **mapping) merged into
        one dict first (calls and class statements)."""
        if len(kw_names) == 0:
            self.lineno = lineno
            self.emit(op.CALL_FUNCTION_EX, 0)
            return
        have_dict = False
        group = []
        for k in range(len(kw_names)):
            if kw_names[k] == '':
                have_dict = self.keyword_group(kw_names, kw_values, group,
                                               have_dict, lineno)
                group = []
                if not have_dict:
                    self.emit(op.BUILD_MAP, 0)
                    have_dict = True
                self.visit_expr(kw_values[k])
                self.lineno = lineno
                self.emit(op.DICT_MERGE, 1)
            else:
                group.append(k)
        self.keyword_group(kw_names, kw_values, group, have_dict, lineno)
        self.lineno = lineno
        self.emit(op.CALL_FUNCTION_EX, 1)

    def keyword_group(self, kw_names, kw_values, group, have_dict, lineno):
        if len(group) == 0:
            return have_dict
        for k in group:
            self.emit(op.LOAD_CONST,
                      self.const_index(space.newtext(kw_names[k])))
            self.visit_expr(kw_values[k])
        self.emit(op.BUILD_MAP, len(group))
        if have_dict:
            self.lineno = lineno
            self.emit(op.DICT_MERGE, 1)
        return True


def first_line(node):
    """co_firstlineno of a def or class: its first decorator's line, if
    it has decorators (CPython's compiler_function/compiler_class)."""
    from fastpy.parser import ast
    if isinstance(node, ast.FunctionDef):
        if len(node.decorators) > 0:
            return node.decorators[0].lineno
    elif isinstance(node, ast.ClassDef):
        if len(node.decorators) > 0:
            return node.decorators[0].lineno
    return node.lineno
