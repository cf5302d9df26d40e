"""AST node classes.  Every node records the position of its first token
(1-based line, 0-based column) and the end of its last token (end_lineno,
end_col: CPython's end_col_offset, in UTF-8 bytes).  Nodes dispatch to a
visitor with accept(visitor) -> visitor.visit_<ClassName>(node)."""


class EndCursor(object):
    """The end of the last token the parser consumed (parser.advance):
    a node made when its last token has been consumed takes it as its
    end position (PEP 657's end_lineno/end_col_offset)."""

    def __init__(self):
        self.end_lineno = 0
        self.end_col = 0

cursor = EndCursor()


class Node(object):
    _attrs_ = ['lineno', 'col', 'end_lineno', 'end_col']

    def __init__(self, lineno, col):
        self.lineno = lineno
        self.col = col
        self.end_lineno = cursor.end_lineno
        self.end_col = cursor.end_col

    def set_end(self, end_lineno, end_col):
        self.end_lineno = end_lineno
        self.end_col = end_col

    def accept(self, visitor):
        raise NotImplementedError


class Expr(Node):
    _attrs_ = []


class Stmt(Node):
    _attrs_ = []


def _node(name, base, fields, extra=[]):
    """Define a node class with the given fields; the constructor takes
    the fields then lineno, col.  `extra` attributes start as None (the
    parser sets them where it has them: positions for the ast module)."""
    src = ['class %s(%s):' % (name, base.__name__),
           '    _attrs_ = %r' % (fields + extra,),
           '    def __init__(self, %s lineno, col):' %
           ''.join([f + ', ' for f in fields]),
           '        Node.__init__(self, lineno, col)']
    for f in fields:
        src.append('        self.%s = %s' % (f, f))
    for f in extra:
        src.append('        self.%s = None' % f)
    src.append('    def accept(self, visitor):')
    src.append('        return visitor.visit_%s(self)' % name)
    ns = {'Node': Node, base.__name__: base, '__name__': __name__}
    exec '\n'.join(src) in ns
    return ns[name]

# Expressions
Constant = _node('Constant', Expr, ['w_value'])
Name = _node('Name', Expr, ['id'])
BinOp = _node('BinOp', Expr, ['op', 'left', 'right'])           # op: OP_*
UnaryOp = _node('UnaryOp', Expr, ['op', 'operand'])             # '-', '+', '~', 'not'
BoolOp = _node('BoolOp', Expr, ['is_and', 'values'])
Compare = _node('Compare', Expr, ['left', 'ops', 'comparators'])  # ops: CMP_*
# kw_pos (for the ast module): lineno, col, end_lineno, end_col of each
# keyword argument
Call = _node('Call', Expr, ['func', 'args', 'kw_names', 'kw_values'],
             ['kw_pos'])
Subscript = _node('Subscript', Expr, ['value', 'index'])
Slice = _node('Slice', Expr, ['lower', 'upper', 'step'])        # parts may be None
Attribute = _node('Attribute', Expr, ['value', 'attr'])
ListExpr = _node('ListExpr', Expr, ['elts'])
TupleExpr = _node('TupleExpr', Expr, ['elts'])
DictExpr = _node('DictExpr', Expr, ['keys', 'values'])
IfExp = _node('IfExp', Expr, ['test', 'body', 'orelse'])
Lambda = _node('Lambda', Expr, ['args', 'body'])                # args: ArgSpec
NamedExpr = _node('NamedExpr', Expr, ['target', 'value'])       # target: Name
Starred = _node('Starred', Expr, ['value'])                     # *value in displays, calls, targets
SetExpr = _node('SetExpr', Expr, ['elts'])
# Comprehensions: `generators` is a list of CompFor (the first iterable is
# evaluated in the enclosing scope); each has its own scope (symtable.py).
ListComp = _node('ListComp', Expr, ['elt', 'generators'])
SetComp = _node('SetComp', Expr, ['elt', 'generators'])
DictComp = _node('DictComp', Expr, ['key', 'value', 'generators'])
GeneratorExp = _node('GeneratorExp', Expr, ['elt', 'generators'])
CompFor = _node('CompFor', Node, ['target', 'iter', 'ifs'])
# Call: kw_names[i] == '' marks a `**mapping` entry; args may hold Starred.
# DictExpr: keys[i] is None for a `**mapping` entry.

# Statements
ExprStmt = _node('ExprStmt', Stmt, ['value'])
Assign = _node('Assign', Stmt, ['targets', 'value'])
AugAssign = _node('AugAssign', Stmt, ['target', 'op', 'value'])
# target: annotation [= value]; value may be None; simple: an unparenthesized
# name (compiler/annotations.py)
AnnAssign = _node('AnnAssign', Stmt, ['target', 'annotation', 'value',
                                      'simple'])
If = _node('If', Stmt, ['test', 'body', 'orelse'])
While = _node('While', Stmt, ['test', 'body', 'orelse'])
For = _node('For', Stmt, ['target', 'iter', 'body', 'orelse'])
Break = _node('Break', Stmt, [])
Continue = _node('Continue', Stmt, [])
Pass = _node('Pass', Stmt, [])
Return = _node('Return', Stmt, ['value'])                     # value may be None
FunctionDef = _node('FunctionDef', Stmt, ['name', 'args', 'body',
                                          'decorators'])   # args: ArgSpec
Global = _node('Global', Stmt, ['names'])
Nonlocal = _node('Nonlocal', Stmt, ['names'])
Delete = _node('Delete', Stmt, ['targets'])
# alias_pos (for the ast module): lineno, col, end_lineno, end_col of
# each `name [as asname]`
Import = _node('Import', Stmt, ['names', 'asnames'],
               ['alias_pos'])           # asnames: '' if none
# from <'.' * level><module> import names (asnames); module '' for
# `from . import x`; names == ['*'] for `import *`.
ImportFrom = _node('ImportFrom', Stmt, ['module', 'names', 'asnames',
                                        'level'], ['alias_pos'])
# class name(bases, kw_names=kw_values): body; kw_names[i] == '' marks a
# `**mapping` entry, bases may hold Starred (as in Call).
ClassDef = _node('ClassDef', Stmt, ['name', 'bases', 'kw_names',
                                    'kw_values', 'body', 'decorators'],
                 ['kw_pos'])
# Exceptions (fastpy/compiler/exccodegen.py compiles them).
# Try: handlers is a list of ExceptHandler; is_star for `except*`.
Try = _node('Try', Stmt, ['body', 'handlers', 'orelse', 'finalbody',
                          'is_star'])
ExceptHandler = _node('ExceptHandler', Node, ['type', 'name', 'body'])  # type may be None, name '' if none
Raise = _node('Raise', Stmt, ['exc', 'cause'])                 # both may be None
Assert = _node('Assert', Stmt, ['test', 'msg'])                # msg may be None
With = _node('With', Stmt, ['items', 'body'])                  # items: WithItem
WithItem = _node('WithItem', Node, ['context_expr', 'optional_vars'])  # vars may be None


class ArgSpec(object):
    """The parameters of a def or lambda.  `argnames` are the positional
    parameters, the first `posonlycount` of them positional-only;
    `defaults` belong to the last positional ones.  `kw_defaults[i]` is
    the default of kwonly[i] or None.  vararg/kwarg: '' if absent."""

    def __init__(self, argnames, posonlycount, defaults, vararg, kwonly,
                 kw_defaults, kwarg):
        self.argnames = argnames
        self.posonlycount = posonlycount
        self.defaults = defaults
        self.vararg = vararg
        self.kwonly = kwonly
        self.kw_defaults = kw_defaults
        self.kwarg = kwarg
        # annotations (annotations.py): parameter names (and 'return')
        # in source order, with their expressions
        self.ann_names = []
        self.ann_values = []
        # positions (for the ast module): lineno, col, end_lineno, end_col
        # of each parameter (name and annotation) in source order
        self.positions = []

    def all_names(self):
        """Parameter names in frame order (CPython's co_varnames order)."""
        names = list(self.argnames)
        names.extend(self.kwonly)
        if self.vararg:
            names.append(self.vararg)
        if self.kwarg:
            names.append(self.kwarg)
        return names


class Module(object):
    def __init__(self, body):
        self.body = body


class Visitor(object):
    """Base visitor: one method per node class."""

    def _unhandled(self, node):
        raise NotImplementedError

for _name in ['Constant', 'Name', 'BinOp', 'UnaryOp', 'BoolOp', 'Compare',
              'Call', 'Subscript', 'Slice', 'Attribute', 'ListExpr',
              'TupleExpr', 'DictExpr', 'IfExp', 'ExprStmt', 'Assign',
              'AugAssign', 'If', 'While', 'For', 'Break', 'Continue', 'Pass',
              'Return', 'FunctionDef', 'Global', 'Delete', 'Import',
              'ImportFrom',
              'Lambda', 'NamedExpr', 'Starred', 'SetExpr', 'ListComp',
              'SetComp', 'DictComp', 'GeneratorExp', 'CompFor', 'Nonlocal',
              'ClassDef']:
    setattr(Visitor, 'visit_' + _name, Visitor.__dict__['_unhandled'])

for _name in ['Try', 'ExceptHandler', 'Raise', 'Assert', 'With',
              'WithItem', 'AnnAssign']:
    setattr(Visitor, 'visit_' + _name, Visitor.__dict__['_unhandled'])

# Generators and coroutines (parser/genparser.py).  The async statements
# are subclasses with the same fields, dispatching to the same visit
# method: visitors that do not care treat them as the plain statement.
Yield = _node('Yield', Expr, ['value'])                         # value may be None
YieldFrom = _node('YieldFrom', Expr, ['value'])
Await = _node('Await', Expr, ['value'])


class AsyncFunctionDef(FunctionDef):
    _attrs_ = []

    def accept(self, visitor):
        return visitor.visit_FunctionDef(self)


class AsyncFor(For):
    _attrs_ = []

    def accept(self, visitor):
        return visitor.visit_For(self)


class AsyncWith(With):
    _attrs_ = []

    def accept(self, visitor):
        return visitor.visit_With(self)


class AsyncCompFor(CompFor):
    _attrs_ = []

    def accept(self, visitor):
        return visitor.visit_CompFor(self)

for _name in ['Yield', 'YieldFrom', 'Await']:
    setattr(Visitor, 'visit_' + _name, Visitor.__dict__['_unhandled'])

# Pattern matching (parser/matchparser.py, compiler/matchgen.py), as
# CPython's AST.  Names are '' where CPython has None.
Match = _node('Match', Stmt, ['subject', 'cases'])
MatchCase = _node('MatchCase', Node, ['pattern', 'guard', 'body'])  # guard may be None


class Pattern(Node):
    _attrs_ = []

MatchValue = _node('MatchValue', Pattern, ['value'])          # Constant, Attribute, complex BinOp
MatchSingleton = _node('MatchSingleton', Pattern, ['w_value'])  # None/True/False
MatchSequence = _node('MatchSequence', Pattern, ['patterns'])
MatchMapping = _node('MatchMapping', Pattern, ['keys', 'patterns', 'rest'])
MatchClass = _node('MatchClass', Pattern, ['cls', 'patterns', 'kwd_attrs',
                                           'kwd_patterns'])
MatchStar = _node('MatchStar', Pattern, ['name'])             # '*_': name ''
MatchAs = _node('MatchAs', Pattern, ['pattern', 'name'])      # capture: pattern None; '_': both empty
MatchOr = _node('MatchOr', Pattern, ['patterns'])

for _name in ['Match', 'MatchCase', 'MatchValue', 'MatchSingleton',
              'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar',
              'MatchAs', 'MatchOr']:
    setattr(Visitor, 'visit_' + _name, Visitor.__dict__['_unhandled'])

# f-strings (parser/fstring.py).  FormattedValue.conversion: -1 (none) or
# ord('s'), ord('r'), ord('a'); format_spec: a JoinedStr or None.
JoinedStr = _node('JoinedStr', Expr, ['values'])
FormattedValue = _node('FormattedValue', Expr, ['value', 'conversion',
                                                'format_spec'])



class FStringConstant(Constant):
    """Adjacent strings with an f-string among them but no replacement
    field: a str constant to the compiler, a JoinedStr to the ast module
    (modules/astconvert.py), as in CPython."""
    _attrs_ = []

    def accept(self, visitor):
        return visitor.visit_Constant(self)

for _name in ['JoinedStr', 'FormattedValue']:
    setattr(Visitor, 'visit_' + _name, Visitor.__dict__['_unhandled'])
