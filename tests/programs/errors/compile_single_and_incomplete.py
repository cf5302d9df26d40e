# compile(..., 'single') takes one interactive statement; with
# PyCF_ALLOW_INCOMPLETE_INPUT an error at the end of the source is
# "incomplete input", which codeop and the code module rely on
import codeop
F = codeop.PyCF_DONT_IMPLY_DEDENT | codeop.PyCF_ALLOW_INCOMPLETE_INPUT
for src in ['if x:', 'if x:\n', 'if x:\n  print(1)\n', 'if x:\n  print(1)\n\n', 'x = (1,', 'x = (1,\n', 's = """abc', 's = """abc\n', 'x = 1', 'x = 1\n', 'def f(:', 'x = 1 +', 'x = 1 +\n', 'if x:\n  pass\nelse:', 'a b', 'a b\n', '@dec', '@dec\n', 'class C:\n  def f(self):\n    pass\n', "x = 'abc", "x = 'abc\n", 'x = [1,\n 2', 'try:\n  pass\n', 'def f():\n  return (1 +\n']:
  for flags in [F, 0]:
    try:
        compile(src, '<s>', 'single', flags); r = 'ok'
    except SyntaxError as e:
        r = '%s' % (e.msg,)
    print(repr(src), hex(flags), r)
import code
c = code.InteractiveInterpreter()
for s in ['x = 1; y = 2', 'print(x, y)', 'if x:', 'if x:\n  print("in")\n', 'a = (1,', 'a = (1,\n 2)', 'print(a)', 'def f(', 'for i in range(2):\n  print(i)\n\n']:
    print(repr(s), c.runsource(s))
print(codeop.compile_command('a = (1,') is None)
print(codeop.compile_command('a = 1') is not None)
for src in ['x = 1\ny = 2', 'x = 1; y = 2', 'x = 1; y = 2\n', 'def f():\n  return 1\n', 'for i in range(2):\n  pass\nprint(i)\n', '(1,\n 2); 3\n4']:
    try:
        code = compile(src, '<s>', 'single')
        print('ok', repr(src))
        exec(code, {})
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text))
