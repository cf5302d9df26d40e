"""fastpy's parser AST (fastpy/parser/ast.py) -> the node objects of the
`ast` module (astmodule.py): what compile(..., PyCF_ONLY_AST) returns.

The result has CPython 3.11's shape: expression contexts (Load, Store,
Del) are computed from where a node stands, `-1` (which fastpy's parser
folds into one constant) is a UnaryOp again, Constant.kind is 'u' for
u-prefixed strings, None stands for fastpy's empty names.  Positions are
the parser's (lineno, col, end_lineno, end_col: CPython's UTF-8 byte
columns); parameters, import aliases and keywords carry theirs in the
`positions`, `alias_pos` and `kw_pos` lists the parser records for this
module.

Reference counting: every convert_* method returns a temporary (count
0) that the caller stores into a node attribute or a list (which
increfs it).  The expression-context and operator instances are shared
by the whole tree, as in CPython; the converter holds them while it runs.
"""

from fastpy.interpreter.function import Arguments
from fastpy.modules import astmodule
from fastpy.objspace import refcount, space
from fastpy.objspace.attribute import setattr_w
from fastpy.objspace.intobject import newint
from fastpy.objspace.listobject import newlist
from fastpy.objspace.strobject import W_StrObject
from fastpy.parser import ast
from fastpy.parser.literals import parse_number, LiteralError

LOAD = 0
STORE = 1
DEL = 2
CTX_NAMES = ['Load', 'Store', 'Del']

OPERATOR_NAMES = {space.OP_ADD: 'Add', space.OP_SUB: 'Sub',
                  space.OP_MUL: 'Mult', space.OP_MATMUL: 'MatMult',
                  space.OP_TRUEDIV: 'Div', space.OP_MOD: 'Mod',
                  space.OP_POW: 'Pow', space.OP_LSHIFT: 'LShift',
                  space.OP_RSHIFT: 'RShift', space.OP_OR: 'BitOr',
                  space.OP_XOR: 'BitXor', space.OP_AND: 'BitAnd',
                  space.OP_FLOORDIV: 'FloorDiv'}

CMPOP_NAMES = {space.CMP_EQ: 'Eq', space.CMP_NE: 'NotEq',
               space.CMP_LT: 'Lt', space.CMP_LE: 'LtE',
               space.CMP_GT: 'Gt', space.CMP_GE: 'GtE',
               space.CMP_IS: 'Is', space.CMP_IS_NOT: 'IsNot',
               space.CMP_IN: 'In', space.CMP_NOT_IN: 'NotIn'}

UNARYOP_NAMES = {'-': 'USub', '+': 'UAdd', '~': 'Invert', 'not': 'Not'}


def _call_class(w_cls):
    from fastpy.interpreter.eval import call_function
    return call_function(w_cls, Arguments([]))


def _text(name):
    return space.newtext(name)


def _name_or_none(name):
    if name == '':
        return space.w_None
    return space.newtext(name)


class Converter(object):

    def __init__(self, source):
        self.lines = source.split('\n')
        self.shared = {}        # class name -> its one instance

    # ------------------------------------------------------------ helpers

    def new(self, name):
        return _call_class(astmodule.node_class(name))

    def shared_node(self, name):
        """The one Load(), Add() ... of the tree (held by the converter
        while it runs: `finish` lets it go)."""
        w_node = self.shared.get(name, None)
        if w_node is None:
            w_node = self.new(name)
            refcount.incref(w_node)
            self.shared[name] = w_node
        return w_node

    def finish(self):
        for w_node in self.shared.values():
            refcount.decref(w_node)
        self.shared = {}

    def set(self, w_node, field, w_value):
        setattr_w(w_node, field, w_value)
        refcount.discard(w_value)

    def set_pos(self, w_node, lineno, col, end_lineno, end_col):
        setattr_w(w_node, 'lineno', newint(lineno))
        setattr_w(w_node, 'col_offset', newint(col))
        setattr_w(w_node, 'end_lineno', newint(end_lineno))
        setattr_w(w_node, 'end_col_offset', newint(end_col))

    def node_pos(self, w_node, node):
        self.set_pos(w_node, node.lineno, node.col, node.end_lineno,
                     node.end_col)

    def source_byte(self, lineno, col):
        """The source byte at a position, or '' outside the source."""
        if lineno < 1 or lineno > len(self.lines):
            return ''
        line = self.lines[lineno - 1]
        if col < 0 or col >= len(line):
            return ''
        return line[col]

    def source_span(self, node):
        """The text of a node on one line ('' if it spans lines)."""
        if node.lineno != node.end_lineno or node.lineno < 1 or \
                node.lineno > len(self.lines):
            return ''
        line = self.lines[node.lineno - 1]
        start = node.col
        stop = node.end_col
        if start < 0 or stop > len(line) or stop < start:
            return ''
        return line[start:stop]

    # ------------------------------------------------------------ lists

    def stmts(self, body):
        items_w = [self.stmt(s) for s in body]
        return self.owned_list(items_w)

    def exprs(self, nodes, ctx=LOAD):
        items_w = [self.expr(e, ctx) for e in nodes]
        return self.owned_list(items_w)

    def owned_list(self, items_w):
        """A list of temporaries: the list now owns them."""
        w_list = newlist(items_w)
        for w_item in items_w:
            refcount.discard(w_item)
        return w_list

    def names(self, names):
        return newlist([_text(n) for n in names])

    def optional_expr(self, node, ctx=LOAD):
        if node is None:
            return space.w_None
        return self.expr(node, ctx)

    # ------------------------------------------------------------ modules

    def module(self, module):
        w_mod = self.new('Module')
        self.set(w_mod, 'body', self.stmts(module.body))
        self.set(w_mod, 'type_ignores', newlist([]))
        return w_mod

    def interactive(self, module):
        w_mod = self.new('Interactive')
        self.set(w_mod, 'body', self.stmts(module.body))
        return w_mod

    def expression(self, node):
        w_mod = self.new('Expression')
        self.set(w_mod, 'body', self.expr(node, LOAD))
        return w_mod

    # ------------------------------------------------------------ statements

    def stmt(self, node):
        w_node = self.stmt_fields(node)
        self.node_pos(w_node, node)
        return w_node

    def stmt_fields(self, node):
        if isinstance(node, ast.ExprStmt):
            w_node = self.new('Expr')
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            return w_node
        if isinstance(node, ast.Assign):
            w_node = self.new('Assign')
            self.set(w_node, 'targets', self.exprs(node.targets, STORE))
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            self.set(w_node, 'type_comment', space.w_None)
            return w_node
        if isinstance(node, ast.AugAssign):
            w_node = self.new('AugAssign')
            self.set(w_node, 'target', self.expr(node.target, STORE))
            self.set(w_node, 'op', self.shared_node(
                OPERATOR_NAMES[node.op]))
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            return w_node
        if isinstance(node, ast.AnnAssign):
            w_node = self.new('AnnAssign')
            self.set(w_node, 'target', self.expr(node.target, STORE))
            self.set(w_node, 'annotation', self.expr(node.annotation, LOAD))
            self.set(w_node, 'value', self.optional_expr(node.value))
            self.set(w_node, 'simple', newint(1 if node.simple else 0))
            return w_node
        if isinstance(node, ast.If):
            return self.test_body_orelse('If', node.test, node.body,
                                         node.orelse)
        if isinstance(node, ast.While):
            return self.test_body_orelse('While', node.test, node.body,
                                         node.orelse)
        if isinstance(node, ast.For):
            if isinstance(node, ast.AsyncFor):
                w_node = self.new('AsyncFor')
            else:
                w_node = self.new('For')
            self.set(w_node, 'target', self.expr(node.target, STORE))
            self.set(w_node, 'iter', self.expr(node.iter, LOAD))
            self.set(w_node, 'body', self.stmts(node.body))
            self.set(w_node, 'orelse', self.stmts(node.orelse))
            self.set(w_node, 'type_comment', space.w_None)
            return w_node
        if isinstance(node, ast.Break):
            return self.new('Break')
        if isinstance(node, ast.Continue):
            return self.new('Continue')
        if isinstance(node, ast.Pass):
            return self.new('Pass')
        if isinstance(node, ast.Return):
            w_node = self.new('Return')
            self.set(w_node, 'value', self.optional_expr(node.value))
            return w_node
        if isinstance(node, ast.FunctionDef):
            return self.function_def(node)
        if isinstance(node, ast.ClassDef):
            return self.class_def(node)
        if isinstance(node, ast.Global):
            w_node = self.new('Global')
            self.set(w_node, 'names', self.names(node.names))
            return w_node
        if isinstance(node, ast.Nonlocal):
            w_node = self.new('Nonlocal')
            self.set(w_node, 'names', self.names(node.names))
            return w_node
        if isinstance(node, ast.Delete):
            w_node = self.new('Delete')
            self.set(w_node, 'targets', self.exprs(node.targets, DEL))
            return w_node
        if isinstance(node, ast.Import):
            w_node = self.new('Import')
            self.set(w_node, 'names', self.aliases(node.names, node.asnames,
                                                   node.alias_pos))
            return w_node
        if isinstance(node, ast.ImportFrom):
            w_node = self.new('ImportFrom')
            self.set(w_node, 'module', _name_or_none(node.module))
            self.set(w_node, 'names', self.aliases(node.names, node.asnames,
                                                   node.alias_pos))
            self.set(w_node, 'level', newint(node.level))
            return w_node
        if isinstance(node, ast.Try):
            if node.is_star:
                w_node = self.new('TryStar')
            else:
                w_node = self.new('Try')
            self.set(w_node, 'body', self.stmts(node.body))
            handlers_w = [self.handler(h) for h in node.handlers]
            self.set(w_node, 'handlers', self.owned_list(handlers_w))
            self.set(w_node, 'orelse', self.stmts(node.orelse))
            self.set(w_node, 'finalbody', self.stmts(node.finalbody))
            return w_node
        if isinstance(node, ast.Raise):
            w_node = self.new('Raise')
            self.set(w_node, 'exc', self.optional_expr(node.exc))
            self.set(w_node, 'cause', self.optional_expr(node.cause))
            return w_node
        if isinstance(node, ast.Assert):
            w_node = self.new('Assert')
            self.set(w_node, 'test', self.expr(node.test, LOAD))
            self.set(w_node, 'msg', self.optional_expr(node.msg))
            return w_node
        if isinstance(node, ast.With):
            if isinstance(node, ast.AsyncWith):
                w_node = self.new('AsyncWith')
            else:
                w_node = self.new('With')
            items_w = [self.withitem(item) for item in node.items]
            self.set(w_node, 'items', self.owned_list(items_w))
            self.set(w_node, 'body', self.stmts(node.body))
            self.set(w_node, 'type_comment', space.w_None)
            return w_node
        if isinstance(node, ast.Match):
            w_node = self.new('Match')
            self.set(w_node, 'subject', self.expr(node.subject, LOAD))
            cases_w = [self.match_case(c) for c in node.cases]
            self.set(w_node, 'cases', self.owned_list(cases_w))
            return w_node
        raise NotImplementedError("ast export of a statement")

    def test_body_orelse(self, name, test, body, orelse):
        w_node = self.new(name)
        self.set(w_node, 'test', self.expr(test, LOAD))
        self.set(w_node, 'body', self.stmts(body))
        self.set(w_node, 'orelse', self.stmts(orelse))
        return w_node

    def function_def(self, node):
        if isinstance(node, ast.AsyncFunctionDef):
            w_node = self.new('AsyncFunctionDef')
        else:
            w_node = self.new('FunctionDef')
        self.set(w_node, 'name', _text(node.name))
        self.set(w_node, 'args', self.arguments(node.args))
        self.set(w_node, 'body', self.stmts(node.body))
        self.set(w_node, 'decorator_list', self.exprs(node.decorators))
        self.set(w_node, 'returns', self.optional_expr(
            _annotation(node.args, 'return')))
        self.set(w_node, 'type_comment', space.w_None)
        return w_node

    def class_def(self, node):
        w_node = self.new('ClassDef')
        self.set(w_node, 'name', _text(node.name))
        self.set(w_node, 'bases', self.exprs(node.bases))
        self.set(w_node, 'keywords', self.keywords(
            node.kw_names, node.kw_values, node.kw_pos))
        self.set(w_node, 'body', self.stmts(node.body))
        self.set(w_node, 'decorator_list', self.exprs(node.decorators))
        return w_node

    def aliases(self, names, asnames, positions):
        items_w = []
        for i in range(len(names)):
            w_alias = self.new('alias')
            self.set(w_alias, 'name', _text(names[i]))
            self.set(w_alias, 'asname', _name_or_none(asnames[i]))
            if positions is not None and 4 * i + 3 < len(positions):
                self.set_pos(w_alias, positions[4 * i],
                             positions[4 * i + 1], positions[4 * i + 2],
                             positions[4 * i + 3])
            items_w.append(w_alias)
        return self.owned_list(items_w)

    def handler(self, node):
        w_node = self.new('ExceptHandler')
        self.set(w_node, 'type', self.optional_expr(node.type))
        self.set(w_node, 'name', _name_or_none(node.name))
        self.set(w_node, 'body', self.stmts(node.body))
        self.node_pos(w_node, node)
        return w_node

    def withitem(self, node):
        w_node = self.new('withitem')
        self.set(w_node, 'context_expr', self.expr(node.context_expr, LOAD))
        self.set(w_node, 'optional_vars',
                 self.optional_expr(node.optional_vars, STORE))
        return w_node

    # ------------------------------------------------------------ arguments

    def arguments(self, spec):
        """An ArgSpec -> arguments(posonlyargs, args, vararg, kwonlyargs,
        kw_defaults, kwarg, defaults)."""
        w_node = self.new('arguments')
        index = 0       # the next parameter in source order (positions)
        posonly_w = []
        args_w = []
        for i in range(len(spec.argnames)):
            w_arg = self.arg(spec, spec.argnames[i], index)
            index += 1
            if i < spec.posonlycount:
                posonly_w.append(w_arg)
            else:
                args_w.append(w_arg)
        w_vararg = space.w_None
        if spec.vararg:
            w_vararg = self.arg(spec, spec.vararg, index)
            index += 1
        kwonly_w = []
        for name in spec.kwonly:
            kwonly_w.append(self.arg(spec, name, index))
            index += 1
        w_kwarg = space.w_None
        if spec.kwarg:
            w_kwarg = self.arg(spec, spec.kwarg, index)
            index += 1
        self.set(w_node, 'posonlyargs', self.owned_list(posonly_w))
        self.set(w_node, 'args', self.owned_list(args_w))
        self.set(w_node, 'vararg', w_vararg)
        self.set(w_node, 'kwonlyargs', self.owned_list(kwonly_w))
        kw_defaults_w = [self.optional_expr(d) for d in spec.kw_defaults]
        self.set(w_node, 'kw_defaults', self.owned_list(kw_defaults_w))
        self.set(w_node, 'kwarg', w_kwarg)
        self.set(w_node, 'defaults', self.exprs(spec.defaults))
        return w_node

    def arg(self, spec, name, index):
        w_arg = self.new('arg')
        self.set(w_arg, 'arg', _text(name))
        self.set(w_arg, 'annotation', self.optional_expr(
            _annotation(spec, name)))
        self.set(w_arg, 'type_comment', space.w_None)
        positions = spec.positions
        if 4 * index + 3 < len(positions):
            self.set_pos(w_arg, positions[4 * index],
                         positions[4 * index + 1], positions[4 * index + 2],
                         positions[4 * index + 3])
        return w_arg

    def keywords(self, kw_names, kw_values, kw_pos):
        items_w = []
        for i in range(len(kw_names)):
            value = kw_values[i]
            w_kw = self.new('keyword')
            self.set(w_kw, 'arg', _name_or_none(kw_names[i]))
            self.set(w_kw, 'value', self.expr(value, LOAD))
            if kw_pos is not None and 4 * i + 3 < len(kw_pos):
                self.set_pos(w_kw, kw_pos[4 * i], kw_pos[4 * i + 1],
                             kw_pos[4 * i + 2], kw_pos[4 * i + 3])
            items_w.append(w_kw)
        return self.owned_list(items_w)

    # ------------------------------------------------------------ expressions

    def expr(self, node, ctx):
        w_node = self.expr_fields(node, ctx)
        self.node_pos(w_node, node)
        return w_node

    def ctx_node(self, ctx):
        return self.shared_node(CTX_NAMES[ctx])

    def expr_fields(self, node, ctx):
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            w_node = self.new('Name')
            self.set(w_node, 'id', _text(node.id))
            self.set(w_node, 'ctx', self.ctx_node(ctx))
            return w_node
        if isinstance(node, ast.BinOp):
            w_node = self.new('BinOp')
            self.set(w_node, 'left', self.expr(node.left, LOAD))
            self.set(w_node, 'op', self.shared_node(OPERATOR_NAMES[node.op]))
            self.set(w_node, 'right', self.expr(node.right, LOAD))
            return w_node
        if isinstance(node, ast.UnaryOp):
            w_node = self.new('UnaryOp')
            self.set(w_node, 'op', self.shared_node(UNARYOP_NAMES[node.op]))
            self.set(w_node, 'operand', self.expr(node.operand, LOAD))
            return w_node
        if isinstance(node, ast.BoolOp):
            w_node = self.new('BoolOp')
            self.set(w_node, 'op', self.shared_node(
                'And' if node.is_and else 'Or'))
            self.set(w_node, 'values', self.exprs(node.values))
            return w_node
        if isinstance(node, ast.Compare):
            w_node = self.new('Compare')
            self.set(w_node, 'left', self.expr(node.left, LOAD))
            ops_w = [self.shared_node(CMPOP_NAMES[op]) for op in node.ops]
            self.set(w_node, 'ops', newlist(ops_w))
            self.set(w_node, 'comparators', self.exprs(node.comparators))
            return w_node
        if isinstance(node, ast.Call):
            w_node = self.new('Call')
            self.set(w_node, 'func', self.expr(node.func, LOAD))
            self.set(w_node, 'args', self.exprs(node.args))
            self.set(w_node, 'keywords', self.keywords(
                node.kw_names, node.kw_values, node.kw_pos))
            return w_node
        if isinstance(node, ast.Subscript):
            w_node = self.new('Subscript')
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            self.set(w_node, 'slice', self.expr(node.index, LOAD))
            self.set(w_node, 'ctx', self.ctx_node(ctx))
            return w_node
        if isinstance(node, ast.Slice):
            w_node = self.new('Slice')
            self.set(w_node, 'lower', self.optional_expr(node.lower))
            self.set(w_node, 'upper', self.optional_expr(node.upper))
            self.set(w_node, 'step', self.optional_expr(node.step))
            return w_node
        if isinstance(node, ast.Attribute):
            w_node = self.new('Attribute')
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            self.set(w_node, 'attr', _text(node.attr))
            self.set(w_node, 'ctx', self.ctx_node(ctx))
            return w_node
        if isinstance(node, ast.ListExpr):
            w_node = self.new('List')
            self.set(w_node, 'elts', self.exprs(node.elts, ctx))
            self.set(w_node, 'ctx', self.ctx_node(ctx))
            return w_node
        if isinstance(node, ast.TupleExpr):
            w_node = self.new('Tuple')
            self.set(w_node, 'elts', self.exprs(node.elts, ctx))
            self.set(w_node, 'ctx', self.ctx_node(ctx))
            return w_node
        if isinstance(node, ast.DictExpr):
            w_node = self.new('Dict')
            keys_w = [self.optional_expr(k) for k in node.keys]
            self.set(w_node, 'keys', self.owned_list(keys_w))
            self.set(w_node, 'values', self.exprs(node.values))
            return w_node
        if isinstance(node, ast.SetExpr):
            w_node = self.new('Set')
            self.set(w_node, 'elts', self.exprs(node.elts))
            return w_node
        if isinstance(node, ast.IfExp):
            w_node = self.new('IfExp')
            self.set(w_node, 'test', self.expr(node.test, LOAD))
            self.set(w_node, 'body', self.expr(node.body, LOAD))
            self.set(w_node, 'orelse', self.expr(node.orelse, LOAD))
            return w_node
        if isinstance(node, ast.Lambda):
            w_node = self.new('Lambda')
            self.set(w_node, 'args', self.arguments(node.args))
            self.set(w_node, 'body', self.expr(node.body, LOAD))
            return w_node
        if isinstance(node, ast.NamedExpr):
            w_node = self.new('NamedExpr')
            self.set(w_node, 'target', self.expr(node.target, STORE))
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            return w_node
        if isinstance(node, ast.Starred):
            w_node = self.new('Starred')
            self.set(w_node, 'value', self.expr(node.value, ctx))
            self.set(w_node, 'ctx', self.ctx_node(ctx))
            return w_node
        if isinstance(node, ast.ListComp):
            return self.comprehension('ListComp', node.elt, node.generators)
        if isinstance(node, ast.SetComp):
            return self.comprehension('SetComp', node.elt, node.generators)
        if isinstance(node, ast.GeneratorExp):
            return self.comprehension('GeneratorExp', node.elt,
                                      node.generators)
        if isinstance(node, ast.DictComp):
            w_node = self.new('DictComp')
            self.set(w_node, 'key', self.expr(node.key, LOAD))
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            self.set(w_node, 'generators', self.generators(node.generators))
            return w_node
        if isinstance(node, ast.Yield):
            w_node = self.new('Yield')
            self.set(w_node, 'value', self.optional_expr(node.value))
            return w_node
        if isinstance(node, ast.YieldFrom):
            w_node = self.new('YieldFrom')
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            return w_node
        if isinstance(node, ast.Await):
            w_node = self.new('Await')
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            return w_node
        if isinstance(node, ast.JoinedStr):
            w_node = self.new('JoinedStr')
            self.set(w_node, 'values', self.exprs(node.values))
            return w_node
        if isinstance(node, ast.FormattedValue):
            w_node = self.new('FormattedValue')
            self.set(w_node, 'value', self.expr(node.value, LOAD))
            self.set(w_node, 'conversion', newint(node.conversion))
            self.set(w_node, 'format_spec',
                     self.optional_expr(node.format_spec))
            return w_node
        raise NotImplementedError("ast export of an expression")

    def comprehension(self, name, elt, generators):
        w_node = self.new(name)
        self.set(w_node, 'elt', self.expr(elt, LOAD))
        self.set(w_node, 'generators', self.generators(generators))
        return w_node

    def generators(self, generators):
        items_w = []
        for gen in generators:
            w_gen = self.new('comprehension')
            self.set(w_gen, 'target', self.expr(gen.target, STORE))
            self.set(w_gen, 'iter', self.expr(gen.iter, LOAD))
            self.set(w_gen, 'ifs', self.exprs(gen.ifs))
            is_async = 1 if isinstance(gen, ast.AsyncCompFor) else 0
            self.set(w_gen, 'is_async', newint(is_async))
            items_w.append(w_gen)
        return self.owned_list(items_w)

    def constant(self, node):
        w_value = node.w_value
        if isinstance(node, ast.FStringConstant):
            # an f-string without fields: JoinedStr([Constant]) or
            # JoinedStr([]) for an empty string
            items_w = []
            if isinstance(w_value, W_StrObject) and len(w_value.value) > 0:
                w_part = self.new('Constant')
                self.set(w_part, 'value', w_value)
                self.set(w_part, 'kind', space.w_None)
                self.node_pos(w_part, node)
                items_w.append(w_part)
            w_node = self.new('JoinedStr')
            self.set(w_node, 'values', self.owned_list(items_w))
            return w_node
        if self.source_byte(node.lineno, node.col) == '-' and \
                _is_plain_number(w_value):
            w_unfolded = self.unfold_number(node)
            if w_unfolded is not None:
                return w_unfolded
        w_node = self.new('Constant')
        self.set(w_node, 'value', w_value)
        w_kind = space.w_None
        if isinstance(w_value, W_StrObject):
            first = self.source_byte(node.lineno, node.col)
            if first == 'u':        # CPython: lowercase only
                w_kind = _text('u')
        self.set(w_node, 'kind', w_kind)
        return w_node

    def unfold_number(self, node):
        """The parser folds `-1` (and a pattern's `-1+2j`) into one
        constant; CPython's AST has UnaryOp(USub(), Constant(1)) and
        BinOp(...).  Rebuilt from the source text; None if the text is
        not that simple (the constant stays folded)."""
        text = self.source_span(node)
        if len(text) == 0:
            return None
        parts = _split_number_text(text)
        if len(parts) == 0:
            return None
        try:
            first_text = parts[1]
            w_first = parse_number(first_text)
            w_second = None
            if len(parts) == 4:
                w_second = parse_number(parts[3])
        except LiteralError:
            return None
        start = node.col + text.find(first_text)
        lineno = node.lineno
        w_num = self.new('Constant')
        self.set(w_num, 'value', w_first)
        self.set(w_num, 'kind', space.w_None)
        self.set_pos(w_num, lineno, start, lineno, start + len(first_text))
        w_left = w_num
        if parts[0] == '-':
            w_left = self.new('UnaryOp')
            self.set(w_left, 'op', self.shared_node('USub'))
            self.set(w_left, 'operand', w_num)
            self.set_pos(w_left, lineno, node.col, lineno,
                         start + len(first_text))
        if w_second is None:
            return w_left
        second_text = parts[3]
        second_start = node.col + len(text) - len(second_text)
        w_right = self.new('Constant')
        self.set(w_right, 'value', w_second)
        self.set(w_right, 'kind', space.w_None)
        self.set_pos(w_right, lineno, second_start, lineno,
                     second_start + len(second_text))
        w_binop = self.new('BinOp')
        self.set(w_binop, 'left', w_left)
        self.set(w_binop, 'op', self.shared_node(
            'Add' if parts[2] == '+' else 'Sub'))
        self.set(w_binop, 'right', w_right)
        return w_binop

    # ------------------------------------------------------------ patterns

    def match_case(self, node):
        w_node = self.new('match_case')
        self.set(w_node, 'pattern', self.pattern(node.pattern))
        self.set(w_node, 'guard', self.optional_expr(node.guard))
        self.set(w_node, 'body', self.stmts(node.body))
        return w_node

    def patterns(self, nodes):
        return self.owned_list([self.pattern(p) for p in nodes])

    def pattern(self, node):
        w_node = self.pattern_fields(node)
        self.node_pos(w_node, node)
        return w_node

    def pattern_fields(self, node):
        if isinstance(node, ast.MatchValue):
            w_node = self.new('MatchValue')
            self.set(w_node, 'value', self.pattern_value(node.value))
            return w_node
        if isinstance(node, ast.MatchSingleton):
            w_node = self.new('MatchSingleton')
            self.set(w_node, 'value', node.w_value)
            return w_node
        if isinstance(node, ast.MatchSequence):
            w_node = self.new('MatchSequence')
            self.set(w_node, 'patterns', self.patterns(node.patterns))
            return w_node
        if isinstance(node, ast.MatchMapping):
            w_node = self.new('MatchMapping')
            keys_w = [self.pattern_value(k) for k in node.keys]
            self.set(w_node, 'keys', self.owned_list(keys_w))
            self.set(w_node, 'patterns', self.patterns(node.patterns))
            self.set(w_node, 'rest', _name_or_none(node.rest))
            return w_node
        if isinstance(node, ast.MatchClass):
            w_node = self.new('MatchClass')
            self.set(w_node, 'cls', self.expr(node.cls, LOAD))
            self.set(w_node, 'patterns', self.patterns(node.patterns))
            self.set(w_node, 'kwd_attrs', self.names(node.kwd_attrs))
            self.set(w_node, 'kwd_patterns',
                     self.patterns(node.kwd_patterns))
            return w_node
        if isinstance(node, ast.MatchStar):
            w_node = self.new('MatchStar')
            self.set(w_node, 'name', _name_or_none(node.name))
            return w_node
        if isinstance(node, ast.MatchAs):
            w_node = self.new('MatchAs')
            if node.pattern is None:
                self.set(w_node, 'pattern', space.w_None)
            else:
                self.set(w_node, 'pattern', self.pattern(node.pattern))
            self.set(w_node, 'name', _name_or_none(node.name))
            return w_node
        if isinstance(node, ast.MatchOr):
            w_node = self.new('MatchOr')
            self.set(w_node, 'patterns', self.patterns(node.patterns))
            return w_node
        raise NotImplementedError("ast export of a pattern")

    def pattern_value(self, node):
        """A value or key of a pattern: signed and complex numbers were
        folded by the parser (matchparser.py)."""
        if isinstance(node, ast.Constant) and \
                _is_plain_number(node.w_value):
            w_unfolded = self.unfold_number(node)
            if w_unfolded is not None:
                self.node_pos(w_unfolded, node)
                return w_unfolded
        return self.expr(node, LOAD)


def _is_plain_number(w_value):
    from fastpy.objspace.boolobject import W_BoolObject
    from fastpy.objspace.floatobject import W_FloatObject
    from fastpy.objspace.complexobject import W_ComplexObject
    if isinstance(w_value, W_BoolObject):
        return False
    return space.is_int(w_value) or isinstance(w_value, W_FloatObject) or \
        isinstance(w_value, W_ComplexObject)


def _is_number_char(c):
    return c.isalnum() or c == '.' or c == '_'


def _split_number_text(text):
    """'-1' -> ['-', '1'], '1' -> ['', '1'], '-1.5 + 2j' -> ['-', '1.5',
    '+', '2j']; [] when the text is something else."""
    i = 0
    n = len(text)
    sign = ''
    if i < n and text[i] == '-':
        sign = '-'
        i += 1
    while i < n and (text[i] == ' ' or text[i] == '\t'):
        i += 1
    start = i
    while i < n:
        c = text[i]
        if _is_number_char(c):
            i += 1
        elif (c == '+' or c == '-') and i > start and \
                (text[i - 1] == 'e' or text[i - 1] == 'E') and \
                not (text[start] == '0' and i - start > 1 and
                     text[start + 1] in 'xX'):
            i += 1
        else:
            break
    if i == start:
        return []
    first = text[start:i]
    while i < n and (text[i] == ' ' or text[i] == '\t'):
        i += 1
    if i == n:
        return [sign, first]
    op = text[i]
    if op != '+' and op != '-':
        return []
    i += 1
    while i < n and (text[i] == ' ' or text[i] == '\t'):
        i += 1
    second = text[i:]
    if len(second) == 0:
        return []
    for c in second:
        if not _is_number_char(c):
            return []
    return [sign, first, op, second]


def _annotation(spec, name):
    for i in range(len(spec.ann_names)):
        if spec.ann_names[i] == name:
            return spec.ann_values[i]
    return None


def convert(module, source, mode):
    """The AST object of a parsed module: Module ('exec'), Expression
    ('eval': the module is one expression statement, checked by the
    caller) or Interactive ('single'); a temporary."""
    conv = Converter(source)
    if mode == 'eval':
        stmt = module.body[0]
        assert isinstance(stmt, ast.ExprStmt)
        w_result = conv.expression(stmt.value)
    elif mode == 'single':
        w_result = conv.interactive(module)
    else:
        w_result = conv.module(module)
    conv.finish()
    return w_result
