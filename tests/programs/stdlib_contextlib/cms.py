import contextlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, redirect_stderr, nullcontext
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print('after suppress')
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('close', self.n)
with closing(Res(1)) as r:
    print('using', r.n)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    help_text = 'x'
print('buf:', repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb):
    sys.stderr.write('err!')
print(repr(eb.getvalue()))
with ExitStack() as stack:
    rs = [stack.enter_context(closing(Res(i))) for i in range(3)]
    stack.callback(print, 'callback', 'arg')
    print('stack body')
with ExitStack() as stack:
    stack.enter_context(tag('x'))
    s2 = stack.pop_all()
print('popped')
s2.close()
def cleanup_exc(*exc):
    print('exit cb', exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as st:
    st.push(cleanup_exc)
    raise RuntimeError('swallowed')
print('ok')
with nullcontext(5) as v:
    print(v)
@contextmanager
def counting():
    yield
@counting()
def decorated():
    print('decorated body')
decorated()
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print('CM exit'); return None
with CM() as c:
    print(type(c).__name__)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
with contextlib.chdir('/tmp'):
    import os; print(os.getcwd())
