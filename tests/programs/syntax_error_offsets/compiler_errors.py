# SyntaxErrors of the symbol table, the compiler and future statements:
# the node's span in UTF-8 bytes, the text only from the filename's file.
def show(src, mode='exec'):
    try:
        compile(src, '<fragment>', mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), 'no error')


for s in [
    # symtable.c
    'def f(x, x): pass', 'lambda a, a: 0', 'def f(*a, a): pass', 'def f(a, *, b, **a): pass',
    'class C:\n def f(__a, _C__a): pass', 'def f(a, /, a): pass',
    'nonlocal x', 'def f():\n  global x\n  nonlocal x', 'def f():\n  nonlocal x\n  global x',
    'def f(x):\n  global x', 'def f(x):\n  nonlocal x', 'def f():\n  x: int = 1\n  global x',
    'def f():\n  def g():\n    x: int\n    nonlocal x\n  x = 1', 'def f():\n  print(x)\n  nonlocal x',
    'def f():\n  print(x)\n  global x', 'def f():\n  x = 1\n  global x', 'def f():\n  global x\n  x: int',
    'def f():\n  nonlocal x', 'class C:\n  nonlocal x',
    '{i for i in range(5) if (j := 0) for j in range(5)}', '[(i := 1) for i in x]',
    '[i for i in (j := x)]', 'class C:\n  [(j := 1) for i in x]', 'def f():\n  [x for x in y if (x := 1)]',
    'def f():\n  from _ import *', 'def f():\n  \u03b1 = 1; from _ import *', 'class C:\n  from _ import *',
    'await x', 'x = [(yield i) for i in range(3)]', 'def f():\n  [x async for x in y]',
    'def f():\n  yield from x\nasync def g():\n  yield from x', 'x = [i for i in (yield)]',
    # compile.c
    'class foo:return 1', 'def f():\n  continue', 'def f():\n  break',
    'try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass',
    'def f():\n  try:\n    pass\n  except:\n    pass\n  except E:\n    pass',
    'x = *a', '*a = 1', 'a, *b, *c = d', '[a, *b, *c] = d', 'for *a in b: pass',
    'async def f():\n  yield 1\n  return 2', 'def f():\n  try:\n    pass\n  except* E:\n    return 1',
    'for x in y:\n  try:\n    pass\n  except* E:\n    break',
    'f(x=1, x=2)', 'f(a=1, b=2, a=3, b=4)', 'f(a=1, b=2, b=3, a=4)', 'class C(x=1, x=2): pass',
    'f(**a, x=1, x=2)', 'f(x=1, **a, x=2)',
    # future.c
    'from __future__ import doesnt_exist', 'from __future__ import braces',
    'x=1\nfrom __future__ import division', '"""doc"""\nfrom __future__ import division\nfrom __future__ import nope',
    'from __future__ import division; import os; from __future__ import annotations',
    'import os; from __future__ import annotations', 'def f():\n  from __future__ import division',
    'from __future__ import (division,\n  nope)', 'from __future__ import *',
    'from __future__ import division\nif 1:\n  from __future__ import generators',
    'from __future__ import annotations, generator_stop, barry_as_FLUFL, nested_scopes',
    '"doc"; from __future__ import division', '1\nfrom __future__ import division',
]:
    show(s)

# the filename names a file: the text is its line
import os
import tempfile
fd, path = tempfile.mkstemp(suffix='.py')
os.write(fd, b'def f():\n  from _ import *  # the file\n')
os.close(fd)
try:
    compile('def f():\n  from _ import *', path, 'exec')
except SyntaxError as e:
    print(e.lineno, e.offset, repr(e.text))
try:
    compile('def f():\n  x = (1 +)', path, 'exec')
except SyntaxError as e:
    print(e.lineno, e.offset, repr(e.text))
try:
    compile('x + (1 +)', path, 'eval')
except SyntaxError as e:
    print(e.lineno, e.offset, repr(e.text))
os.remove(path)
