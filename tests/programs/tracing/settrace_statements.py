# Line events of loops (break, continue, else), with, generators driven by
# send, recursion, decorators, try/finally, class bodies; the trace module.
import sys
THIS = sys._getframe().f_code.co_filename
log = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    if event == 'exception':
        arg = arg[0].__name__
    elif event == 'return' and not isinstance(arg, (int, str, type(None), list, tuple)):
        arg = type(arg).__name__
    log.append('%s %s %s %r' % (frame.f_code.co_name, event, frame.f_lineno, arg))
    return tracer

def loops(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
        if i == 5:
            break
    else:
        i = -1
    for j in range(3):
        if j == 1:
            continue
    return [x * 2 for x in range(2)], {k: k for k in 'ab'}

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

def withs():
    with Ctx() as c:
        raise ValueError
    with Ctx():
        pass
    return 'ok'

def gen():
    got = yield 1
    while got:
        got = yield got
    return 'done'

def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)

def deco(f):
    return f

@deco
def decorated(
        a,
        b=2):
    return (a +
            b)

def callee_raises():
    raise KeyError('x')

def catches():
    try:
        callee_raises()
    except KeyError:
        return 'caught'
    finally:
        x = 1

sys.settrace(tracer)
loops(9)
withs()
g = gen(); next(g); g.send(5); 
try:
    g.send(0)
except StopIteration as e:
    pass
rec(2)
decorated(1)
catches()
f = lambda v: v + 1
f(1)
class K:
    a = 1
    def m(self): return self.a
K().m()
sys.settrace(None)
print('\n'.join(log))

# the stdlib's trace module
import trace
def traced_target(n):
    s = 0
    for i in range(n):
        s += i
    return s
t = trace.Trace(count=1, trace=0)
print(t.runfunc(traced_target, 3))
counts = t.results().counts
print(sorted((line, c) for (fn, line), c in counts.items() if fn == THIS))
