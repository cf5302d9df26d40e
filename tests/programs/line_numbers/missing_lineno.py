# PEP 626: instructions without a line.  A location table of "no
# location" entries (code.replace(co_linetable=...)) gives f_lineno and
# tb_lineno None, co_lines() and co_positions() None (CPython's
# PEP626Tests.test_missing_lineno_shows_as_none).
import sys
import traceback


def f():
    1/0


def lines(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
        return t.tb_frame.f_lineno, t.tb_lineno


print(lines(f))
f.__code__ = f.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(lines(f))
print(set(line for start, end, line in f.__code__.co_lines()))
print(set(f.__code__.co_positions()))
try:
    f()
except ZeroDivisionError as e:
    print([(s.name, s.lineno) for s in traceback.extract_tb(e.__traceback__)])


# An empty table: no instruction has a line.
def g():
    return sys._getframe().f_lineno


print(g())
g.__code__ = g.__code__.replace(co_linetable=b'')
print(g())


# The table read back gives the same lines and positions; the lines move
# with co_firstlineno.
def h(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


code = h.__code__
again = code.replace(co_linetable=code.co_linetable)
print(list(again.co_lines()) == list(code.co_lines()),
      list(again.co_positions()) == list(code.co_positions()))
print(type(code.co_linetable).__name__)
moved = code.replace(co_firstlineno=code.co_firstlineno + 100)
print([l for s, e, l in moved.co_lines()] ==
      [None if l is None else l + 100 for s, e, l in code.co_lines()])
try:
    code.replace(co_linetable='text')
except TypeError as e:
    print(e)
