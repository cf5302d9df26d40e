"""The compiler's SyntaxWarnings (CPython 3.11's compile.c checks): an
assert of a non-empty tuple, `is` with a literal, and calls or subscripts
whose operands cannot support them, which usually mean a missing comma
between two items of a display (`[(1, 2) (3, 4)]`).

Each check looks at the node before its code is generated, as CPython
does, and records the warning at the node's position
(parser/syntaxwarn.py); operands are judged as CPython sees them after
its AST optimizer, which turns tuple displays of constants into
constants.
"""

from fastpy.parser import ast
from fastpy.parser import syntaxwarn
from fastpy.objspace import space


def _warn(msg, node):
    syntaxwarn.warn(msg, node.lineno, node.col)


def _constant_tuple(node):
    """A tuple display CPython folds into a constant."""
    for elt in node.elts:
        if isinstance(elt, ast.TupleExpr):
            if not _constant_tuple(elt):
                return False
        elif not isinstance(elt, ast.Constant):
            return False
    return True


def _constant_type(node):
    """The type name of a constant node after folding, or ''."""
    if isinstance(node, ast.FStringConstant):
        return ''           # an f-string without fields: a JoinedStr
    if isinstance(node, ast.Constant):
        return space.type_name(node.w_value)
    if isinstance(node, ast.TupleExpr) and _constant_tuple(node):
        return 'tuple'
    return ''


def _display_type(node):
    """CPython's infer_type: the type a display or literal makes, or ''."""
    if isinstance(node, ast.TupleExpr):
        return 'tuple'
    if isinstance(node, ast.ListExpr) or isinstance(node, ast.ListComp):
        return 'list'
    if isinstance(node, ast.DictExpr) or isinstance(node, ast.DictComp):
        return 'dict'
    if isinstance(node, ast.SetExpr) or isinstance(node, ast.SetComp):
        return 'set'
    if isinstance(node, ast.GeneratorExp):
        return 'generator'
    if isinstance(node, ast.Lambda):
        return 'function'
    if isinstance(node, ast.JoinedStr) or \
            isinstance(node, ast.FormattedValue) or \
            isinstance(node, ast.FStringConstant):
        return 'str'
    if isinstance(node, ast.Constant):
        return space.type_name(node.w_value)
    return ''


def check_assert(node):
    test = node.test
    if isinstance(test, ast.TupleExpr) and len(test.elts) > 0:
        _warn("assertion is always true, perhaps remove parentheses?", node)


SINGLETON_TYPES = ['NoneType', 'bool', 'ellipsis']


def _is_literal(node):
    """An operand of `is` that is a constant other than None, True,
    False and Ellipsis."""
    name = _constant_type(node)
    return name != '' and name not in SINGLETON_TYPES


def check_compare(node):
    left = _is_literal(node.left)
    for i in range(len(node.ops)):
        right = _is_literal(node.comparators[i])
        op = node.ops[i]
        if (op == space.CMP_IS or op == space.CMP_IS_NOT) and \
                (left or right):
            if op == space.CMP_IS:
                _warn('"is" with a literal. Did you mean "=="?', node)
            else:
                _warn('"is not" with a literal. Did you mean "!="?', node)
            return
        left = right


def check_call(node):
    func = node.func
    if isinstance(func, ast.Constant) or isinstance(func, ast.TupleExpr) \
            or isinstance(func, ast.ListExpr) or \
            isinstance(func, ast.ListComp) or \
            isinstance(func, ast.DictExpr) or \
            isinstance(func, ast.DictComp) or \
            isinstance(func, ast.SetExpr) or \
            isinstance(func, ast.SetComp) or \
            isinstance(func, ast.GeneratorExp) or \
            isinstance(func, ast.JoinedStr) or \
            isinstance(func, ast.FormattedValue):
        _warn("'%s' object is not callable; perhaps you missed a comma?" %
              _display_type(func), node)


SUBSCRIPTLESS_CONSTANTS = ['NoneType', 'ellipsis', 'int', 'bool', 'float',
                           'complex', 'set', 'frozenset']
INDEXED_CONSTANTS = ['str', 'bytes', 'tuple']


def check_subscript(node):
    """A subscript being loaded: the value's and the index's types."""
    value = node.value
    if isinstance(value, ast.SetExpr) or isinstance(value, ast.SetComp) or \
            isinstance(value, ast.GeneratorExp) or \
            isinstance(value, ast.Lambda) or (
                isinstance(value, ast.Constant) and
                not isinstance(value, ast.FStringConstant) and
                _constant_type(value) in SUBSCRIPTLESS_CONSTANTS):
        _warn("'%s' object is not subscriptable; perhaps you missed a "
              "comma?" % _display_type(value), node)
        return
    index_type = _display_type(node.index)
    if index_type == '' or index_type == 'int' or index_type == 'bool':
        return
    if isinstance(node.index, ast.Slice):
        return
    if isinstance(value, ast.TupleExpr) or isinstance(value, ast.ListExpr) \
            or isinstance(value, ast.ListComp) or \
            isinstance(value, ast.JoinedStr) or \
            isinstance(value, ast.FormattedValue) or (
                isinstance(value, ast.Constant) and
                _display_type(value) in INDEXED_CONSTANTS):
        _warn("%s indices must be integers or slices, not %s; perhaps you "
              "missed a comma?" % (_display_type(value), index_type), node)
