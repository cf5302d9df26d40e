# compile() reports where a SyntaxError is: filename, line, offset and
# the line's text (parser errors), or None when the filename names no
# file (errors found after parsing: CPython reads the text from the file).
import traceback

sources = [
    'x = (',
    'x = 1\nglobal x',
    'def f():\n  nonlocal y',
    'return 5',
    'if 1:\nx',
    'if 1:\n\tx\n        y',
    'a b',
]
for src in sources:
    try:
        compile(src, 'nosuchfile.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset,
              repr(e.text))
        print(''.join(traceback.format_exception_only(type(e), e)), end='')

# The global statement may follow an import of the name, and the else
# block of a try statement counts as before its handlers.
for src in ['import x\nglobal x', 'from os import path\nglobal path',
            'try:\n    pass\nexcept E:\n    x\nelse:\n    global x',
            'try:\n    x\nexcept E:\n    pass\nelse:\n    global x',
            'x = 1\nglobal x', 'import __debug__']:
    try:
        compile(src, 'nosuchfile.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
