"""Code generation for the class statement, attribute targets, method
calls and zero-argument super().  A mixin of codegen.CodeGenerator.

A class statement compiles as CPython 3.11 compiles it:

    [decorators]
    LOAD_BUILD_CLASS
    <function of the class body>   (MAKE_FUNCTION, closure if needed)
    LOAD_CONST 'Name'
    [bases] [keyword values]  CALL n / CALL_KW n
    [CALL 1 per decorator]
    STORE name

The body is a code object whose names live in a dict (the namespace
passed by __build_class__): LOCAL and implicitly global names use
LOAD_NAME/STORE_NAME/DELETE_NAME, names free in the class body
LOAD_CLASSDEREF.  It starts with `__module__ = __name__`,
`__qualname__ = '...'` (and `__doc__`), and, when a method uses
`__class__` or `super`, returns the `__class__` cell (also stored as
`__classcell__`), which type.__new__ fills with the new class.

`obj.name(args)` with positional arguments compiles to LOAD_METHOD +
CALL_METHOD (interpreter/methodcall.py): no bound method is built.

Zero-argument `super()` in a function that has the `__class__` cell
compiles to `super(__class__, <first argument>)`, which is what
CPython's super() finds in the frame, unless the function may delete
or rebind either (`del self`, `nonlocal __class__`): then it stays a
call without arguments, which reads them from the running frame
(objspace/superobject.py) and reports CPython's errors.
"""

from fastpy.parser import ast
from fastpy.compiler import opcodes as op
from fastpy.compiler import symtable as st
from fastpy.compiler.symtable import CompileError
from fastpy.compiler import annotations
from fastpy.compiler.funcgen import first_line
from fastpy.compiler import positions
from fastpy.objspace import space
from fastpy.objspace.strobject import W_StrObject
from fastpy.objspace.tupleobject import newconsttuple


class ClassCodegen(object):
    _mixin_ = True

    # ------------------------------------------------------------ names

    def class_name_op(self, name, fast_op):
        """name_op inside a class body (CPython's compiler_nameop)."""
        kind = self.scope.lookup(name)
        if kind == st.FREE or kind == st.CELL:
            if kind == st.FREE:
                # `__class__` may be both: the cell of the class (for
                # its methods) and free from an enclosing function (for
                # the class body)
                slot = self.free_slot(name)
            else:
                slot = self.deref_slot(name)
            if fast_op == op.LOAD_FAST:
                self.emit(op.LOAD_CLASSDEREF if kind == st.FREE
                          else op.LOAD_DEREF, slot)
            elif fast_op == op.STORE_FAST:
                self.emit(op.STORE_DEREF, slot)
            else:
                self.emit(op.DELETE_DEREF, slot)
            return
        if kind == st.GLOBAL_EXPLICIT:
            if fast_op == op.LOAD_FAST:
                self.emit(op.LOAD_GLOBAL, self.name_index(name))
            elif fast_op == op.STORE_FAST:
                self.emit(op.STORE_GLOBAL, self.name_index(name))
            else:
                self.emit(op.DELETE_GLOBAL, self.name_index(name))
            return
        if fast_op == op.LOAD_FAST:
            self.emit(op.LOAD_NAME, self.name_index(name))
        elif fast_op == op.STORE_FAST:
            self.emit(op.STORE_NAME, self.name_index(name))
        else:
            self.emit(op.DELETE_NAME, self.name_index(name))

    # ------------------------------------------------------------ class

    def visit_ClassDef(self, node):
        self.evaluate_decorators(node.decorators)
        self.lineno = node.lineno
        scope = self.table.scope_of(node)
        self.emit(op.LOAD_BUILD_CLASS, 0)
        gen = self.child(scope, first_line(node.decorators, node.lineno))
        gen.set_code_flags()
        gen.lineno = node.lineno
        gen.emit_cells()
        gen.emit(op.LOAD_NAME, gen.name_index('__name__'))
        gen.emit(op.STORE_NAME, gen.name_index('__module__'))
        gen.emit(op.LOAD_CONST,
                 gen.const_index(space.newtext(scope.qualname)))
        gen.emit(op.STORE_NAME, gen.name_index('__qualname__'))
        body = node.body
        annotations.setup_annotations(gen, body)
        start = 0
        if len(body) > 0 and isinstance(body[0], ast.ExprStmt):
            first = body[0]
            assert isinstance(first, ast.ExprStmt)
            value = first.value
            if isinstance(value, ast.Constant) and \
                    not isinstance(value, ast.FStringConstant) and \
                    isinstance(value.w_value, W_StrObject):
                gen.lineno = first.lineno
                gen.emit(op.LOAD_CONST, gen.const_index(value.w_value))
                gen.emit(op.STORE_NAME, gen.name_index('__doc__'))
                start = 1
        gen.visit_body(body[start:])
        if scope.needs_class_closure:
            gen.emit(op.LOAD_CLOSURE, gen.deref_slot('__class__'))
            gen.emit(op.DUP_TOP, 0)
            gen.emit(op.STORE_NAME, gen.name_index('__classcell__'))
        else:
            gen.emit(op.LOAD_CONST, gen.const_index(space.w_None))
        gen.emit(op.RETURN_VALUE, 0)
        self.push_function(scope, gen.assemble(), 0, node.lineno)
        self.emit(op.LOAD_CONST, self.const_index(space.newtext(node.name)))
        self.check_keywords(node.kw_names, node.kw_pos)
        if self.class_needs_unpacking(node):
            self.class_call_with_unpacking(node)
            self.apply_decorators(node.decorators)
            self.store_name(node.name)
            return
        for base in node.bases:
            self.visit_expr(base)
        for i in range(len(node.kw_names)):
            self.visit_expr(node.kw_values[i])
        self.lineno = node.lineno
        nargs = 2 + len(node.bases) + len(node.kw_names)
        if len(node.kw_names) > 0:
            names_w = [space.newtext(n) for n in node.kw_names]
            self.emit(op.LOAD_CONST,
                      self.const_index(newconsttuple(names_w)))
            self.emit(op.CALL_KW, nargs)
        else:
            self.emit(op.CALL, nargs)
        self.apply_decorators(node.decorators)
        self.store_name(node.name)

    def class_needs_unpacking(self, node):
        for base in node.bases:
            if isinstance(base, ast.Starred):
                return True
        for name in node.kw_names:
            if name == '':
                return True
        return False

    def class_call_with_unpacking(self, node):
        """class C(*bases, **kw): __build_class__(func, name, ...) by
        CALL_FUNCTION_EX (the builtin, function and name are on the
        stack), as CPython compiles it."""
        self.emit(op.BUILD_LIST, 2)
        for base in node.bases:
            if isinstance(base, ast.Starred):
                self.visit_expr(base.value)
                self.lineno = base.lineno
                self.emit(op.LIST_EXTEND, 1)
            else:
                self.visit_expr(base)
                self.emit(op.LIST_APPEND, 1)
        self.emit(op.LIST_TO_TUPLE, 0)
        self.emit_call_ex(node.kw_names, node.kw_values, node.lineno)

    # ------------------------------------------------------------ attributes

    def attr_index(self, attr):
        """names[] index of an attribute name, mangled inside a class."""
        return self.name_index(st.mangle(self.scope.private, attr))

    def store_attribute(self, target):
        self.visit_expr(target.value)
        positions.at_attr_name(self, target, target)
        self.emit(op.STORE_ATTR, self.attr_index(target.attr))

    def delete_attribute(self, target):
        self.visit_expr(target.value)
        positions.at_attr_name(self, target, target)
        self.emit(op.DELETE_ATTR, self.attr_index(target.attr))

    def augassign_attribute(self, node, target):
        self.loc = target
        self.visit_expr(target.value)
        self.emit(op.DUP_TOP, 0)
        positions.at_attr_name(self, target, target)
        self.emit(op.LOAD_ATTR, self.attr_index(target.attr))
        self.visit_expr(node.value)
        self.lineno = node.lineno
        self.loc = node
        self.emit(op.BINARY_OP, node.op + space.INPLACE)
        self.emit(op.ROT_TWO, 0)
        positions.at_attr_name(self, target, target)
        self.emit(op.STORE_ATTR, self.attr_index(target.attr))

    # ------------------------------------------------------------ calls

    def special_call(self, node):
        """Method calls and zero-argument super(); False if `node` is an
        ordinary call."""
        func = node.func
        if len(node.kw_names) > 0:
            return False
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                return False
        if isinstance(func, ast.Attribute):
            self.visit_expr(func.value)
            positions.at_attr_name(self, func, func)
            self.emit(op.LOAD_METHOD, self.attr_index(func.attr))
            self.loc = node
            for arg in node.args:
                self.visit_expr(arg)
            positions.at_attr_name(self, func, node)
            self.emit(op.CALL_METHOD, len(node.args))
            return True
        if (isinstance(func, ast.Name) and func.id == 'super' and
                len(node.args) == 0 and self.scope.kind == st.FUNCTION and
                self.scope.lookup('super') == st.GLOBAL_IMPLICIT and
                self.scope.lookup('__class__') == st.FREE and
                self.argcount > 0 and
                not self.scope.may_unbind('__class__') and
                not self.scope.may_unbind(self.scope.params[0])):
            self.load_name('super')
            self.load_name('__class__')
            self.load_name(self.scope.params[0])
            self.lineno = node.lineno
            self.emit(op.CALL, 2)
            return True
        return False
