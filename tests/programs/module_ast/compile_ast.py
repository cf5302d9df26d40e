# compile() with PyCF_ONLY_AST, and compile() of AST objects to code
import ast

tree = compile('x = 1\nprint(x + 1)', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0]))
print(compile(tree, '<s>', 'exec', ast.PyCF_ONLY_AST) is tree)
code = compile(tree, '<s>', 'exec')
print(type(code).__name__)
exec(code)
print(type(compile('1 + 2', '<e>', 'eval', ast.PyCF_ONLY_AST)).__name__)
print(type(compile('x = 2', '<i>', 'single', ast.PyCF_ONLY_AST)).__name__)
print(eval(compile(ast.parse('6 * 7', mode='eval'), '<e>', 'eval')))

# a tree built by hand, with fix_missing_locations
t = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                                       [ast.Constant('built')], []))],
               type_ignores=[])
exec(compile(ast.fix_missing_locations(t), '<built>', 'exec'))

# NodeTransformer then compile
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

t = Double().visit(ast.parse('def f(a):\n    return a + 10\nr = f(1)'))
ns = {}
exec(compile(t, '<t>', 'exec'), ns)
print(ns['r'])

for args in [(ast.Expression(ast.Constant(1)), 'exec'),
             (ast.Module([], []), 'eval'),
             (ast.Module([], []), 'single'),
             (ast.Interactive([]), 'eval')]:
    try:
        compile(args[0], '<x>', args[1])
    except TypeError as e:
        print('TypeError', e)

for src, mode in [('x = 1', 'eval'), ('1 +', 'exec'), ('', 'single'),
                  ('a = 1; b = 2', 'single'), ('a = 1\nb = 2', 'single'),
                  ('  x', 'exec'), ('x\n  y', 'exec')]:
    try:
        compile(src, '<m>', mode, ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    ast.parse('x = (1,', '<file>')
except SyntaxError as e:
    print(e.filename, e.lineno)
