# 'return' in a class body; 'yield from' is named 'yield' in CPython's
# scope messages.
SOURCES = [
    'class foo:return 1',
    'class C:\n  def f(): pass\n  return 1',
    'class C:\n  def f(): return 1',
    'def g(): [(yield from x) for x in ()]',
    '[(yield from x) for x in ()]',
    'def g(): {(yield from x) for x in ()}',
    'def g(): ((yield from x) for x in ())',
    'yield from x',
    'class C: yield from x',
    'async def f(): yield from x',
]
for s in SOURCES:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiles')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
