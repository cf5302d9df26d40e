# compile(..., 'single') and codeop at the end of the input: a compound
# statement with its body inline needs a newline after it, a backslash
# ending the input, and a syntax error inside an unclosed bracket.
import codeop

CASES = [
    'if 1: pass',
    'if 1: pass\n',
    'if 1:\n  pass',
    'if 1:\n  pass\nelse: pass',
    'while 1:\n  if x: pass',
    'class A: pass',
    'if 1: pass # comment',
    'if 1: pass\n# comment',
    'async def f(): pass',
    'x = 1; y = 2',
    'x = 1 \\',
    'x = 1 \\\n',
    'x = 1 \\\n\n',
    'x = \\\n1',
    'def f(:\n',
    'x = (1,\n',
]

for src in CASES:
    for flags in (0, 0x4000):
        try:
            compile(src, '<input>', 'single', flags)
            print(repr(src), flags, 'compiles')
        except SyntaxError as e:
            print(repr(src), flags, type(e).__name__, e.msg, e.lineno,
                  e.offset)
    try:
        code = codeop.compile_command(src)
        print('  compile_command:', 'needs more' if code is None else 'code')
    except SyntaxError as e:
        print('  compile_command: SyntaxError', e.msg)

for src in ['x = 1 \\', 'x = 1 \\\n']:
    try:
        compile(src, '<input>', 'exec')
    except SyntaxError as e:
        print('exec', repr(src), e.msg, e.lineno, e.offset)

# codeop's flags: PyCF_DONT_IMPLY_DEDENT (0x200) leaves indented blocks
# open at the end; an unclosed bracket is incomplete input only when the
# parser got to the end of the source.
MORE = ['if 1:\n  pass', 'if 1:\n  pass\n', 'while 1:\n  if x: pass',
        'def f(:', 'def f(:\n', 'f(a b', 'f(a b\n', '(1 2', '[x for\n',
        'x = (1,\n2,\n', 'x = (1,\n2,', 'x = (1,\n\n\n', 'x = [\n  1,  \n',
        'f(a,\n  # c\n', '"""abc\n']
for src in MORE:
    for flags in (0x200, 0x4000, 0x4200):
        for mode in ('single', 'exec'):
            try:
                compile(src, '<input>', mode, flags)
                print(repr(src), mode, hex(flags), 'compiles')
            except SyntaxError as e:
                print(repr(src), mode, hex(flags), e.msg, e.lineno, e.offset)
