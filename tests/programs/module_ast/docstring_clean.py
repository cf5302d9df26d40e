# ast.get_docstring with clean=True (needs inspect.cleandoc: inspect
# imports importlib.machinery, which needs marshal)
import ast

tree = ast.parse('''"""Module doc.

    Indented line.
"""
def f():
    """  Function doc.
        more
    """
''')
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[1])))
