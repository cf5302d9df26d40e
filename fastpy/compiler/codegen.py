"""AST -> W_Code.

Scopes come from the symbol table (symtable.py): module code keeps every
name in the globals dict; function code keeps its local names in fast
locals, cells and free variables in cell slots (LOAD_DEREF...), and the
rest in globals.  Functions, lambdas, comprehensions and closures are
compiled by the FunctionCodegen mixin (funcgen.py).
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.compiler.code import W_Code
from fastpy.interpreter.error import OperationError
from fastpy.objspace import refcount
from fastpy.objspace import space
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.tupleobject import W_TupleObject, newconsttuple
from fastpy.compiler.symtable import CompileError, build_symtable, node_error
from fastpy.compiler import symtable as st
from fastpy.compiler import limits
from fastpy.compiler import annotations
from fastpy.compiler import positions
from fastpy.compiler import warnchecks
from fastpy.compiler.funcgen import FunctionCodegen
from fastpy.compiler.classgen import ClassCodegen
from fastpy.compiler.exccodegen import ExcCodegen
from fastpy.compiler.gencode import GeneratorCodegen
from fastpy.compiler.matchgen import MatchCodegen


class Loop(object):
    def __init__(self, continue_label, break_label, is_for):
        self.continue_label = continue_label
        self.break_label = break_label
        self.is_for = is_for


def compile_module(module, filename, interactive=False, namespace=False):
    """Module code; `interactive` prints the value of expression statements
    (the REPL's 'single' mode); `namespace`: names through the frame's
    namespace dict (exec/compile())."""
    limits.check_module(module)     # bad input: CPython's depth limits
    from fastpy.compiler.future import future_lineno
    lineno = future_lineno(module.body)
    table = build_symtable(module)
    table.future_lineno = lineno
    gen = CodeGenerator(table.top, table, filename, 1)
    gen.interactive = interactive
    gen.namespace_names = namespace
    annotations.setup_annotations(gen, module.body)
    for stmt in module.body:
        gen.visit_stmt(stmt)
    gen.emit(op.LOAD_CONST, gen.const_index(space.w_None))
    gen.emit(op.RETURN_VALUE, 0)
    return gen.assemble()


def _import_binding(name, asname):
    if asname:
        return asname
    i = name.find('.')
    if i >= 0:
        assert i >= 0
        return name[:i]
    return name


class CodeGenerator(FunctionCodegen, ClassCodegen, ExcCodegen,
                    GeneratorCodegen, MatchCodegen, ast.Visitor):

    def __init__(self, scope, table, filename, firstlineno):
        self.scope = scope
        self.table = table
        self.name = scope.name
        self.filename = filename
        self.argcount = 0           # set by funcgen for functions
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.flags = 0
        self.doc = None
        # fast locals: the parameters, then the other LOCAL names (and
        # parameters that are cells keep their slot, as in CPython)
        self.varnames = list(scope.params)
        if scope.kind == st.FUNCTION:
            for n in scope.order:
                if scope.lookup(n) == st.LOCAL and n not in self.varnames:
                    self.varnames.append(n)
        self.cellvars = scope.cellvars
        self.freevars = scope.freevars
        self.is_module = scope.kind == st.MODULE
        # eval/exec/compile() code: module names go through the frame's
        # namespace (LOAD_NAME/STORE_NAME), as CPython's module code does
        self.namespace_names = False
        self.firstlineno = firstlineno
        self.names = []
        self.name_indexes = {}      # name -> index in names
        self.consts_w = []
        # "type:repr" -> index in consts_w, for the constants that are
        # shared by value (not code objects, not tuples)
        self.const_indexes = {}
        self.code = []
        self.lines = []
        self.lineno = firstlineno
        self.positions = []     # packed source spans (positions.py)
        self.loc = None         # the node being compiled (positions.py)
        self.labels = []        # label id -> position (or -1)
        self.loops = []
        self.interactive = False
        self.init_exc_state()       # handlers, exception table (exccodegen)

    def child(self, scope, firstlineno):
        """The generator of a nested scope (funcgen.py)."""
        return CodeGenerator(scope, self.table, self.filename, firstlineno)

    # ------------------------------------------------------------ emission

    def emit(self, opcode, arg):
        self.code.append(opcode)
        self.code.append(arg)
        self.lines.append(self.lineno)
        self.positions.append(positions.pack(self.lineno, self.loc))

    def emit_implicit_return(self):
        """The `return None` a function body ends with.  CPython 3.11
        copies it for every jump that reaches it, each copy at the line
        of its jump (compile.c, duplicate_exits_without_lineno), so a
        returned frame's f_lineno is the line of the path it took (PEP
        626).  Here the jumps from other lines go to copies appended
        after it, outside every handler."""
        start = len(self.code)
        self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        self.emit(op.RETURN_VALUE, 0)
        line = self.lines[start // 2]
        copy_lines = []         # the line of each copy, its label
        copy_labels = []
        for i in range(0, start, 2):
            if not op.has_jump(self.code[i]):
                continue
            if self.labels[self.code[i + 1]] != start:
                continue
            jump_line = self.lines[i // 2]
            if jump_line == line or jump_line < 0:
                continue
            k = 0
            while k < len(copy_lines) and copy_lines[k] != jump_line:
                k += 1
            if k == len(copy_lines):
                copy_lines.append(jump_line)
                copy_labels.append(self.new_label())
                self.mark(copy_labels[k])
                self.lineno = jump_line
                self.loc = None
                self.emit(op.LOAD_CONST, self.const_index(space.w_None))
                self.emit(op.RETURN_VALUE, 0)
                # the jump's position too (CPython copies the location)
                self.positions[-1] = self.positions[-2] = \
                    self.positions[i // 2]
            self.code[i + 1] = copy_labels[k]

    def new_label(self):
        self.labels.append(-1)
        return len(self.labels) - 1

    def mark(self, label):
        self.labels[label] = len(self.code)

    def emit_jump(self, opcode, label):
        self.emit(opcode, label)

    def const_index(self, w_value):
        """The index of w_value in co_consts.  Equal constants of one
        type share an entry (1 and 1.0 and True do not); code objects
        and tuples are shared only when they are the same object."""
        if isinstance(w_value, W_Code) or isinstance(w_value, W_TupleObject):
            for i in range(len(self.consts_w)):
                if self.consts_w[i] is w_value:
                    return i
        else:
            key = self.const_key(w_value)
            if key is not None:
                i = self.const_indexes.get(key, -1)
                if i >= 0:
                    return i
                self.const_indexes[key] = len(self.consts_w)
        self.consts_w.append(w_value)
        return len(self.consts_w) - 1

    def const_key(self, w_value):
        """u"type:repr", or None when the repr cannot be made (an int
        past the digit limit: such a constant is simply not shared)."""
        try:
            r = space.repr_u(w_value)
        except OperationError as e:
            refcount.discard(e.w_exc)
            return None
        return w_value.gettype().name.decode('utf-8') + u':' + r

    def fold_build_unpack(self, n):
        """`a, b = b, a + b`: a display of n <= 3 items unpacked at once
        into n targets needs no tuple; like CPython, swap the items into
        store order instead (n == 1: nothing to do).  Not done when a
        jump lands between the two instructions."""
        code = self.code
        if n > 3 or len(code) < 2 or len(code) in self.labels:
            return False
        if code[-2] != op.BUILD_TUPLE and code[-2] != op.BUILD_LIST:
            return False
        if code[-1] != n:
            return False
        if n == 1:
            code[-2] = op.NOP
            code[-1] = 0
        else:
            code[-2] = op.SWAP
            code[-1] = n
        return True

    def name_index(self, name):
        i = self.name_indexes.get(name, -1)
        if i >= 0:
            return i
        self.name_indexes[name] = len(self.names)
        self.names.append(name)
        return len(self.names) - 1

    def assemble(self):
        code = self.code
        for i in range(0, len(code), 2):
            if op.has_jump(code[i]):
                target = self.labels[code[i + 1]]
                assert target >= 0
                code[i + 1] = target
        names_w = [W_StrObject(n.decode('utf-8')) for n in self.names]
        cell2arg = [-1] * len(self.cellvars)
        for i in range(len(self.cellvars)):
            if self.cellvars[i] in self.scope.params:
                cell2arg[i] = self.varnames.index(self.cellvars[i])
        stacksize, exctable = self.finish_exc_table(code)
        return W_Code(self.name, self.filename, self.argcount,
                      self.varnames, self.names, names_w, self.consts_w,
                      code, self.lines, stacksize,
                      self.firstlineno, self.is_module, self.flags,
                      self.scope.qualname, self.posonlyargcount,
                      self.kwonlyargcount, self.cellvars, self.freevars,
                      cell2arg, self.doc, exctable=exctable,
                      positions=self.positions)

    # ------------------------------------------------------------ names

    # Class bodies (the lead's): a CLASS scope would use LOAD_NAME/
    # STORE_NAME/DELETE_NAME for LOCAL and GLOBAL_IMPLICIT names and
    # LOAD_CLASSDEREF for FREE ones; add that branch to name_op.

    def deref_slot(self, name):
        """Frame slot of a cell or free variable."""
        for i in range(len(self.cellvars)):
            if self.cellvars[i] == name:
                return len(self.varnames) + i
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.varnames) + len(self.cellvars) + i
        raise CompileError("internal error: no cell for '%s'" % name,
                           self.lineno, 0)

    def free_slot(self, name):
        """Frame slot of a free variable."""
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.varnames) + len(self.cellvars) + i
        return self.deref_slot(name)

    def name_op(self, name, fast_op, deref_op, global_op):
        name = st.mangle(self.scope.private, name)
        if self.scope.kind == st.CLASS or (self.is_module and
                                           self.namespace_names):
            self.class_name_op(name, fast_op)      # classgen.py
            return
        kind = self.scope.lookup(name)
        if kind == st.CELL or kind == st.FREE:
            self.emit(deref_op, self.deref_slot(name))
        elif kind == st.LOCAL and not self.is_module:
            self.emit(fast_op, self.varnames.index(name))
        else:
            self.emit(global_op, self.name_index(name))

    def load_name(self, name):
        self.name_op(name, op.LOAD_FAST, op.LOAD_DEREF, op.LOAD_GLOBAL)

    def store_name(self, name):
        self.name_op(name, op.STORE_FAST, op.STORE_DEREF, op.STORE_GLOBAL)

    def delete_name(self, name):
        self.name_op(name, op.DELETE_FAST, op.DELETE_DEREF,
                     op.DELETE_GLOBAL)

    # ------------------------------------------------------------ statements

    def visit_stmt(self, stmt):
        self.lineno = stmt.lineno
        self.loc = stmt
        stmt.accept(self)

    def visit_body(self, body):
        for stmt in body:
            self.visit_stmt(stmt)

    def visit_ExprStmt(self, node):
        self.visit_expr(node.value)
        if self.interactive:
            self.emit(op.PRINT_EXPR, 0)
        else:
            self.emit(op.POP_TOP, 0)

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(op.DUP_TOP, 0)
            self.store_target(node.targets[i])

    def store_target(self, target):
        self.lineno = target.lineno
        self.loc = target
        if isinstance(target, ast.Name):
            self.store_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(op.STORE_SUBSCR, 0)
        elif isinstance(target, ast.Attribute):
            self.store_attribute(target)              # classgen.py
        elif isinstance(target, ast.TupleExpr):
            self.unpack_targets(target.elts, target)
        elif isinstance(target, ast.ListExpr):
            self.unpack_targets(target.elts, target)
        elif isinstance(target, ast.Starred):
            raise node_error("starred assignment target must be in a list "
                             "or tuple", target)
        else:
            raise node_error("cannot assign to expression", target)

    def unpack_targets(self, elts, container):
        """(errors at the tuple or list, as compile.c's unpack_helper)"""
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    raise node_error("multiple starred expressions in "
                                     "assignment", container)
                star = i
        if star >= 0:
            after = len(elts) - star - 1
            if star >= 256 or after >= (1 << 23):
                raise node_error("too many expressions in star-unpacking "
                                 "assignment", container)
            self.emit(op.UNPACK_EX, star + (after << 8))
        elif not self.fold_build_unpack(len(elts)):
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.store_target(elt.value)
            else:
                self.store_target(elt)

    def visit_AnnAssign(self, node):
        annotations.compile_ann_assign(self, node)

    def visit_AugAssign(self, node):
        # positions: the load and the store at the target, the operation
        # at the statement (as CPython's compiler_augassign)
        target = node.target
        if isinstance(target, ast.Name):
            self.loc = target
            self.load_name(target.id)
            self.visit_expr(node.value)
            self.lineno = node.lineno
            self.loc = node
            self.emit(op.BINARY_OP, node.op + space.INPLACE)
            self.loc = target
            self.store_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.loc = target
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(op.DUP_TOP_TWO, 0)
            self.emit(op.BINARY_SUBSCR, 0)
            self.visit_expr(node.value)
            self.lineno = node.lineno
            self.loc = node
            self.emit(op.BINARY_OP, node.op + space.INPLACE)
            self.loc = target
            self.emit(op.ROT_THREE, 0)
            self.emit(op.STORE_SUBSCR, 0)
        elif isinstance(target, ast.Attribute):
            self.augassign_attribute(node, target)       # classgen.py
        else:
            raise node_error("'%s' is an illegal expression for "
                             "augmented assignment" % 'expression', target)

    def visit_If(self, node):
        else_label = self.new_label()
        end_label = self.new_label()
        self.visit_expr(node.test)
        self.emit_jump(op.POP_JUMP_IF_FALSE, else_label)
        self.visit_body(node.body)
        if node.orelse:
            self.emit_jump(op.JUMP_FORWARD, end_label)
        elif _is_false_constant(node.test):
            # `if False:` never runs its body (CPython removes it): what
            # follows keeps the if's line, not the body's last one
            self.lineno = node.lineno
        self.mark(else_label)
        self.visit_body(node.orelse)
        self.mark(end_label)

    def visit_While(self, node):
        head = self.new_label()
        else_label = self.new_label()
        end_label = self.new_label()
        self.mark(head)
        self.visit_expr(node.test)
        self.emit_jump(op.POP_JUMP_IF_FALSE, else_label)
        self.loops.append(Loop(head, end_label, False))
        self.visit_body(node.body)
        self.loops.pop()
        self.lineno = node.lineno
        self.emit_jump(op.JUMP_BACKWARD, head)
        self.mark(else_label)
        self.visit_body(node.orelse)
        self.mark(end_label)

    def visit_For(self, node):
        if isinstance(node, ast.AsyncFor):
            self.visit_AsyncFor(node)
            return
        head = self.new_label()
        exhausted = self.new_label()
        end_label = self.new_label()
        self.visit_expr(node.iter)
        self.lineno = node.lineno
        self.emit(op.GET_ITER, 0)
        self.mark(head)
        self.emit_jump(op.FOR_ITER, exhausted)
        self.store_target(node.target)
        self.loops.append(Loop(head, end_label, True))
        self.visit_body(node.body)
        self.loops.pop()
        self.lineno = node.lineno
        self.emit_jump(op.JUMP_BACKWARD, head)
        self.mark(exhausted)
        self.visit_body(node.orelse)
        self.mark(end_label)

    def visit_Break(self, node):
        if not self.loops:
            raise node_error("'break' outside loop", node)
        unwound = self.unwind_exc_blocks(node, True, False)  # try/with
        loop = self.loops[-1]
        if loop.is_for:
            self.emit(op.POP_TOP, 0)     # the iterator
        self.emit_jump(op.JUMP_FORWARD, loop.break_label)
        self.restore_exc_blocks(unwound)

    def visit_Continue(self, node):
        if not self.loops:
            raise node_error("'continue' not properly in loop", node)
        unwound = self.unwind_exc_blocks(node, True, False)  # try/with
        self.emit_jump(op.JUMP_BACKWARD, self.loops[-1].continue_label)
        self.restore_exc_blocks(unwound)

    def visit_Pass(self, node):
        # an instruction of its own, so that line tracing reports the
        # line (CPython keeps such a NOP too)
        self.emit(op.NOP, 0)

    def visit_Return(self, node):
        if self.is_module or self.scope.kind == st.CLASS:
            raise node_error("'return' outside function", node)
        if node.value is not None and self.scope.is_coroutine and \
                self.scope.is_generator:
            raise node_error("'return' with value in async generator", node)
        if node.value is None:
            self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        else:
            self.visit_expr(node.value)
        unwound = self.unwind_exc_blocks(node, False, True)  # try/with
        self.emit(op.RETURN_VALUE, 0)
        self.restore_exc_blocks(unwound)

    def visit_Global(self, node):
        pass    # handled by the symbol table

    def visit_Nonlocal(self, node):
        pass    # handled by the symbol table

    def visit_Delete(self, node):
        for target in node.targets:
            self.delete_target(target)

    def delete_target(self, target):
        self.lineno = target.lineno
        self.loc = target
        if isinstance(target, ast.Name):
            self.delete_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(op.DELETE_SUBSCR, 0)
        elif isinstance(target, ast.Attribute):
            self.delete_attribute(target)             # classgen.py
        elif isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.delete_target(elt)
        elif isinstance(target, ast.ListExpr):
            for elt in target.elts:
                self.delete_target(elt)
        else:
            raise node_error("cannot delete expression", target)

    def visit_Import(self, node):
        # CPython's code: `import a.b.c` binds the top package `a`;
        # `import a.b.c as d` walks a -> b -> c with IMPORT_FROM (which
        # falls back to sys.modules, for circular imports).
        for i in range(len(node.names)):
            name = node.names[i]
            asname = node.asnames[i]
            self.emit(op.LOAD_CONST, self.const_index(space.newint(0)))
            self.emit(op.LOAD_CONST, self.const_index(space.w_None))
            self.emit(op.IMPORT_NAME, self.name_index(name))
            parts = name.split('.')
            if asname and len(parts) > 1:
                for part in parts[1:]:
                    self.emit(op.IMPORT_FROM, self.name_index(part))
                    self.emit(op.SWAP, 2)
                    self.emit(op.POP_TOP, 0)
                self.store_name(asname)
            else:
                self.store_name(_import_binding(name, asname))

    def visit_ImportFrom(self, node):
        if node.module == '__future__' and \
                node.lineno > self.table.future_lineno:
            # compile.c, compiler_from_import
            raise node_error("from __future__ imports must occur at the "
                             "beginning of the file", node)
        names_w = [space.newtext(name) for name in node.names]
        self.emit(op.LOAD_CONST, self.const_index(space.newint(node.level)))
        self.emit(op.LOAD_CONST, self.const_index(newconsttuple(names_w)))
        self.emit(op.IMPORT_NAME, self.name_index(node.module))
        if node.names[0] == '*':
            self.emit(op.IMPORT_STAR, 0)
            return
        for i in range(len(node.names)):
            self.emit(op.IMPORT_FROM, self.name_index(node.names[i]))
            self.store_name(node.asnames[i] or node.names[i])
        self.emit(op.POP_TOP, 0)

    # ------------------------------------------------------------ expressions

    def visit_expr(self, node):
        saved = self.lineno
        saved_loc = self.loc
        self.lineno = node.lineno
        self.loc = node
        node.accept(self)
        self.lineno = saved
        self.loc = saved_loc

    def visit_Constant(self, node):
        self.emit(op.LOAD_CONST, self.const_index(node.w_value))

    def visit_Name(self, node):
        if node.id == '__debug__':
            # a constant of the compiler, as in CPython (fastpy keeps
            # asserts, so it is always True)
            self.emit(op.LOAD_CONST, self.const_index(space.w_True))
            return
        self.load_name(node.id)

    def visit_BinOp(self, node):
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.emit(op.BINARY_OP, node.op)

    def visit_UnaryOp(self, node):
        self.visit_expr(node.operand)
        if node.op == '-':
            self.emit(op.UNARY_NEGATIVE, 0)
        elif node.op == '+':
            self.emit(op.UNARY_POSITIVE, 0)
        elif node.op == '~':
            self.emit(op.UNARY_INVERT, 0)
        else:
            self.emit(op.UNARY_NOT, 0)

    def visit_BoolOp(self, node):
        end = self.new_label()
        jump = op.JUMP_IF_FALSE_OR_POP if node.is_and else \
            op.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        for i in range(n):
            self.visit_expr(node.values[i])
            if i < n - 1:
                self.emit_jump(jump, end)
        self.mark(end)

    def visit_Compare(self, node):
        warnchecks.check_compare(node)
        self.visit_expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_expr(node.comparators[0])
            self.emit(op.COMPARE_OP, node.ops[0])
            return
        cleanup = self.new_label()
        end = self.new_label()
        for i in range(n):
            self.visit_expr(node.comparators[i])
            if i < n - 1:
                self.emit(op.DUP_TOP, 0)
                self.emit(op.ROT_THREE, 0)
                self.emit(op.COMPARE_OP, node.ops[i])
                self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
            else:
                self.emit(op.COMPARE_OP, node.ops[i])
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(cleanup)
        self.emit(op.ROT_TWO, 0)
        self.emit(op.POP_TOP, 0)
        self.mark(end)

    def check_keywords(self, kw_names, kw_pos):
        """compile.c's validate_keywords: a keyword given twice, reported
        at its second occurrence."""
        n = len(kw_names)
        for i in range(n):
            name = kw_names[i]
            if name == '':
                continue
            for j in range(i + 1, n):
                if kw_names[j] == name:
                    if kw_pos is not None and 4 * j + 3 < len(kw_pos):
                        raise CompileError("keyword argument repeated: %s" %
                                           name, kw_pos[4 * j],
                                           kw_pos[4 * j + 1],
                                           kw_pos[4 * j + 2],
                                           kw_pos[4 * j + 3])
                    raise CompileError("keyword argument repeated: %s" %
                                       name, self.lineno, 0)

    def visit_Call(self, node):
        self.check_keywords(node.kw_names, node.kw_pos)
        warnchecks.check_call(node)
        if self.special_call(node):           # classgen.py: obj.m(...)
            return
        self.visit_expr(node.func)
        if self.call_needs_unpacking(node):
            self.call_with_unpacking(node)      # funcgen.py
            return
        for arg in node.args:
            self.visit_expr(arg)
        for value in node.kw_values:
            self.visit_expr(value)
        self.lineno = node.lineno
        nargs = len(node.args) + len(node.kw_values)
        if node.kw_names:
            names_w = [space.newtext(n) for n in node.kw_names]
            self.emit(op.LOAD_CONST, self.const_index(newconsttuple(names_w)))
            self.emit(op.CALL_KW, nargs)
        else:
            self.emit(op.CALL, nargs)

    def visit_Subscript(self, node):
        warnchecks.check_subscript(node)       # loads only come here
        self.visit_expr(node.value)
        self.visit_expr(node.index)
        self.emit(op.BINARY_SUBSCR, 0)

    def visit_Slice(self, node):
        n = 2
        for part in [node.lower, node.upper]:
            if part is None:
                self.emit(op.LOAD_CONST, self.const_index(space.w_None))
            else:
                self.visit_expr(part)
        if node.step is not None:
            self.visit_expr(node.step)
            n = 3
        self.emit(op.BUILD_SLICE, n)

    def visit_Attribute(self, node):
        self.visit_expr(node.value)
        positions.at_attr_name(self, node, node)
        self.emit(op.LOAD_ATTR, self.attr_index(node.attr))

    def visit_ListExpr(self, node):
        if has_starred(node.elts):
            self.starred_display(node.elts, op.BUILD_LIST, op.LIST_APPEND,
                                 op.LIST_EXTEND)
            return
        for elt in node.elts:
            self.visit_expr(elt)
        self.emit(op.BUILD_LIST, len(node.elts))

    def visit_TupleExpr(self, node):
        if has_starred(node.elts):
            self.starred_display(node.elts, op.BUILD_LIST, op.LIST_APPEND,
                                 op.LIST_EXTEND)
            self.emit(op.LIST_TO_TUPLE, 0)
            return
        w_const = constant_tuple(node)
        if w_const is not None:
            self.emit(op.LOAD_CONST, self.const_index(w_const))
            return
        for elt in node.elts:
            self.visit_expr(elt)
        self.emit(op.BUILD_TUPLE, len(node.elts))

    def visit_DictExpr(self, node):
        if None in node.keys:
            self.dict_display_with_unpacking(node)     # funcgen.py
            return
        for i in range(len(node.keys)):
            self.visit_expr(node.keys[i])
            self.visit_expr(node.values[i])
        self.emit(op.BUILD_MAP, len(node.keys))

    def visit_IfExp(self, node):
        else_label = self.new_label()
        end = self.new_label()
        self.visit_expr(node.test)
        self.emit_jump(op.POP_JUMP_IF_FALSE, else_label)
        self.visit_expr(node.body)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.mark(else_label)
        self.visit_expr(node.orelse)
        self.mark(end)

    def visit_JoinedStr(self, node):
        # f-strings, as CPython 3.11 compiles them
        for value in node.values:
            self.visit_expr(value)
        if len(node.values) != 1:
            self.emit(op.BUILD_STRING, len(node.values))

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        arg = op.FVC_NONE
        if node.conversion == ord('s'):
            arg = op.FVC_STR
        elif node.conversion == ord('r'):
            arg = op.FVC_REPR
        elif node.conversion == ord('a'):
            arg = op.FVC_ASCII
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            arg |= op.FVS_HAVE_SPEC
        self.emit(op.FORMAT_VALUE, arg)


def has_starred(elts):
    for elt in elts:
        if isinstance(elt, ast.Starred):
            return True
    return False


def compute_stacksize(code):
    """Maximum stack depth, by a walk over every reachable edge."""
    n = len(code)
    depth_at = [-1] * (n + 2)
    todo = [0]
    depth_at[0] = 0
    max_depth = 0
    while todo:
        pc = todo.pop()
        depth = depth_at[pc]
        while pc < n:
            opcode = code[pc]
            arg = code[pc + 1]
            if op.has_jump(opcode):
                target_depth = depth + op.stack_effect(opcode, arg, True)
                if depth_at[arg] < 0:
                    depth_at[arg] = target_depth
                    todo.append(arg)
                if target_depth > max_depth:
                    max_depth = target_depth
            depth += op.stack_effect(opcode, arg, False)
            if depth > max_depth:
                max_depth = depth
            if op.ends_block(opcode):
                break
            pc += 2
            if depth_at[pc] >= 0:
                break
            depth_at[pc] = depth
    return max_depth


def constant_tuple(node):
    """The folded constant of a tuple display whose items are constants
    or such displays themselves (`1, 2`, `(1, ('a', None))`), as CPython
    folds them; None otherwise."""
    items_w = []
    for elt in node.elts:
        if isinstance(elt, ast.Constant):
            items_w.append(elt.w_value)
        elif isinstance(elt, ast.TupleExpr):
            w_item = constant_tuple(elt)
            if w_item is None:
                return None
            items_w.append(w_item)
        else:
            return None
    return newconsttuple(items_w)


def _is_false_constant(node):
    """A test that is a false constant (`if False:`, `if 0:`)."""
    if not isinstance(node, ast.Constant) or \
            isinstance(node, ast.FStringConstant):
        return False
    try:
        return not space.is_true(node.w_value)
    except OperationError as e:
        refcount.discard(e.w_exc)
        return False
