# positions: lineno, col_offset, end_lineno, end_col_offset (UTF-8 bytes)
import ast

src = """
x = f(a,
      b = 2,
      ** c)
s = ('abc'
     u'def')
y = u'x' + U"y" + -  5 + - 0x10 + -1e-3
@d
class K: '''doc'''
lambda a=1, *, b=-2: (a, b)
with (open(x) as f, g as h):
    pass
def h(*, a, **k): pass
async def q(): return [x async for x in y]
import a.b as c, d
from . import (e as f,
   g)
é = 'ü' + x
if x:
    pass
elif y:
    pass
"""
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset,
              node.end_lineno, node.end_col_offset)
print(ast.dump(ast.parse('x', mode='eval'), include_attributes=True))
