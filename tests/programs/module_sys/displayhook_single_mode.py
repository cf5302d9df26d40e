# Expression statements compiled in 'single' mode go through sys.displayhook,
# looked up at each use (doctest captures them through sys.stdout)
import sys, io, doctest
def f():
    """
    >>> 1 + 2
    3
    >>> [1, 2]
    [1, 2]
    >>> None
    >>> x = 5; x
    5
    """
print(doctest.run_docstring_examples(f, {}, verbose=False))
seen = []
sys.displayhook = lambda v: seen.append(v)
exec(compile('40 + 2\n', '<s>', 'single'))
print(seen)
sys.displayhook = sys.__displayhook__
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
exec(compile('"captured"\n', '<s>', 'single'))
sys.stdout = old
print(repr(buf.getvalue()), _)
del sys.displayhook
try:
    exec(compile('1\n', '<s>', 'single'))
except RuntimeError as e:
    print('RuntimeError', e)
