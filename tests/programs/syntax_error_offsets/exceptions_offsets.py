# compile() of the sources of CPython's testSyntaxErrorOffset
# (test_exceptions.py): the SyntaxError's msg, lineno, offset, end_lineno,
# end_offset and text.
def show(src):
    try:
        compile(src, '<fragment>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
    else:
        print('no error')

show('def fact(x):\n\treturn x!\n')
show('1 +\n')
show('def spam():\n  print(1)\n print(2)')
show('Python = "Python" +')
show('Python = "\u1e54\xfd\u0163\u0125\xf2\xf1" +')
show(b'# -*- coding: cp1251 -*-\nPython = "\xcf\xb3\xf2\xee\xed" +')
show(b'Python = "\xcf\xb3\xf2\xee\xed" +')
show('x = "a')
show('lambda x: x = 2')
show('f{a + b + c}')
show('[file for str(file) in []\n]')
show('a = \xab hello \xbb \xab world \xbb')
show('[\nfile\nfor str(file)\nin\n[]\n]')
show('[file for\n str(file) in []]')
show("ages = {'Alice'=22, 'Bob'=23}")
show('match ...:\n    case {**rest, "key": value}:\n        ...')
show("[a b c d e f]")
show("for x yfff:")
show("f(a for a in b, c)")
show("f(a for a in b if a, c)")
show("f(a, b for b in c)")
show("f(a, b for b in c, d)")

# Errors thrown by compile.c
show('class foo:return 1')
show('def f():\n  continue')
show('def f():\n  break')
show('try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass')
show('try:\n  pass\nexcept*:\n  pass')
show('try:\n  pass\nexcept*:\n  pass\nexcept* ValueError:\n  pass')

# Errors thrown by tokenizer.c
show('(0x+1)')
show('x = 0xI')
show('0010 + 2')
show('x = 32e-+4')
show('x = 0o9')
show('\u03b1 = 0xI')
show(b'\xce\xb1 = 0xI')
show(b'# -*- coding: iso8859-7 -*-\n\xe1 = 0xI')
show(b"""if 1:
            def foo():
                '''

            def bar():
                pass

            def baz():
                '''quux'''
            """)
show("pass\npass\npass\n(1+)\npass\npass\npass")
show("(1+)")
show("[interesting\nfoo()\n")
show(b"\xef\xbb\xbf#coding: utf8\nprint('\xe6\x88\x91')\n")
show("""f'''
            {
            (123_a)
            }'''""")
show("""f'''
            {
            f\"\"\"
            {
            (123_a)
            }
            \"\"\"
            }'''""")
show('''f"""


            {
            6
            0="""''')

# Errors thrown by symtable.c
show('x = [(yield i) for i in range(3)]')
show('def f():\n  from _ import *')
show('def f(x, x):\n  pass')
show('{i for i in range(5) if (j := 0) for j in range(5)}')
show('def f(x):\n  nonlocal x')
show('def f(x):\n  x = 1\n  global x')
show('nonlocal x')
show('def f():\n  global x\n  nonlocal x')

# Errors thrown by future.c
show('from __future__ import doesnt_exist')
show('from __future__ import braces')
show('x=1\nfrom __future__ import division')
show('foo(1=2)')
show('def f():\n  x, y: int')
show('[*x for x in xs]')
show('foo(x for x in range(10), 100)')
show('for 1 in []: pass')
show('(yield i) = 2')
show('def f(*):\n  pass')

# test_error_offset_continuation_characters
show('"\\\n"(1 for c in I,\\\n\\')
