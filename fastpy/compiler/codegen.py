"""AST -> W_Code.

Scopes: module code keeps every name in the globals dict; function code
keeps parameters and assigned names (minus `global` declarations) in fast
locals, everything else is global.  Closures are not supported yet: a
nested function sees its own locals and the module globals.
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.compiler.code import W_Code
from fastpy.objspace import space
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.tupleobject import W_TupleObject, newconsttuple


class CompileError(Exception):
    def __init__(self, msg, lineno, col):
        self.msg = msg
        self.lineno = lineno
        self.col = col


class Loop(object):
    def __init__(self, continue_label, break_label, is_for):
        self.continue_label = continue_label
        self.break_label = break_label
        self.is_for = is_for


def compile_module(module, filename, interactive=False):
    """Module code; `interactive` prints the value of expression statements
    (the REPL's 'single' mode)."""
    gen = CodeGenerator('<module>', filename, [], [], True, 1)
    gen.interactive = interactive
    for stmt in module.body:
        gen.visit_stmt(stmt)
    gen.emit(op.LOAD_CONST, gen.const_index(space.w_None))
    gen.emit(op.RETURN_VALUE, 0)
    return gen.assemble()


class LocalsCollector(ast.Visitor):
    """Find the names a function body binds, and its global declarations."""

    def __init__(self):
        self.assigned = []
        self.globals = []

    def add(self, name):
        if name not in self.assigned:
            self.assigned.append(name)

    def visit_body(self, body):
        for stmt in body:
            stmt.accept(self)

    def target(self, node):
        if isinstance(node, ast.Name):
            self.add(node.id)
        elif isinstance(node, ast.TupleExpr):
            for elt in node.elts:
                self.target(elt)
        elif isinstance(node, ast.ListExpr):
            for elt in node.elts:
                self.target(elt)

    def visit_Assign(self, node):
        for t in node.targets:
            self.target(t)

    def visit_AugAssign(self, node):
        self.target(node.target)

    def visit_For(self, node):
        self.target(node.target)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_While(self, node):
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_If(self, node):
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_FunctionDef(self, node):
        self.add(node.name)

    def visit_Delete(self, node):
        for t in node.targets:
            self.target(t)

    def visit_Import(self, node):
        for i in range(len(node.names)):
            self.add(_import_binding(node.names[i], node.asnames[i]))

    def visit_Global(self, node):
        for name in node.names:
            if name in self.assigned:
                raise CompileError("name '%s' is assigned to before global "
                                   "declaration" % name, node.lineno,
                                   node.col)
            if name not in self.globals:
                self.globals.append(name)

    def _ignore(self, node):
        pass

    visit_ExprStmt = visit_Break = visit_Continue = visit_Pass = \
        visit_Return = _ignore


def _import_binding(name, asname):
    if asname:
        return asname
    i = name.find('.')
    if i >= 0:
        assert i >= 0
        return name[:i]
    return name


class CodeGenerator(ast.Visitor):

    def __init__(self, name, filename, argnames, localnames, is_module,
                 firstlineno):
        self.name = name
        self.filename = filename
        self.argcount = len(argnames)
        self.varnames = list(argnames)
        for n in localnames:
            if n not in self.varnames:
                self.varnames.append(n)
        self.is_module = is_module
        self.firstlineno = firstlineno
        self.names = []
        self.consts_w = []
        self.code = []
        self.lines = []
        self.lineno = firstlineno
        self.labels = []        # label id -> position (or -1)
        self.loops = []
        self.interactive = False

    # ------------------------------------------------------------ emission

    def emit(self, opcode, arg):
        self.code.append(opcode)
        self.code.append(arg)
        self.lines.append(self.lineno)

    def new_label(self):
        self.labels.append(-1)
        return len(self.labels) - 1

    def mark(self, label):
        self.labels[label] = len(self.code)

    def emit_jump(self, opcode, label):
        self.emit(opcode, label)

    def const_index(self, w_value):
        for i in range(len(self.consts_w)):
            w_c = self.consts_w[i]
            if w_c is w_value:
                return i
            if w_c.gettype() is w_value.gettype() and \
                    not isinstance(w_c, W_Code) and \
                    not isinstance(w_c, W_TupleObject) and \
                    space.repr_u(w_c) == space.repr_u(w_value):
                return i
        self.consts_w.append(w_value)
        return len(self.consts_w) - 1

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
        for i in range(len(self.names)):
            if self.names[i] == name:
                return i
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
        return W_Code(self.name, self.filename, self.argcount,
                      self.varnames, self.names, names_w, self.consts_w,
                      code, self.lines, compute_stacksize(code),
                      self.firstlineno, self.is_module)

    # ------------------------------------------------------------ names

    def is_local(self, name):
        return not self.is_module and name in self.varnames

    def load_name(self, name):
        if self.is_local(name):
            self.emit(op.LOAD_FAST, self.varnames.index(name))
        else:
            self.emit(op.LOAD_GLOBAL, self.name_index(name))

    def store_name(self, name):
        if self.is_local(name):
            self.emit(op.STORE_FAST, self.varnames.index(name))
        else:
            self.emit(op.STORE_GLOBAL, self.name_index(name))

    def delete_name(self, name):
        if self.is_local(name):
            self.emit(op.DELETE_FAST, self.varnames.index(name))
        else:
            self.emit(op.DELETE_GLOBAL, self.name_index(name))

    # ------------------------------------------------------------ statements

    def visit_stmt(self, stmt):
        self.lineno = stmt.lineno
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
        if isinstance(target, ast.Name):
            self.store_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(op.STORE_SUBSCR, 0)
        elif isinstance(target, ast.TupleExpr):
            self.unpack_targets(target.elts)
        elif isinstance(target, ast.ListExpr):
            self.unpack_targets(target.elts)
        else:
            raise CompileError("cannot assign to expression", target.lineno,
                               target.col)

    def unpack_targets(self, elts):
        if not self.fold_build_unpack(len(elts)):
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        for elt in elts:
            self.store_target(elt)

    def visit_AugAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            self.load_name(target.id)
            self.visit_expr(node.value)
            self.lineno = node.lineno
            self.emit(op.BINARY_OP, node.op + space.INPLACE)
            self.store_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(op.DUP_TOP_TWO, 0)
            self.emit(op.BINARY_SUBSCR, 0)
            self.visit_expr(node.value)
            self.lineno = node.lineno
            self.emit(op.BINARY_OP, node.op + space.INPLACE)
            self.emit(op.ROT_THREE, 0)
            self.emit(op.STORE_SUBSCR, 0)
        else:
            raise CompileError("fastpy cannot assign to attributes yet",
                               target.lineno, target.col)

    def visit_If(self, node):
        else_label = self.new_label()
        end_label = self.new_label()
        self.visit_expr(node.test)
        self.emit_jump(op.POP_JUMP_IF_FALSE, else_label)
        self.visit_body(node.body)
        if node.orelse:
            self.emit_jump(op.JUMP_FORWARD, end_label)
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
            raise CompileError("'break' outside loop", node.lineno, node.col)
        loop = self.loops[-1]
        if loop.is_for:
            self.emit(op.POP_TOP, 0)     # the iterator
        self.emit_jump(op.JUMP_FORWARD, loop.break_label)

    def visit_Continue(self, node):
        if not self.loops:
            raise CompileError("'continue' not properly in loop",
                               node.lineno, node.col)
        self.emit_jump(op.JUMP_BACKWARD, self.loops[-1].continue_label)

    def visit_Pass(self, node):
        pass

    def visit_Return(self, node):
        if self.is_module:
            raise CompileError("'return' outside function", node.lineno,
                               node.col)
        if node.value is None:
            self.emit(op.LOAD_CONST, self.const_index(space.w_None))
        else:
            self.visit_expr(node.value)
        self.emit(op.RETURN_VALUE, 0)

    def visit_Global(self, node):
        pass    # handled by LocalsCollector

    def visit_Delete(self, node):
        for target in node.targets:
            self.delete_target(target)

    def delete_target(self, target):
        if isinstance(target, ast.Name):
            self.delete_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(op.DELETE_SUBSCR, 0)
        elif isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.delete_target(elt)
        elif isinstance(target, ast.ListExpr):
            for elt in target.elts:
                self.delete_target(elt)
        else:
            raise CompileError("cannot delete expression", target.lineno,
                               target.col)

    def visit_Import(self, node):
        for i in range(len(node.names)):
            name = node.names[i]
            self.emit(op.IMPORT_NAME, self.name_index(name))
            self.store_name(_import_binding(name, node.asnames[i]))

    def visit_FunctionDef(self, node):
        for default in node.defaults:
            self.visit_expr(default)
        collector = LocalsCollector()
        collector.visit_body(node.body)
        localnames = []
        for name in collector.assigned:
            if name not in collector.globals:
                localnames.append(name)
        for name in collector.globals:
            if name in node.argnames:
                raise CompileError("name '%s' is parameter and global" %
                                   name, node.lineno, node.col)
        gen = CodeGenerator(node.name, self.filename, node.argnames,
                            localnames, False, node.lineno)
        gen.visit_body(node.body)
        gen.emit(op.LOAD_CONST, gen.const_index(space.w_None))
        gen.emit(op.RETURN_VALUE, 0)
        w_code = gen.assemble()
        self.lineno = node.lineno
        self.emit(op.LOAD_CONST, self.const_index(w_code))
        self.emit(op.MAKE_FUNCTION, len(node.defaults))
        self.store_name(node.name)

    # ------------------------------------------------------------ expressions

    def visit_expr(self, node):
        saved = self.lineno
        self.lineno = node.lineno
        node.accept(self)
        self.lineno = saved

    def visit_Constant(self, node):
        self.emit(op.LOAD_CONST, self.const_index(node.w_value))

    def visit_Name(self, node):
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

    def visit_Call(self, node):
        self.visit_expr(node.func)
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
        self.emit(op.LOAD_ATTR, self.name_index(node.attr))

    def visit_ListExpr(self, node):
        for elt in node.elts:
            self.visit_expr(elt)
        self.emit(op.BUILD_LIST, len(node.elts))

    def visit_TupleExpr(self, node):
        w_const = constant_tuple(node)
        if w_const is not None:
            self.emit(op.LOAD_CONST, self.const_index(w_const))
            return
        for elt in node.elts:
            self.visit_expr(elt)
        self.emit(op.BUILD_TUPLE, len(node.elts))

    def visit_DictExpr(self, node):
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
            if opcode == op.RETURN_VALUE or opcode == op.JUMP_FORWARD or \
                    opcode == op.JUMP_BACKWARD:
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
