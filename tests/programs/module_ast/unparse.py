# ast.unparse round trips: unparse(parse(s)) and parse(unparse(t)) == t
import ast

sources = [
    "x = 1 + 2 * (3 - 4) ** -5",
    "a, *b = c[1:2, ::3]",
    "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a if b else c",
    "async def g():\n    async with a as b:\n        await c\n    async for i in j:\n        yield i",
    "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 3",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b[0]",
    "try:\n    pass\nexcept* E:\n    pass",
    "with open(f) as fh, g():\n    global q\n    nonlocal r",
    "print(f'a{b!r:>{w}}c{d=}', 'e', rb'x', u'y')",
    "lambda x, *y, **z: (x, y, z)",
    "[i for i in range(3) if i] + [{k: v for k, v in d} , {s for s in t}, (g for g in h)]",
    "match p:\n    case [1, -2, *r] if r:\n        pass\n    case {'a': 1, **kw}:\n        pass\n    case P(1, y=2) | None:\n        pass\n    case (a, b) as c:\n        pass\n    case _:\n        pass",
    "import a.b as c, d\nfrom .. import (e as f, g)\nfrom h import *",
    "while not a and b or c:\n    break\nelse:\n    continue",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "x = (yield)",
    "(a := 10)",
    "assert x, 'message'",
    "x = {**a, 'b': 1}; y = [*a, 1]; f(*a, **b)",
    "x = 1e100 + 2j - 0x1F",
    "x = a < b <= c != d is not e not in f",
    "@dec\n@dec2(1)\ndef f(): pass",
]
for src in sources:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print('---', ast.dump(ast.parse(text)) == ast.dump(tree))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x'))))
print(ast.unparse(ast.parse('1 + 2', mode='eval')))
