# ast.get_docstring (clean=False: clean=True needs inspect) and
# ast.get_source_segment
import ast

src = '''"""Module doc.

    Indented line.
"""
def f():
    """  Function doc.
        more
    """
    return 1

async def g():
    "single"

class C:
    x = 1

def h():
    1
    """not a docstring"""

class D:
    b"bytes are not docs"

def e():
    f"{x} is not a doc"
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree, clean=False)))
for node in tree.body[1:]:
    print(node.name, repr(ast.get_docstring(node, False)))
try:
    ast.get_docstring(tree.body[0])
except TypeError as e:
    print('TypeError', e)
print(ast.get_source_segment(src, tree.body[1].body[1]))
print(ast.get_source_segment(src, tree.body[1], padded=True))
print(repr(ast.get_source_segment(src, tree.body[0])))
print(ast.get_source_segment(src, ast.Pass()))
