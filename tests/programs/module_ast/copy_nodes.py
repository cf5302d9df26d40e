# copying trees (copy uses AST.__reduce__), bytes source, shared contexts
import ast
import copy

t = ast.parse('x = [1, 2]\nf(y=3)')
t2 = copy.deepcopy(t)
print(ast.dump(t2, include_attributes=True) == ast.dump(t, include_attributes=True))
print(t2 is t, t2.body[0] is t.body[0], type(t2.body[0].targets[0].ctx).__name__)
c = copy.copy(t.body[1])
print(c.value is t.body[1].value, c.lineno)
n = ast.Name('a', ast.Load())
n.extra = [1]
m = copy.deepcopy(n)
print(m.extra, m.extra is n.extra, sorted(vars(m)))
print(ast.parse(b'x = 1').body[0].value.value)
print(ast.dump(ast.parse('x', type_comments=True)))
t = ast.parse('a = b; c = d')
print(t.body[0].targets[0].ctx is t.body[1].targets[0].ctx,
      t.body[0].value.ctx is t.body[1].value.ctx)
print(ast.Load() is ast.Load())
