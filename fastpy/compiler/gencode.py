"""Compiling yield, yield from, await and async for: mixins of the
symbol-table builder (which scopes are generators, with CPython's
SyntaxErrors) and of the code generator (interpreter/generator.py runs
the code).

    yield v          v; YIELD_VALUE                (the sent value is left)
    yield from it    it; GET_YIELD_FROM_ITER; None; YIELD_FROM
    await x          x; GET_AWAITABLE; None; YIELD_FROM
    async for        it; GET_AITER
                 head: GET_ANEXT; None; ASYNC_FOR_SEND exhausted
                       <store target, body>; JUMP_BACKWARD head
            exhausted: <else body>
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.compiler.code import (CO_GENERATOR, CO_COROUTINE,
                                  CO_ASYNC_GENERATOR)
from fastpy.objspace import space


FUNCTION_SCOPE = 1      # symtable.FUNCTION (symtable imports this module)


def _compile_error(msg, node):
    from fastpy.compiler.symtable import node_error
    return node_error(msg, node)


def generator_flags(scope):
    """The CO_* bit of a function scope's code."""
    if scope.is_coroutine:
        if scope.is_generator:
            return CO_ASYNC_GENERATOR
        return CO_COROUTINE
    if scope.is_generator:
        return CO_GENERATOR
    return 0


def _comprehension_kind(name):
    if name == '<listcomp>':
        return 'list comprehension'
    if name == '<setcomp>':
        return 'set comprehension'
    if name == '<dictcomp>':
        return 'dict comprehension'
    return 'generator expression'


def _enclosing_function(scope):
    """The def/lambda scope a comprehension runs in (or the scope)."""
    while scope.is_comprehension and scope.parent is not None:
        scope = scope.parent
    return scope


class GeneratorSymtable(object):
    """Mixin of symtable.SymtableBuilder."""
    _mixin_ = True

    def visit_Yield(self, node):
        self.mark_generator(node, 'yield')
        if node.value is not None:
            node.value.accept(self)

    def visit_YieldFrom(self, node):
        # CPython names both forms 'yield' in these two messages
        self.mark_generator(node, 'yield')
        if self.cur.is_coroutine:
            raise _compile_error("'yield from' inside async function", node)
        node.value.accept(self)

    def mark_generator(self, node, what):
        scope = self.cur
        if scope.kind != FUNCTION_SCOPE:
            raise _compile_error("'%s' outside function" % what, node)
        if scope.is_comprehension:
            raise _compile_error("'%s' inside %s" %
                                 (what, _comprehension_kind(scope.name)),
                                 node)
        scope.is_generator = True

    def visit_Await(self, node):
        self.mark_async(node, "'await' outside function",
                        "'await' outside async function")
        node.value.accept(self)

    def mark_async(self, node, outside_msg, not_async_msg):
        """await or an async comprehension in the current scope: inside
        a comprehension of an async function, the comprehension becomes
        a coroutine (an async generator for a generator expression)."""
        scope = self.cur
        if scope.kind != FUNCTION_SCOPE:
            raise _compile_error(outside_msg, node)
        if not scope.is_comprehension:
            if not scope.is_coroutine:
                raise _compile_error(not_async_msg, node)
            return
        function = _enclosing_function(scope)
        if not function.is_coroutine and scope.name != '<genexpr>':
            raise _compile_error("asynchronous comprehension outside of an "
                               "asynchronous function", node)
        while scope.is_comprehension:
            scope.is_coroutine = True
            if scope.name == '<genexpr>':
                break       # an async generator: making it needs no await
            scope = scope.parent


class GeneratorCodegen(object):
    """Mixin of codegen.CodeGenerator."""
    _mixin_ = True

    def visit_Yield(self, node):
        if node.value is None:
            self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        else:
            self.visit_expr(node.value)
        self.lineno = node.lineno
        self.emit(op.YIELD_VALUE, 0)

    def visit_YieldFrom(self, node):
        self.visit_expr(node.value)
        self.lineno = node.lineno
        self.emit(op.GET_YIELD_FROM_ITER, 0)
        self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        self.emit(op.YIELD_FROM, 0)

    def visit_Await(self, node):
        self.visit_expr(node.value)
        self.lineno = node.lineno
        self.emit_await(0)

    def emit_await(self, where):
        self.emit(op.GET_AWAITABLE, where)
        self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        self.emit(op.YIELD_FROM, 0)

    def visit_AsyncFor(self, node):
        from fastpy.compiler.codegen import Loop
        if not self.scope.is_coroutine:
            raise _compile_error("'async for' outside async function", node)
        head = self.new_label()
        exhausted = self.new_label()
        end_label = self.new_label()
        self.visit_expr(node.iter)
        self.lineno = node.lineno
        self.emit(op.GET_AITER, 0)
        self.mark(head)
        self.emit(op.GET_ANEXT, 0)
        self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        self.emit_jump(op.ASYNC_FOR_SEND, exhausted)
        self.store_target(node.target)
        self.loops.append(Loop(head, end_label, True))
        self.visit_body(node.body)
        self.loops.pop()
        self.lineno = node.lineno
        self.emit_jump(op.JUMP_BACKWARD, head)
        self.mark(exhausted)
        self.visit_body(node.orelse)
        self.mark(end_label)

    def visit_AsyncWith(self, node):
        if not self.scope.is_coroutine:
            raise _compile_error("'async with' outside async function",
                                 node)
        self.compile_async_with(node, 0)

    def compile_async_with(self, node, i):
        """exccodegen.compile_with, with the results of __aenter__ and
        __aexit__ awaited."""
        from fastpy.compiler.exccodegen import WITH
        item = node.items[i]
        handler = self.new_label()
        cleanup = self.new_label()
        suppress = self.new_label()
        end = self.new_label()
        self.visit_expr(item.context_expr)
        self.lineno = node.lineno
        self.emit(op.BEFORE_ASYNC_WITH, 0)      # [exit, awaitable]
        self.emit_await(1)                      # [exit, value]
        h1 = self.new_handler(handler, -1)
        self.push_handler(h1)
        self.push_fblock(WITH, 1, None, 'async', node)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(op.POP_TOP, 0)
        if i + 1 < len(node.items):
            self.compile_async_with(node, i + 1)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.lineno = node.lineno
        self.loc = node                         # CPython's SET_LOC(with)
        self.emit_async_exit_call()
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(handler)                      # [exit, exc]
        h2 = self.new_handler(cleanup, 0)
        self.push_handler(h2)
        self.emit(op.PUSH_EXC_INFO, 0)          # [exit, prev, exc]
        self.emit(op.WITH_EXCEPT_START, 0)      # [exit, prev, exc, res]
        self.emit_await(2)
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.emit(op.RERAISE, 2)
        self.mark(suppress)
        self.emit(op.POP_TOP, 0)                # [exit, prev]
        self.pop_handler()
        self.emit(op.POP_EXCEPT, 0)             # [exit]
        self.emit(op.POP_TOP, 0)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(cleanup)                      # [exit, prev, exc2]
        self.unset_loc()
        self.emit_pop_except_and_reraise()
        self.mark(end)
        self.lineno = node.lineno
        self.loc = node

    def emit_async_exit_call(self):
        """[exit] -> []: await exit(None, None, None), result dropped."""
        for i in range(3):
            self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        self.emit(op.CALL, 3)
        self.emit_await(2)
        self.emit(op.POP_TOP, 0)
