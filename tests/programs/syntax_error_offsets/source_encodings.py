# compile() of bytes: PEP 263 coding cookies and BOMs decide the
# encoding; parser offsets count characters only when it is known; invalid
# UTF-8 is reported where the parser meets it.
def show(src, mode='exec'):
    try:
        compile(src, '<fragment>', mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), 'no error')


show(b'\xce\xb1 = 1 +')
show('\u03b1 = 1 +')
show(b'# coding: utf-8\n\xce\xb1 = 1 +')
show(b'# coding: latin-1\n\xce\xb1 = 1 +')
show(b'# coding: latin-1\n\xce\xb1 = 1 \xff')
show(b'\xce\xb1 = f(x for x in y, 1)')
show(b'\xce\xb1 = 0xz')
show(b'def f():\n  \xce\xb1 = 1; from x import *')
show('def f():\n  \u03b1 = 1; from x import *')
show('def f():\n  \u03b1 = 1; return 1\nreturn \u03b1')
show(b'# coding: foobar\nx')
show(b'# coding: utf8\nx')
show(b'\xef\xbb\xbf# coding: latin-1\nx')
show(b'\xef\xbb\xbf# coding: utf-8\nx')
show(b'\xef\xbb\xbfx = 1 +')
show(b'\xef\xbb\xbf\xce\xb1 = 1 +')
show(b'x = 1\n# coding: latin-1\n\xff')
show(b'\n# coding: latin-1\n\xff = 1 +')
show(b'#!python\n# coding: latin-1\n\xff = 1 +')
show(b'x\n\xff = 1 +')
show(b'x = "\xff"')
show(b'x = "\xff" + 1 +')
show(b'x = \xff')
show(b'# coding: ascii\nx = "\xff"')
show(b'# coding: ascii\n\nx = "\xc3\xbf"')
show(b'# coding: cp1251\nx = "\xff" +')
show(b'# coding: cp1251\nx = "\xff" + 0xz')
show(b'# vim: set fileencoding=latin-1 :\nx = "\xff" +')
show(b'# coding=latin-1\nx = "\xff" +')
show(b'# coding: latin-1\n# coding: foo\nx = "\xff" +')
show(b'x = 1 # coding: foo\n')
show(b'#coding:utf-8\nx = "\xff"')
show('# coding: latin-1\nx = "\xff" +')
show('# coding: foobar\nx')

# exec(), eval() and ast.parse() decode bytes as compile() does
exec(b'# coding: latin-1\nx = "\xe9"\nprint(ascii(x))')
exec(b'\xef\xbb\xbfprint("after a BOM")')
print(ascii(eval(b'# coding: latin-1\n"\xe9"')))
print(ascii(eval('# coding: latin-1\n"\xe9"')))
import ast
for src in [b'# coding: cp1251\nx = "\xff" +', b'x = "\xff" +', b'# coding: foo\n1']:
    try:
        ast.parse(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno,
              e.end_offset, repr(e.text))
for src in [b'# coding: latin-1\n"\xe9" +', b'# coding: bad\n1']:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
