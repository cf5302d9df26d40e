# node classes: fields, attributes, defaults, constructor and its errors
import ast

print(ast.AST, ast.Module, ast.expr, ast.Load.__mro__)
print(ast.Constant._fields, ast.Constant.__match_args__, ast.Constant.kind)
print(ast.expr._attributes, ast.Load._attributes, ast.arg._attributes)
print(ast.Name.__doc__)
print(ast.FunctionDef.__doc__)
print(ast.comprehension.__doc__, ast.cmpop.__doc__)
print(ast.arg.end_lineno, ast.expr.end_col_offset, ast.ImportFrom.level)
print(hasattr(ast.pattern, 'end_lineno'), hasattr(ast.Module, 'body'))

n = ast.Name('x', ast.Load(), lineno=3, foo='bar')
print(n.id, type(n.ctx).__name__, n.lineno, n.foo, n.end_lineno)
print(sorted(n.__dict__))
try:
    ast.Module().body
except AttributeError as e:
    print('AttributeError', e)
for cls, args in [(ast.Constant, (1, 2, 3)), (ast.Load, (1,)),
                  (ast.Expr, (1, 2)), (ast.Name, ('a', 'b', 'c'))]:
    try:
        cls(*args)
    except TypeError as e:
        print('TypeError', e)

c = ast.Constant(value=5, kind=None)
print(ast.dump(c), c.__reduce__()[0], c.__reduce__()[1], sorted(c.__reduce__()[2]))


class MyNode(ast.AST):
    _fields = ('a', 'b')


m = MyNode(1, b=2)
print(m.a, m.b, isinstance(m, ast.AST))
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print('TypeError', e)


class Sub(ast.Name):
    pass


s = Sub('y', ast.Store())
print(ast.dump(s), isinstance(s, ast.expr))
match ast.parse('f(1)').body[0].value:
    case ast.Call(ast.Name(name), [ast.Constant(v)]):
        print('matched', name, v)
print(ast.dump(ast.Tuple([ast.Constant(1), ast.Starred(ast.Name('a', ast.Load()), ast.Load())], ast.Load())))
print(ast.dump(ast.arguments(), annotate_fields=False))
print(ast.dump(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [ast.Pass()], [])))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(sorted(k for k in vars(ast) if k.startswith('PyCF')))
