# ast.NodeVisitor, ast.NodeTransformer, ast.walk, iter_fields, fix_missing_locations
import ast

src = '''
def add(a, b):
    return a + b

class C:
    def m(self):
        x = 1 + 2 * 3
        return add(x, -4)
'''
tree = ast.parse(src)


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno))

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)
print([type(n).__name__ for n in ast.walk(tree)])
print(sorted(n.arg for n in ast.walk(tree) if isinstance(n, ast.arg)))


class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and \
                isinstance(node.right, ast.Constant):
            ops = {ast.Add: lambda a, b: a + b, ast.Mult: lambda a, b: a * b}
            f = ops.get(type(node.op))
            if f:
                return ast.copy_location(
                    ast.Constant(f(node.left.value, node.right.value)), node)
        return node

    def visit_Return(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]


new = ast.fix_missing_locations(Fold().visit(tree))
print(ast.dump(new.body[1]))
for name, value in ast.iter_fields(new.body[0]):
    print(name, type(value).__name__)
print([type(c).__name__ for c in ast.iter_child_nodes(new.body[0])])
print(new.body[1].body[0].body[-1].lineno, new.body[1].body[0].body[-1].col_offset)
ast.increment_lineno(new, 10)
print(new.body[0].lineno, new.body[0].end_lineno)
