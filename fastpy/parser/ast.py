"""AST node classes.  Every node records the position of its first token
(1-based line, 0-based column).  Nodes dispatch to a visitor with
accept(visitor) -> visitor.visit_<ClassName>(node)."""


class Node(object):
    _attrs_ = ['lineno', 'col']

    def __init__(self, lineno, col):
        self.lineno = lineno
        self.col = col

    def accept(self, visitor):
        raise NotImplementedError


class Expr(Node):
    _attrs_ = []


class Stmt(Node):
    _attrs_ = []


def _node(name, base, fields):
    """Define a node class with the given fields; the constructor takes
    the fields then lineno, col."""
    src = ['class %s(%s):' % (name, base.__name__),
           '    _attrs_ = %r' % (fields,),
           '    def __init__(self, %s lineno, col):' %
           ''.join([f + ', ' for f in fields]),
           '        Node.__init__(self, lineno, col)']
    for f in fields:
        src.append('        self.%s = %s' % (f, f))
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
Call = _node('Call', Expr, ['func', 'args', 'kw_names', 'kw_values'])
Subscript = _node('Subscript', Expr, ['value', 'index'])
Slice = _node('Slice', Expr, ['lower', 'upper', 'step'])        # parts may be None
Attribute = _node('Attribute', Expr, ['value', 'attr'])
ListExpr = _node('ListExpr', Expr, ['elts'])
TupleExpr = _node('TupleExpr', Expr, ['elts'])
DictExpr = _node('DictExpr', Expr, ['keys', 'values'])
IfExp = _node('IfExp', Expr, ['test', 'body', 'orelse'])

# Statements
ExprStmt = _node('ExprStmt', Stmt, ['value'])
Assign = _node('Assign', Stmt, ['targets', 'value'])
AugAssign = _node('AugAssign', Stmt, ['target', 'op', 'value'])
If = _node('If', Stmt, ['test', 'body', 'orelse'])
While = _node('While', Stmt, ['test', 'body', 'orelse'])
For = _node('For', Stmt, ['target', 'iter', 'body', 'orelse'])
Break = _node('Break', Stmt, [])
Continue = _node('Continue', Stmt, [])
Pass = _node('Pass', Stmt, [])
Return = _node('Return', Stmt, ['value'])                     # value may be None
FunctionDef = _node('FunctionDef', Stmt, ['name', 'argnames', 'defaults',
                                          'body'])
Global = _node('Global', Stmt, ['names'])
Delete = _node('Delete', Stmt, ['targets'])
Import = _node('Import', Stmt, ['names', 'asnames'])           # asnames: '' if none


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
              'Return', 'FunctionDef', 'Global', 'Delete', 'Import']:
    setattr(Visitor, 'visit_' + _name, Visitor.__dict__['_unhandled'])
