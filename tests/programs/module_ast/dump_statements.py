# ast.dump of statements (indent=1)
import ast

src = '''
import os.path as p, sys
from .. import (a as b, c)
from x import *
def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> str:
    """doc"""
    return a
x = y = [1, 2, *z]
x += 1
x: int = 3
(y): int
a.b: int
del a[1:2, ::3], b.c
class C(B, metaclass=M, **kw):
    pass
@dec
@dec2(1)
async def g(x):
    async for i in y:
        await z
    async with a as (b, c), d:
        yield
        yield from q
try:
    pass
except (A, B) as e:
    raise X from e
except:
    raise
else:
    x = 1,
finally:
    assert x, "m"
try:
    1
except* E:
    2
with open(f) as fh, g():
    global a, b
    nonlocal c
while x:
    break
else:
    continue
for a, *b in c: pass
if a: pass
elif b: pass
else: pass
'''
print(ast.dump(ast.parse(src), indent=1))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('')))
