"""Compiling try/except/except*/else/finally, with, raise and assert, as
CPython 3.11 does: zero-cost handlers.

No instruction runs when a try block is entered or left normally.  The
code generator keeps a stack of active handlers while it emits code; the
positions each handler covers (the innermost one for every instruction)
become the code object's exception table (exctable.py), looked up only
when an exception reaches dispatch().  A handler starts with the value
stack cut back to its depth and the exception pushed.

Layouts (d: the depth when the statement starts):

  try/except      body [H1]; else; JUMP end
    H1:  [exc] PUSH_EXC_INFO [prev, exc]          (H2 covers the clauses)
         LOAD type; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
         STORE e   [prev]   body [H3]; POP_EXCEPT; e = None; del e; JUMP end
         H3: e = None; del e; RERAISE
         ... RERAISE (no clause matched)
    H2:  [prev, exc2] COPY 2; POP_EXCEPT; RERAISE  (restores sys.exception())
  try/finally     body [H1]; finalbody; JUMP end
    H1:  [exc] PUSH_EXC_INFO; finalbody [H2]; RERAISE
    H2:  COPY 2; POP_EXCEPT; RERAISE
  with            mgr; BEFORE_WITH [exit, value]; store; body [H1];
                  exit(None, None, None); JUMP end
    H1:  [exit, exc] PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE
         suppress; RERAISE [H2] ...

`return`, `break` and `continue` leaving these blocks run the cleanup
inline (finally bodies are compiled again on those paths), outside the
handlers of the blocks they leave (unwind_exc_blocks).

Mixed into CodeGenerator (codegen.py): uses its emit/label/name helpers.
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.compiler.symtable import CompileError, node_error
from fastpy.compiler import exctable
from fastpy.compiler.linetable import NO_LINE
from fastpy.compiler import positions
from fastpy.compiler import warnchecks
from fastpy.objspace import space


# fblock kinds: what leaving the block by return/break/continue runs
TRY_EXCEPT = 0         # the body of a try with except clauses: nothing
FINALLY_TRY = 1        # the body of a try with finally: the finally body
FINALLY_END = 2        # a finally body run for an exception: drop it
HANDLER_CLEANUP = 3    # an except clause body: restore the handled exc
WITH = 4               # a with body: call __exit__(None, None, None)
EXCEPT_STAR = 5        # an except* clause body: nothing may leave it
POP_VALUE = 6          # a finally body run by a return: the value it saved


class FBlock(object):
    def __init__(self, kind, loop_level, nhandlers, finalbody, name, node):
        self.kind = kind
        self.loop_level = loop_level    # len(codegen.loops) when pushed
        self.nhandlers = nhandlers      # handlers it owns (top of stack)
        self.finalbody = finalbody      # FINALLY_TRY: statements
        self.name = name                # HANDLER_CLEANUP: `as` name or ''
        self.node = node                # WITH: the with statement


class UnwindState(object):
    """What unwind_exc_blocks took off the stacks, to put back."""
    def __init__(self):
        self.fblocks = []
        self.handlers = []


class ExcCodegen(object):
    _mixin_ = True

    def init_exc_state(self):
        self.exc_handlers = []      # exctable.Handler
        self.exc_stack = []         # indexes into exc_handlers
        self.exc_segments = []      # start, end, handler index (flat)
        self.exc_seg_start = 0
        self.exc_fblocks = []

    # ------------------------------------------------------------ handlers

    def new_handler(self, label, depth_offset):
        """A handler entered at `label`, with the depth the stack has at
        the current position plus depth_offset."""
        self.exc_handlers.append(exctable.Handler(label, len(self.code),
                                                  depth_offset))
        return len(self.exc_handlers) - 1

    def _close_segment(self):
        if self.exc_stack:
            end = len(self.code)
            if end > self.exc_seg_start:
                self.exc_segments.append(self.exc_seg_start)
                self.exc_segments.append(end)
                self.exc_segments.append(self.exc_stack[-1])
        self.exc_seg_start = len(self.code)

    def push_handler(self, h):
        self._close_segment()
        self.exc_stack.append(h)

    def pop_handler(self):
        self._close_segment()
        return self.exc_stack.pop()

    def push_fblock(self, kind, nhandlers, finalbody, name, node=None):
        fb = FBlock(kind, len(self.loops), nhandlers, finalbody, name, node)
        self.exc_fblocks.append(fb)
        return fb

    def pop_fblock(self):
        self.exc_fblocks.pop()

    def finish_exc_table(self, code):
        """(stack size, flat exception table) of the assembled code."""
        self._close_segment()
        return exctable.build(code, self.labels, self.exc_handlers,
                              self.exc_segments)

    # ------------------------------------------------------------ unwinding

    def unwind_exc_blocks(self, node, to_loop, preserve_tos):
        """Emit the cleanup of the blocks a return (to_loop False) or a
        break/continue (to_loop True) leaves; the value to return is on
        the stack when preserve_tos.  Returns what to pass to
        restore_exc_blocks after the jump or return is emitted."""
        state = UnwindState()
        level = len(self.loops)
        while self.exc_fblocks:
            fb = self.exc_fblocks[-1]
            if to_loop and fb.loop_level < len(self.loops):
                break
            if fb.kind == EXCEPT_STAR:
                # at the value of a return, compiled before unwinding
                where = node
                if isinstance(node, ast.Return) and node.value is not None:
                    where = node.value
                raise node_error("'break', 'continue' and 'return' cannot "
                                 "appear in an except* block", where)
            self.exc_fblocks.pop()
            state.fblocks.append(fb)
            if not to_loop:
                level = self._pop_loop_iterators(level, fb.loop_level,
                                                 preserve_tos)
            self._unwind_one(fb, state, preserve_tos)
        return state

    def _pop_loop_iterators(self, level, down_to, preserve_tos):
        """A return leaving `for` loops entered inside a block drops
        their iterators before the block's cleanup, which expects its
        own entries on top of the stack (POP_EXCEPT's previous exception,
        a with's __exit__), as CPython's unwinding does."""
        while level > down_to:
            level -= 1
            if self.loops[level].is_for:
                if preserve_tos:
                    self.emit(op.SWAP, 2)
                self.emit(op.POP_TOP, 0)
        return level

    def _take_handler(self, state):
        state.handlers.append(self.pop_handler())

    def _unwind_one(self, fb, state, preserve_tos):
        if fb.kind == TRY_EXCEPT:
            for i in range(fb.nhandlers):
                self._take_handler(state)
        elif fb.kind == FINALLY_TRY:
            for i in range(fb.nhandlers):
                self._take_handler(state)
            if preserve_tos:
                # a break/continue/return in the finally body drops the
                # value the return saved
                self.push_fblock(POP_VALUE, 0, None, '')
            self.visit_body(fb.finalbody)
            if preserve_tos:
                self.pop_fblock()
            # The line stays the finally body's: CPython makes what
            # follows artificial, so the return "runs after" the finally
            # body (f_lineno of the returned frame, PEP 626).
        elif fb.kind == POP_VALUE:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP, 0)
        elif fb.kind == FINALLY_END:
            # [prev, exc (, value)]: drop exc, restore the handled one
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP, 0)
            for i in range(fb.nhandlers):
                self._take_handler(state)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_EXCEPT, 0)
        elif fb.kind == HANDLER_CLEANUP:
            for i in range(fb.nhandlers):
                self._take_handler(state)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_EXCEPT, 0)
            if fb.name:
                self.emit_clear_name(fb.name)
        elif fb.kind == WITH:
            for i in range(fb.nhandlers):
                self._take_handler(state)
            # CPython calls __exit__ at the with statement (tracebacks),
            # and what follows keeps that line.
            self.lineno = fb.node.lineno
            self.loc = fb.node
            if preserve_tos:
                self.emit(op.SWAP, 2)
            if fb.name == 'async':        # async with (gencode.py)
                self.emit_async_exit_call()
            else:
                self.emit_exit_call()

    def restore_exc_blocks(self, state):
        i = len(state.handlers) - 1
        while i >= 0:
            self.push_handler(state.handlers[i])
            i -= 1
        i = len(state.fblocks) - 1
        while i >= 0:
            self.exc_fblocks.append(state.fblocks[i])
            i -= 1

    # ------------------------------------------------------------ helpers

    def emit_none(self):
        self.emit(op.LOAD_CONST, self.const_index(space.w_None))

    def emit_clear_name(self, name):
        """CPython's implicit `name = None; del name` after `except E as
        name:`."""
        self.emit_none()
        self.store_name(name)
        self.delete_name(name)

    def emit_exit_call(self):
        """[exit] -> []: exit(None, None, None), result dropped."""
        self.emit_none()
        self.emit_none()
        self.emit_none()
        self.emit(op.CALL, 3)
        self.emit(op.POP_TOP, 0)

    def unset_loc(self):
        """CPython's UNSET_LOC: the instructions CPython 3.11 marks
        artificial have no line (co_lines() None, PEP 626); the callers
        put the line back for the code that follows."""
        self.lineno = NO_LINE
        self.loc = None

    def emit_pop_except_and_reraise(self):
        """A cleanup handler: [prev, exc] -> restore prev as the handled
        exception and raise exc again."""
        self.emit(op.COPY, 2)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 1)

    # ------------------------------------------------------------ raise

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            n = 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                n = 2
        self.lineno = node.lineno
        self.emit(op.RAISE_VARARGS, n)

    def visit_Assert(self, node):
        warnchecks.check_assert(node)
        end = self.new_label()
        self.visit_expr(node.test)
        self.emit_jump(op.POP_JUMP_IF_TRUE, end)
        at = positions.assert_leak(node.test)   # CPython's position
        if at is None:
            at = node
        self.lineno = at.lineno
        self.loc = at
        self.emit(op.LOAD_ASSERTION_ERROR, 0)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.lineno = at.lineno
            self.emit(op.CALL, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.mark(end)

    # ------------------------------------------------------------ try

    def visit_Try(self, node):
        # The `try:` line gets an instruction of its own, as in CPython,
        # so that line tracing reports it.
        self.emit(op.NOP, 0)
        if node.finalbody:
            self.compile_try_finally(node)
        elif node.is_star:
            self.compile_try_star(node)
        else:
            self.compile_try_except(node)

    def compile_try_finally(self, node):
        end = self.new_label()
        final = self.new_label()
        cleanup = self.new_label()
        h1 = self.new_handler(final, 0)
        self.push_handler(h1)
        self.push_fblock(FINALLY_TRY, 1, node.finalbody, '')
        if node.handlers:
            if node.is_star:
                self.compile_try_star(node)
            else:
                self.compile_try_except(node)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        # normal exit: the finally body, under the enclosing handlers
        self.visit_body(node.finalbody)
        self.emit_jump(op.JUMP_FORWARD, end)
        # an exception: [exc]
        self.mark(final)
        h2 = self.new_handler(cleanup, 0)
        self.push_handler(h2)
        self.unset_loc()
        self.emit(op.PUSH_EXC_INFO, 0)          # [prev, exc]
        self.push_fblock(FINALLY_END, 1, None, '')
        self.visit_body(node.finalbody)
        self.pop_fblock()
        self.emit(op.RERAISE, 0)
        self.pop_handler()
        self.mark(cleanup)                      # [prev, exc2]
        self.emit_pop_except_and_reraise()
        self.mark(end)

    def compile_try_except(self, node):
        handler = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        h1 = self.new_handler(handler, 0)
        self.push_handler(h1)
        self.push_fblock(TRY_EXCEPT, 1, None, '')
        self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.visit_body(node.orelse)
        self.emit_jump(op.JUMP_FORWARD, end)
        # [exc]
        self.mark(handler)
        h2 = self.new_handler(cleanup, 0)
        self.push_handler(h2)
        body_line, body_loc = self.lineno, self.loc
        self.unset_loc()
        self.emit(op.PUSH_EXC_INFO, 0)          # [prev, exc]
        n = len(node.handlers)
        for i in range(n):
            clause = node.handlers[i]
            if clause.type is None and i < n - 1:
                raise node_error("default 'except:' must be last", clause)
            self.lineno = clause.lineno
            self.loc = clause
            next_clause = self.new_label()
            if clause.type is not None:
                self.visit_expr(clause.type)
                self.emit(op.CHECK_EXC_MATCH, 0)
                self.emit_jump(op.POP_JUMP_IF_FALSE, next_clause)
            if clause.name:
                self.store_name(clause.name)    # [prev]
                cleanup_body = self.new_label()
                h3 = self.new_handler(cleanup_body, 0)
                self.push_handler(h3)
                self.push_fblock(HANDLER_CLEANUP, 2, None, clause.name)
                self.visit_body(clause.body)
                self.pop_fblock()
                self.pop_handler()              # h3
                self.pop_handler()              # h2, for the exit path
                self.emit(op.POP_EXCEPT, 0)
                self.emit_clear_name(clause.name)
                self.emit_jump(op.JUMP_FORWARD, end)
                body_line, body_loc = self.lineno, self.loc
                self.push_handler(h2)
                self.mark(cleanup_body)         # [prev, exc2]
                self.unset_loc()
                self.emit_clear_name(clause.name)
                self.emit(op.RERAISE, 1)
            else:
                self.emit(op.POP_TOP, 0)        # [prev]
                self.push_fblock(HANDLER_CLEANUP, 1, None, '')
                self.visit_body(clause.body)
                self.pop_fblock()
                self.pop_handler()              # h2, for the exit path
                self.emit(op.POP_EXCEPT, 0)
                self.emit_jump(op.JUMP_FORWARD, end)
                body_line, body_loc = self.lineno, self.loc
                self.push_handler(h2)
            self.mark(next_clause)
        # No clause matched: CPython gives the RERAISE the location of
        # the jump that reaches it, the last clause's (f_lineno after the
        # exception left the frame, PEP 626).
        self.lineno = node.handlers[-1].lineno
        self.loc = node.handlers[-1]
        self.emit(op.RERAISE, 0)
        self.pop_handler()
        self.mark(cleanup)                      # [prev, exc2]
        self.unset_loc()
        self.emit_pop_except_and_reraise()
        self.mark(end)
        # What follows (an implicit return) keeps the last clause's line.
        self.lineno, self.loc = body_line, body_loc

    def compile_try_star(self, node):
        """except*: the handled group is split by each clause's type
        (CHECK_EG_MATCH); what the clauses raise and what no clause
        matched is collected in a list and reraised at the end
        (PREP_RERAISE_STAR)."""
        handler = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        reraise_star = self.new_label()
        reraise = self.new_label()
        h1 = self.new_handler(handler, 0)
        self.push_handler(h1)
        self.push_fblock(TRY_EXCEPT, 1, None, '')
        self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.visit_body(node.orelse)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(handler)                      # [exc]
        h2 = self.new_handler(cleanup, 0)
        self.push_handler(h2)
        self.unset_loc()
        self.emit(op.PUSH_EXC_INFO, 0)          # [prev, exc]
        self.lineno = node.handlers[0].lineno
        self.loc = node.handlers[0]
        self.emit(op.COPY, 1)                   # [prev, orig, exc]
        self.emit(op.BUILD_LIST, 0)
        self.emit(op.SWAP, 2)                   # [prev, orig, list, rest]
        body_line, body_loc = self.lineno, self.loc
        n = len(node.handlers)
        for i in range(n):
            clause = node.handlers[i]
            self.lineno = clause.lineno
            self.loc = clause
            no_match = self.new_label()
            handle_match = self.new_label()
            cleanup_body = self.new_label()
            self.visit_expr(clause.type)
            self.emit(op.CHECK_EG_MATCH, 0)     # [.., rest, match]
            self.emit(op.COPY, 1)
            self.emit_jump(op.POP_JUMP_IF_NOT_NONE, handle_match)
            self.emit(op.POP_TOP, 0)
            self.emit_jump(op.JUMP_FORWARD, no_match)
            self.mark(handle_match)
            if clause.name:
                self.store_name(clause.name)
            else:
                self.emit(op.POP_TOP, 0)        # [prev, orig, list, rest]
            h3 = self.new_handler(cleanup_body, 0)
            self.push_handler(h3)
            self.push_fblock(EXCEPT_STAR, 1, None, clause.name)
            self.visit_body(clause.body)
            self.pop_fblock()
            self.pop_handler()
            if clause.name:
                self.emit_clear_name(clause.name)
            self.emit_jump(op.JUMP_FORWARD, no_match)
            body_line, body_loc = self.lineno, self.loc
            self.mark(cleanup_body)             # [.., rest, exc2]
            self.unset_loc()
            if clause.name:
                self.emit_clear_name(clause.name)
            self.emit(op.LIST_APPEND, 2)        # list.append(exc2)
            self.mark(no_match)
            if i == n - 1:
                # From here on CPython 3.11 gives no line (f_lineno is
                # None after the re-raise of what no clause handled).
                self.unset_loc()
                self.emit(op.LIST_APPEND, 1)    # the unmatched rest
                self.emit_jump(op.JUMP_FORWARD, reraise_star)
        self.mark(reraise_star)                 # [prev, orig, list]
        self.emit(op.PREP_RERAISE_STAR, 0)      # [prev, result]
        self.emit(op.COPY, 1)
        self.emit_jump(op.POP_JUMP_IF_NOT_NONE, reraise)
        self.emit(op.POP_TOP, 0)
        self.pop_handler()                      # h2
        self.emit(op.POP_EXCEPT, 0)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(reraise)                      # [prev, result]
        self.emit(op.SWAP, 2)
        self.emit(op.POP_EXCEPT, 0)
        self.emit(op.RERAISE, 0)
        self.mark(cleanup)                      # [prev, exc2]
        self.emit_pop_except_and_reraise()
        self.mark(end)
        self.lineno, self.loc = body_line, body_loc

    # ------------------------------------------------------------ with

    def visit_With(self, node):
        if isinstance(node, ast.AsyncWith):
            self.visit_AsyncWith(node)       # gencode.py
            return
        self.compile_with(node, 0)

    def compile_with(self, node, i):
        item = node.items[i]
        handler = self.new_label()
        cleanup = self.new_label()
        suppress = self.new_label()
        end = self.new_label()
        self.visit_expr(item.context_expr)
        self.lineno = node.lineno
        self.emit(op.BEFORE_WITH, 0)            # [exit, value]
        h1 = self.new_handler(handler, -1)
        self.push_handler(h1)
        self.push_fblock(WITH, 1, None, '', node)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(op.POP_TOP, 0)
        if i + 1 < len(node.items):
            self.compile_with(node, i + 1)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.lineno = node.lineno
        self.loc = node                         # CPython's SET_LOC(with)
        self.emit_exit_call()
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(handler)                      # [exit, exc]
        h2 = self.new_handler(cleanup, 0)
        self.push_handler(h2)
        self.emit(op.PUSH_EXC_INFO, 0)          # [exit, prev, exc]
        self.emit(op.WITH_EXCEPT_START, 0)      # [exit, prev, exc, res]
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
