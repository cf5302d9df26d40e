"""The symbol table: for every scope (module, function, lambda,
comprehension, class), which names are local, global (explicit or
implicit), free or cell -- CPython 3.11's rules (Python/symtable.c), with
its SyntaxErrors.

    table = build_symtable(module)        # raises CompileError
    scope = table.scope_of(node)          # FunctionDef, Lambda, *Comp, ...
    scope.lookup(name)                    # LOCAL, GLOBAL_EXPLICIT, ...

Two passes: `SymtableBuilder` walks the AST and records, per scope, how
each name is used (DEF_* flags); `analyze()` then decides the scopes of
names top-down (which names a scope binds) and bottom-up (which names
children need from their enclosing function scopes: free there, cells
where bound).

Class scopes (`kind == CLASS`) follow CPython: a class body does not
enclose the free-variable lookups of its methods (its bindings are not
passed down as `bound`), names free in a class body are looked up in the
class namespace first (LOAD_CLASSDEREF), and `__class__` used by a method
(any use of `super` or `__class__` in a function) becomes the class's
implicit cell (`needs_class_closure`).  To hook `class` in, the builder
needs a visit_ClassDef doing what `enter_class` documents.
"""

from fastpy.parser import ast


class CompileError(Exception):
    """A SyntaxError found while compiling (after parsing), from
    lineno/col to end_lineno/end_col (AST columns, UTF-8 bytes: CPython
    reports them as they are).  Without an end it ends where it starts;
    end_col errorpos.END_NONE: end_offset None (future.c)."""

    def __init__(self, msg, lineno, col, end_lineno=0, end_col=0):
        self.msg = msg
        self.lineno = lineno
        self.col = col
        if end_lineno == 0:
            end_lineno = lineno
            end_col = col
        self.end_lineno = end_lineno
        self.end_col = end_col


def node_error(msg, node):
    """A CompileError over node's span (the location CPython's compiler
    and symtable take from the AST node)."""
    return CompileError(msg, node.lineno, node.col, node.end_lineno,
                        node.end_col)


# What a scope does with a name (flags, or-ed).
DEF_GLOBAL = 1          # global declaration
DEF_LOCAL = 2           # assigned, deleted, imported, a def or a target
DEF_PARAM = 4           # a parameter
DEF_NONLOCAL = 8        # nonlocal declaration
USE = 16                # read
DEF_FREE_CLASS = 32     # free in a child of a class body, bound in it
DEF_COMP_ITER = 64      # an iteration variable of a comprehension
DEF_IMPORT = 128        # bound by an import (may precede `global`)
DEF_ANNOT = 256         # annotated (`x: int`)
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# The scope of a name, after analysis.
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# Kinds of scopes.
MODULE = 0
FUNCTION = 1        # def, lambda, comprehension
CLASS = 2

from fastpy.compiler.gencode import GeneratorSymtable
from fastpy.compiler.matchgen import MatchSymtable


class Scope(object):

    def __init__(self, name, kind, lineno, parent):
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.parent = parent
        self.flags = {}          # name -> DEF_* flags
        self.order = []          # names in first-use order
        self.scopes = {}         # name -> LOCAL/.../CELL (after analysis)
        self.params = []         # parameter names, frame order
        self.children = []
        self.is_comprehension = False
        self.is_lambda = False
        self.is_generator = False     # set by the generator work (yield)
        self.is_coroutine = False     # async def (or async comprehension)
        self.needs_class_closure = False   # class: methods use __class__
        self.deleted = {}        # names of `del name` statements here
        # The class name that mangles `__names` in this scope (CPython's
        # st_private): the innermost enclosing class statement's.
        self.private = parent.private if parent is not None else None
        self.comp_iter_expr = 0  # > 0 while visiting a comprehension's
                                 # iterable expression
        self.qualname = name
        # global/nonlocal name -> the span of its first declaration
        self.directives = {}
        self.cellvars = []       # sorted, like CPython's co_cellvars
        self.freevars = []       # sorted, like CPython's co_freevars

    def add(self, name, flag):
        name = mangle(self.private, name)
        if name in self.flags:
            self.flags[name] = self.flags[name] | flag
        else:
            self.flags[name] = flag
            self.order.append(name)

    def get_flags(self, name):
        return self.flags.get(name, 0)

    def lookup(self, name):
        """The scope of `name` here (GLOBAL_IMPLICIT if never seen)."""
        return self.scopes.get(name, GLOBAL_IMPLICIT)

    def is_function(self):
        return self.kind == FUNCTION

    def may_unbind(self, name):
        """Whether `name` may be deleted here or rebound through a
        `nonlocal` declaration here or in a nested scope."""
        if name in self.deleted:
            return True
        if self.flags.get(name, 0) & DEF_NONLOCAL:
            return True
        for child in self.children:
            if child.may_unbind(name):
                return True
        return False


class Symtable(object):

    def __init__(self, top):
        self.top = top
        self.by_node = {}        # AST node -> Scope
        self.future_lineno = 0   # the line of the last leading future
                                 # statement (future.py)

    def scope_of(self, node):
        return self.by_node[node]


def build_symtable(module):
    builder = SymtableBuilder()
    builder.visit_body(module.body)
    table = builder.table
    analyze_block(table.top, None, {}, {})
    _finish(table.top)
    return table


def _error(msg, node):
    return node_error(msg, node)


class SymtableBuilder(GeneratorSymtable, MatchSymtable, ast.Visitor):

    def __init__(self):
        top = Scope('<module>', MODULE, 1, None)
        self.table = Symtable(top)
        self.cur = top

    # ------------------------------------------------------------ scopes

    def enter(self, node, name, kind, lineno):
        scope = Scope(name, kind, lineno, self.cur)
        self.cur.children.append(scope)
        self.table.by_node[node] = scope
        self.cur = scope
        return scope

    def leave(self):
        self.cur = self.cur.parent

    def enter_class(self, node, name, lineno):
        """For the class statement (the lead's): bind `name` in the
        current scope, visit the bases/keywords/decorators here, then
        enter_class(...), visit the body, leave()."""
        return self.enter(node, name, CLASS, lineno)

    def add_def(self, name, flag, node):
        if name == '__debug__' and flag & DEF_BOUND:
            raise _error("cannot assign to __debug__", node)
        self.cur.add(name, flag)

    # ------------------------------------------------------------ statements

    def visit_body(self, body):
        for stmt in body:
            stmt.accept(self)

    def visit_ExprStmt(self, node):
        node.value.accept(self)

    def visit_Assign(self, node):
        node.value.accept(self)
        for t in node.targets:
            self.target(t)

    def visit_AugAssign(self, node):
        node.value.accept(self)
        self.target(node.target)

    def visit_AnnAssign(self, node):
        # compiler/annotations.py
        if node.value is not None:
            node.value.accept(self)
        node.annotation.accept(self)
        target = node.target
        if isinstance(target, ast.Name) and node.simple and \
                self.cur.kind != MODULE:
            cur = self.cur.get_flags(target.id)
            if cur & (DEF_GLOBAL | DEF_NONLOCAL):
                raise _error("annotated name '%s' can't be %s" % (
                    target.id, 'global' if cur & DEF_GLOBAL
                    else 'nonlocal'), node)
        if isinstance(target, ast.Name) and not node.simple and \
                node.value is None:
            return      # `(x): int` neither binds nor reads x
        if isinstance(target, ast.Name) and node.simple:
            self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            return
        self.target(target)

    def target(self, node):
        if isinstance(node, ast.Name):
            self.add_def(node.id, DEF_LOCAL, node)
        elif isinstance(node, ast.TupleExpr):
            for elt in node.elts:
                self.target(elt)
        elif isinstance(node, ast.ListExpr):
            for elt in node.elts:
                self.target(elt)
        elif isinstance(node, ast.Starred):
            self.target(node.value)
        else:
            if isinstance(node, ast.Attribute) and node.attr == '__debug__':
                raise _error("cannot assign to __debug__", node)
            node.accept(self)      # subscript/attribute: reads names

    def visit_If(self, node):
        node.test.accept(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_While(self, node):
        node.test.accept(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_For(self, node):
        self.target(node.target)
        node.iter.accept(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_Break(self, node):
        pass

    def visit_Continue(self, node):
        pass

    def visit_Pass(self, node):
        pass

    def visit_Return(self, node):
        if node.value is not None:
            node.value.accept(self)

    # -- exception statements (exccodegen.py compiles them)

    def visit_Try(self, node):
        # CPython's order (symtable.c): the else block before the
        # handlers, which decides what `global x` there may follow.
        self.visit_body(node.body)
        self.visit_body(node.orelse)
        for handler in node.handlers:
            if handler.type is not None:
                handler.type.accept(self)
            if handler.name:
                self.add_def(handler.name, DEF_LOCAL, handler)
            self.visit_body(handler.body)
        self.visit_body(node.finalbody)

    def visit_Raise(self, node):
        if node.exc is not None:
            node.exc.accept(self)
        if node.cause is not None:
            node.cause.accept(self)

    def visit_Assert(self, node):
        node.test.accept(self)
        if node.msg is not None:
            node.msg.accept(self)

    def visit_With(self, node):
        for item in node.items:
            item.context_expr.accept(self)
            if item.optional_vars is not None:
                self.target(item.optional_vars)
        self.visit_body(node.body)

    def visit_Delete(self, node):
        for t in node.targets:
            if isinstance(t, ast.Name) and t.id == '__debug__':
                raise _error("cannot delete __debug__", t)
            self.target(t)
            self.mark_deleted(t)

    def mark_deleted(self, node):
        if isinstance(node, ast.Name):
            self.cur.deleted[mangle(self.cur.private, node.id)] = None
        elif isinstance(node, ast.TupleExpr):
            for elt in node.elts:
                self.mark_deleted(elt)
        elif isinstance(node, ast.ListExpr):
            for elt in node.elts:
                self.mark_deleted(elt)

    def visit_Import(self, node):
        for i in range(len(node.names)):
            self.add_def(_import_binding(node.names[i], node.asnames[i]),
                         DEF_IMPORT, node)

    def visit_ImportFrom(self, node):
        for i in range(len(node.names)):
            name = node.names[i]
            if name == '*':
                if self.cur.kind != MODULE:
                    # at the alias '*' (symtable_visit_alias)
                    pos = node.alias_pos
                    if pos is not None and len(pos) >= 4 * i + 4:
                        raise CompileError("import * only allowed at module "
                                           "level", pos[4 * i],
                                           pos[4 * i + 1], pos[4 * i + 2],
                                           pos[4 * i + 3])
                    raise _error("import * only allowed at module level",
                                 node)
                continue
            self.add_def(node.asnames[i] or name, DEF_IMPORT, node)

    def visit_Global(self, node):
        for name in node.names:
            cur = self.cur.get_flags(name)
            # symtable.c: a nonlocal declaration too is caught later
            # (analyze_name, "nonlocal and global")
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and global" % name
                elif cur & USE:
                    msg = "name '%s' is used prior to global declaration" \
                        % name
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be global" % name
                else:
                    msg = "name '%s' is assigned to before global " \
                          "declaration" % name
                raise _error(msg, node)
            self.add_def(name, DEF_GLOBAL, node)
            self.record_directive(name, node)
            # CPython also marks the name global in the module's own
            # table (symtable.c's st_global): module code then stores
            # it with STORE_GLOBAL, which matters under exec() with
            # separate globals and locals.
            top = self.table.top
            if self.cur is not top:
                mangled = mangle(self.cur.private, name)
                if mangled in top.flags:
                    top.flags[mangled] = top.flags[mangled] | DEF_GLOBAL
                else:
                    top.flags[mangled] = DEF_GLOBAL
                    top.order.append(mangled)

    def visit_Nonlocal(self, node):
        for name in node.names:
            cur = self.cur.get_flags(name)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and nonlocal" % name
                elif cur & USE:
                    msg = "name '%s' is used prior to nonlocal " \
                          "declaration" % name
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be nonlocal" % name
                else:
                    msg = "name '%s' is assigned to before nonlocal " \
                          "declaration" % name
                raise _error(msg, node)
            self.add_def(name, DEF_NONLOCAL, node)
            self.record_directive(name, node)

    def record_directive(self, name, node):
        """symtable_record_directive: where analyze_name reports an
        error about the name (at its first declaration)."""
        name = mangle(self.cur.private, name)
        if name not in self.cur.directives:
            self.cur.directives[name] = node

    def visit_FunctionDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_argspec_defaults(node.args)
        for d in node.decorators:
            d.accept(self)
        scope = self.enter(node, node.name, FUNCTION, node.lineno)
        scope.is_coroutine = isinstance(node, ast.AsyncFunctionDef)
        self.add_params(node.args, node)
        self.visit_body(node.body)
        self.leave()

    def visit_ClassDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        for b in node.bases:
            b.accept(self)
        for v in node.kw_values:
            v.accept(self)
        for d in node.decorators:
            d.accept(self)
        scope = self.enter_class(node, node.name, node.lineno)
        scope.private = node.name
        self.visit_body(node.body)
        self.leave()

    def visit_argspec_defaults(self, args):
        for d in args.defaults:
            d.accept(self)
        for d in args.kw_defaults:
            if d is not None:
                d.accept(self)
        for a in args.ann_values:       # evaluated with the defaults
            a.accept(self)

    def add_params(self, args, node):
        names = args.all_names()
        for i in range(len(names)):
            name = names[i]
            if name == '__debug__':
                raise _error("cannot assign to __debug__", node)
            mangled = mangle(self.cur.private, name)
            if self.cur.flags.get(mangled, 0) & DEF_PARAM:
                # symtable_add_def_helper, at the parameter
                raise _param_error("duplicate argument '%s' in function "
                                   "definition" % name, args, i, node)
            self.cur.add(name, DEF_PARAM)
            self.cur.params.append(mangled)

    # ------------------------------------------------------------ expressions

    def visit_Constant(self, node):
        pass

    def visit_Name(self, node):
        self.add_def(node.id, USE, node)
        if node.id == 'super' and self.cur.kind == FUNCTION:
            # zero-argument super() needs the __class__ cell
            self.cur.add('__class__', USE)

    def visit_BinOp(self, node):
        node.left.accept(self)
        node.right.accept(self)

    def visit_UnaryOp(self, node):
        node.operand.accept(self)

    def visit_BoolOp(self, node):
        for v in node.values:
            v.accept(self)

    def visit_Compare(self, node):
        node.left.accept(self)
        for c in node.comparators:
            c.accept(self)

    def visit_Call(self, node):
        node.func.accept(self)
        for name in node.kw_names:
            if name == '__debug__':
                raise _error("cannot assign to __debug__", node)
        for a in node.args:
            a.accept(self)
        for v in node.kw_values:
            v.accept(self)

    def visit_Subscript(self, node):
        node.value.accept(self)
        node.index.accept(self)

    def visit_Slice(self, node):
        for part in [node.lower, node.upper, node.step]:
            if part is not None:
                part.accept(self)

    def visit_Attribute(self, node):
        node.value.accept(self)

    def visit_ListExpr(self, node):
        for e in node.elts:
            e.accept(self)

    def visit_TupleExpr(self, node):
        for e in node.elts:
            e.accept(self)

    def visit_SetExpr(self, node):
        for e in node.elts:
            e.accept(self)

    def visit_DictExpr(self, node):
        for i in range(len(node.keys)):
            k = node.keys[i]
            if k is not None:
                k.accept(self)
            node.values[i].accept(self)

    def visit_IfExp(self, node):
        node.test.accept(self)
        node.body.accept(self)
        node.orelse.accept(self)

    def visit_JoinedStr(self, node):
        for e in node.values:
            e.accept(self)

    def visit_FormattedValue(self, node):
        node.value.accept(self)
        if node.format_spec is not None:
            node.format_spec.accept(self)

    def visit_Starred(self, node):
        node.value.accept(self)

    def visit_Lambda(self, node):
        self.visit_argspec_defaults(node.args)
        scope = self.enter(node, '<lambda>', FUNCTION, node.lineno)
        scope.is_lambda = True
        self.add_params(node.args, node)
        node.body.accept(self)
        self.leave()

    def visit_NamedExpr(self, node):
        if self.cur.comp_iter_expr > 0:
            raise _error("assignment expression cannot be used in a "
                         "comprehension iterable expression", node)
        node.value.accept(self)
        target = node.target
        assert isinstance(target, ast.Name)
        if self.cur.is_comprehension:
            self.extend_namedexpr_scope(target)
        else:
            self.add_def(target.id, DEF_LOCAL, target)

    def extend_namedexpr_scope(self, target):
        """`name := value` in a comprehension binds name in the nearest
        enclosing non-comprehension scope (symtable.c)."""
        name = target.id
        scope = self.cur
        while scope is not None:
            if scope.is_comprehension:
                if scope.get_flags(name) & DEF_COMP_ITER:
                    raise _error("assignment expression cannot rebind "
                                 "comprehension iteration variable '%s'" %
                                 name, target)
                scope = scope.parent
                continue
            if scope.kind == FUNCTION:
                if scope.get_flags(name) & DEF_GLOBAL:
                    self.cur.add(name, DEF_GLOBAL)
                else:
                    self.cur.add(name, DEF_NONLOCAL)
                scope.add(name, DEF_LOCAL)
                return
            if scope.kind == MODULE:
                self.cur.add(name, DEF_GLOBAL)
                scope.add(name, DEF_GLOBAL)
                return
            raise _error("assignment expression within a comprehension "
                         "cannot be used in a class body", target)
        assert False

    def visit_comprehension(self, node, name, generators, elts):
        """A comprehension: the first iterable is evaluated in the
        enclosing scope; the rest runs in a new function scope whose one
        parameter `.0` is the first iterator.  Generator expressions use
        this too (the generator work marks the scope `is_generator`)."""
        first = generators[0]
        self.cur.comp_iter_expr += 1
        first.iter.accept(self)
        self.cur.comp_iter_expr -= 1
        scope = self.enter(node, name, FUNCTION, node.lineno)
        scope.is_comprehension = True
        scope.add('.0', DEF_PARAM)
        scope.params.append('.0')
        for gen in generators:
            if isinstance(gen, ast.AsyncCompFor):     # gencode.py
                # (errors over the whole comprehension)
                self.mark_async(node, "asynchronous comprehension outside "
                                "of an asynchronous function", "")
        for i in range(len(generators)):
            gen = generators[i]
            if i > 0:
                scope.comp_iter_expr += 1
                gen.iter.accept(self)
                scope.comp_iter_expr -= 1
            self.comp_target(gen.target)
            for cond in gen.ifs:
                cond.accept(self)
        for e in elts:
            e.accept(self)
        self.leave()
        return scope

    def comp_target(self, node):
        if isinstance(node, ast.Name):
            # symtable_add_def_helper: bound by a named expression here
            flags = self.cur.flags.get(mangle(self.cur.private, node.id), 0)
            if flags & (DEF_GLOBAL | DEF_NONLOCAL):
                raise _error("comprehension inner loop cannot rebind "
                             "assignment expression target '%s'" % node.id,
                             node)
            self.cur.add(node.id, DEF_LOCAL | DEF_COMP_ITER)
        elif isinstance(node, ast.TupleExpr):
            for elt in node.elts:
                self.comp_target(elt)
        elif isinstance(node, ast.ListExpr):
            for elt in node.elts:
                self.comp_target(elt)
        elif isinstance(node, ast.Starred):
            self.comp_target(node.value)
        else:
            node.accept(self)

    def visit_ListComp(self, node):
        self.visit_comprehension(node, '<listcomp>', node.generators,
                                 [node.elt])

    def visit_SetComp(self, node):
        self.visit_comprehension(node, '<setcomp>', node.generators,
                                 [node.elt])

    def visit_DictComp(self, node):
        self.visit_comprehension(node, '<dictcomp>', node.generators,
                                 [node.key, node.value])

    def visit_GeneratorExp(self, node):
        scope = self.visit_comprehension(node, '<genexpr>', node.generators,
                                         [node.elt])
        scope.is_generator = True


# ---------------------------------------------------------------- analysis

def _copy(d):
    result = {}
    for key in d:
        result[key] = None
    return result


def analyze_block(scope, bound, free, global_):
    """CPython's analyze_block: `bound` (None at module level) are the
    names bound by enclosing function scopes, `global_` the names known
    to be global; names this scope and its children need from outside go
    into `free`."""
    local = {}
    newglobal = {}
    newfree = {}
    newbound = {}
    if scope.kind == CLASS:
        newglobal = _copy(global_)
        if bound is not None:
            newbound = _copy(bound)
    for name in scope.order:
        analyze_name(scope, name, scope.flags[name], bound, local, free,
                     global_)
    if scope.kind != CLASS:
        if scope.kind == FUNCTION:
            for name in local:
                newbound[name] = None
        if bound is not None:
            for name in bound:
                newbound[name] = None
        for name in global_:
            newglobal[name] = None
    else:
        newbound['__class__'] = None
    allfree = {}
    for child in scope.children:
        child_free = {}
        analyze_block(child, _copy(newbound), child_free, _copy(newglobal))
        for name in child_free:
            allfree[name] = None
    for name in allfree:
        newfree[name] = None
    if scope.kind == FUNCTION:
        # names free in children and local here become cells
        for name in scope.order:
            if scope.scopes[name] == LOCAL and name in newfree:
                scope.scopes[name] = CELL
                del newfree[name]
    elif scope.kind == CLASS:
        if '__class__' in newfree:
            scope.needs_class_closure = True
            del newfree['__class__']
    # names free in children pass through this scope as free
    for name in newfree:
        if name in scope.flags:
            if scope.kind == CLASS and scope.flags[name] & (DEF_BOUND |
                                                            DEF_GLOBAL):
                scope.flags[name] = scope.flags[name] | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        scope.flags[name] = 0
        scope.order.append(name)
        scope.scopes[name] = FREE
    for name in newfree:
        free[name] = None


def analyze_name(scope, name, flags, bound, local, free, global_):
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            raise _directive_error(scope, name,
                                   "name '%s' is nonlocal and global" % name)
        scope.scopes[name] = GLOBAL_EXPLICIT
        global_[name] = None
        if bound is not None and name in bound:
            del bound[name]
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            raise _directive_error(scope, name, "nonlocal declaration not "
                                   "allowed at module level")
        if name not in bound:
            raise _directive_error(scope, name, "no binding for nonlocal "
                                   "'%s' found" % name)
        scope.scopes[name] = FREE
        free[name] = None
        return
    if flags & DEF_BOUND:
        scope.scopes[name] = LOCAL
        local[name] = None
        if name in global_:
            del global_[name]
        return
    if bound is not None and name in bound:
        scope.scopes[name] = FREE
        free[name] = None
        return
    scope.scopes[name] = GLOBAL_IMPLICIT


def _param_error(msg, args, i, node):
    """An error at parameter i of args.all_names() (args.positions holds
    the spans of the named parameters in source order)."""
    nargs = len(args.argnames)
    star = 1 if args.vararg else 0
    if i < nargs:
        k = i
    elif i < nargs + len(args.kwonly):
        k = i + star
    elif args.vararg and i == nargs + len(args.kwonly):
        k = nargs
    else:
        k = nargs + star + len(args.kwonly)
    pos = args.positions
    if 4 * k + 3 < len(pos):
        return CompileError(msg, pos[4 * k], pos[4 * k + 1], pos[4 * k + 2],
                            pos[4 * k + 3])
    return node_error(msg, node)


def _directive_error(scope, name, msg):
    """error_at_directive: at the name's first global or nonlocal
    statement."""
    node = scope.directives.get(name, None)
    if node is None:
        return CompileError(msg, scope.lineno, 0)
    return node_error(msg, node)


def _finish(scope):
    """Cell and free variable lists (sorted, as CPython orders them) and
    qualified names."""
    cells = []
    frees = []
    for name in scope.order:
        kind = scope.scopes.get(name, GLOBAL_IMPLICIT)
        if kind == CELL:
            cells.append(name)
        elif kind == FREE:
            frees.append(name)
        elif scope.kind == CLASS and scope.flags[name] & DEF_FREE_CLASS:
            frees.append(name)
    if scope.needs_class_closure:
        cells.append('__class__')
    scope.cellvars = _sorted(cells)
    scope.freevars = _sorted(frees)
    parent = scope.parent
    if parent is not None and parent.kind != MODULE:
        if (not scope.is_comprehension and not scope.is_lambda and
                parent.lookup(scope.name) == GLOBAL_EXPLICIT):
            scope.qualname = scope.name
        elif parent.kind == FUNCTION and not parent.is_comprehension:
            scope.qualname = parent.qualname + '.<locals>.' + scope.name
        else:
            scope.qualname = parent.qualname + '.' + scope.name
    for child in scope.children:
        _finish(child)


def _sorted(names):
    result = []
    for name in names:
        i = len(result)
        while i > 0 and result[i - 1] > name:
            i -= 1
        assert i >= 0
        result.insert(i, name)
    return result


def mangle(private, name):
    """CPython's _Py_Mangle: `__name` inside class `C` is `_C__name`
    (not dunder names, not dotted ones)."""
    if private is None or not name.startswith('__'):
        return name
    if name.endswith('__') or '.' in name:
        return name
    i = 0
    while i < len(private) and private[i] == '_':
        i += 1
    if i == len(private):
        return name
    return '_' + private[i:] + name


def _import_binding(name, asname):
    if asname:
        return asname
    i = name.find('.')
    if i >= 0:
        return name[:i]
    return name
