"""The compiler's limits on bad input, checked on the AST before the
symbol table and the code generator walk it (both recurse on its depth):

- CPython 3.11 walks the tree with a depth counter (Python/ast_opt.c and
  Python/symtable.c): past 3 * the recursion limit of nested statements
  and expressions it raises RecursionError "maximum recursion depth
  exceeded during compilation".  Its counter starts at 3 * the current
  Python call depth (0 for the main program, more for compile() called
  from a function).
- CPython's compiler allows 20 statically nested blocks (CO_MAXBLOCKS:
  for, while, with, try) per code object: SyntaxError "too many
  statically nested blocks".

The parser has its own limit (parser.py: Parser.enter, MemoryError), and
the tokenizer limits parentheses (200) and indentation (100 levels).
Every recursion of the checker is bounded by the depth limit, so bad
input is decided by these counters, not by the host stack.
"""

import math

from fastpy import config
from fastpy.parser import ast
from fastpy.compiler.symtable import CompileError

# Python/ast_opt.c, symtable.c: COMPILER_STACK_FRAME_SCALE
STACK_FRAME_SCALE = 3
# Include/cpython/code.h: CO_MAXBLOCKS
MAXBLOCKS = 20

RECURSION_MSG = "maximum recursion depth exceeded during compilation"


class CompileRecursionError(CompileError):
    """RecursionError while compiling (not a SyntaxError)."""


class CompileState(object):
    """The Python call depth of the code asking for a compilation (set by
    the compile() builtin; 0 for the main program)."""

    def __init__(self):
        self.call_depth = 0

state = CompileState()


def check_module(module):
    """Raise CompileRecursionError or CompileError (too many statically
    nested blocks) when `module` is beyond CPython's limits."""
    checker = LimitChecker(state.call_depth)
    for stmt in module.body:
        checker.stmt(stmt)
    if checker.block_error is not None:
        raise checker.block_error


def check_expression(node):
    """The same for a lone expression (compile(..., 'eval'))."""
    checker = LimitChecker(state.call_depth)
    checker.expr(node)
    if checker.block_error is not None:
        raise checker.block_error


class LimitChecker(ast.Visitor):
    """Walks statements and expressions counting their nesting, and the
    fblocks CPython's compiler pushes in each code object."""

    def __init__(self, call_depth):
        self.depth = call_depth * STACK_FRAME_SCALE
        self.limit = config.RECURSION_LIMIT * STACK_FRAME_SCALE
        self.blocks = 0
        self.block_error = None     # the first block error, raised last

    # -------------------------------------------------------------- walking

    def stmt(self, node):
        self.depth += 1
        if self.depth > self.limit:
            raise CompileRecursionError(RECURSION_MSG, node.lineno, node.col)
        node.accept(self)
        self.depth -= 1

    def expr(self, node):
        self.depth += 1
        if self.depth > self.limit:
            raise CompileRecursionError(RECURSION_MSG, node.lineno, node.col)
        node.accept(self)
        self.depth -= 1

    def opt_expr(self, node):
        if node is not None:
            self.expr(node)

    def exprs(self, nodes):
        for node in nodes:
            if node is not None:
                self.expr(node)

    def body(self, stmts):
        for node in stmts:
            self.stmt(node)

    def push_block(self, node):
        if self.blocks >= MAXBLOCKS and self.block_error is None:
            self.block_error = CompileError(
                "too many statically nested blocks", node.lineno, node.col)
        self.blocks += 1

    def new_unit_body(self, stmts):
        """A function or class body: a new code object, no blocks."""
        saved = self.blocks
        self.blocks = 0
        self.body(stmts)
        self.blocks = saved

    def argspec(self, args):
        self.exprs(args.defaults)
        self.exprs(args.kw_defaults)
        self.exprs(args.ann_values)

    def generators(self, generators):
        for gen in generators:
            self.expr(gen.target)
            self.expr(gen.iter)
            self.exprs(gen.ifs)

    def leaf(self, node):
        pass

    # ---------------------------------------------------------- expressions

    def visit_Constant(self, node):
        # The parser folds -NUMBER into a negative constant: CPython
        # still has the UnaryOp (and its Constant) at this point.
        if _is_negative_number(node.w_value):
            self.depth += 1
            if self.depth > self.limit:
                raise CompileRecursionError(RECURSION_MSG, node.lineno,
                                            node.col)
            self.depth -= 1

    def visit_BinOp(self, node):
        self.expr(node.left)
        self.expr(node.right)

    def visit_UnaryOp(self, node):
        self.expr(node.operand)

    def visit_BoolOp(self, node):
        self.exprs(node.values)

    def visit_Compare(self, node):
        self.expr(node.left)
        self.exprs(node.comparators)

    def visit_Call(self, node):
        self.expr(node.func)
        self.exprs(node.args)
        self.exprs(node.kw_values)

    def visit_Subscript(self, node):
        self.expr(node.value)
        self.expr(node.index)

    def visit_Slice(self, node):
        self.opt_expr(node.lower)
        self.opt_expr(node.upper)
        self.opt_expr(node.step)

    def visit_Attribute(self, node):
        self.expr(node.value)

    def visit_ListExpr(self, node):
        self.exprs(node.elts)

    def visit_TupleExpr(self, node):
        self.exprs(node.elts)

    def visit_SetExpr(self, node):
        self.exprs(node.elts)

    def visit_DictExpr(self, node):
        self.exprs(node.keys)
        self.exprs(node.values)

    def visit_IfExp(self, node):
        self.expr(node.test)
        self.expr(node.body)
        self.expr(node.orelse)

    def visit_JoinedStr(self, node):
        self.exprs(node.values)

    def visit_FormattedValue(self, node):
        self.expr(node.value)
        self.opt_expr(node.format_spec)

    def visit_Lambda(self, node):
        self.argspec(node.args)
        saved = self.blocks
        self.blocks = 0
        self.expr(node.body)
        self.blocks = saved

    def visit_NamedExpr(self, node):
        self.expr(node.target)
        self.expr(node.value)

    def visit_Starred(self, node):
        self.expr(node.value)

    def visit_ListComp(self, node):
        self.expr(node.elt)
        self.generators(node.generators)

    def visit_SetComp(self, node):
        self.expr(node.elt)
        self.generators(node.generators)

    def visit_GeneratorExp(self, node):
        self.expr(node.elt)
        self.generators(node.generators)

    def visit_DictComp(self, node):
        self.expr(node.key)
        self.expr(node.value)
        self.generators(node.generators)

    def visit_Yield(self, node):
        self.opt_expr(node.value)

    def visit_YieldFrom(self, node):
        self.expr(node.value)

    def visit_Await(self, node):
        self.expr(node.value)

    # ----------------------------------------------------------- statements

    def visit_ExprStmt(self, node):
        self.expr(node.value)

    def visit_Assign(self, node):
        self.exprs(node.targets)
        self.expr(node.value)

    def visit_AugAssign(self, node):
        self.expr(node.target)
        self.expr(node.value)

    def visit_AnnAssign(self, node):
        self.expr(node.target)
        self.expr(node.annotation)
        self.opt_expr(node.value)

    def visit_If(self, node):
        self.expr(node.test)
        self.body(node.body)
        self.body(node.orelse)

    def visit_While(self, node):
        self.expr(node.test)
        self.push_block(node)
        self.body(node.body)
        self.blocks -= 1
        self.body(node.orelse)

    def visit_For(self, node):
        self.expr(node.target)
        self.expr(node.iter)
        self.push_block(node)
        self.body(node.body)
        self.blocks -= 1
        self.body(node.orelse)

    def visit_Return(self, node):
        self.opt_expr(node.value)

    def visit_FunctionDef(self, node):
        self.exprs(node.decorators)
        self.argspec(node.args)
        self.new_unit_body(node.body)

    def visit_ClassDef(self, node):
        self.exprs(node.decorators)
        self.exprs(node.bases)
        self.exprs(node.kw_values)
        self.new_unit_body(node.body)

    def visit_Delete(self, node):
        self.exprs(node.targets)

    def visit_Try(self, node):
        # compile.c: compiler_try_finally wraps compiler_try_except.
        has_finally = len(node.finalbody) > 0
        if has_finally:
            self.push_block(node)               # FINALLY_TRY
        if len(node.handlers) > 0:
            self.push_block(node)               # TRY_EXCEPT
            self.body(node.body)
            self.blocks -= 1
            self.push_block(node)               # EXCEPTION_HANDLER
            for handler in node.handlers:
                self.push_block(handler)        # HANDLER_CLEANUP
                self.opt_expr(handler.type)
                self.body(handler.body)
                self.blocks -= 1
            self.blocks -= 1
        else:
            self.body(node.body)
        self.body(node.orelse)
        if has_finally:
            self.blocks -= 1
            self.push_block(node)               # FINALLY_END
            self.body(node.finalbody)
            self.blocks -= 1

    def visit_Raise(self, node):
        self.opt_expr(node.exc)
        self.opt_expr(node.cause)

    def visit_Assert(self, node):
        self.expr(node.test)
        self.opt_expr(node.msg)

    def visit_With(self, node):
        for item in node.items:
            self.expr(item.context_expr)
            self.opt_expr(item.optional_vars)
            self.push_block(node)               # WITH, one per item
        self.body(node.body)
        self.blocks -= len(node.items)


def _is_negative_number(w_value):
    from fastpy.objspace.intobject import W_IntObject
    from fastpy.objspace.boolobject import W_BoolObject
    from fastpy.objspace.longobject import W_LongObject
    from fastpy.objspace.floatobject import W_FloatObject
    if isinstance(w_value, W_BoolObject):
        return False
    if isinstance(w_value, W_IntObject):
        return w_value.intval < 0
    if isinstance(w_value, W_LongObject):
        return w_value.bigval.sign < 0
    if isinstance(w_value, W_FloatObject):
        return math.copysign(1.0, w_value.floatval) < 0.0
    return False


# Leaves, and node classes this module does not know yet (they are not
# walked: a deep tree through them is caught by the callers' StackOverflow
# handlers, see main.py).
for _name in ast.Visitor.__dict__.keys():
    if _name.startswith('visit_') and _name not in LimitChecker.__dict__:
        setattr(LimitChecker, _name, LimitChecker.__dict__['leaf'])
