# sys.settrace and sys.setprofile: call, line, return and exception events,
# local trace functions, c_call events, a raising tracer, f_trace.
import sys
events = []
THIS = sys._getframe().f_code.co_filename
def tracer(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    a = arg if event in ('return',) else (arg[0].__name__ if event == 'exception' else None)
    events.append((frame.f_code.co_name, event, frame.f_lineno, a))
    return tracer

def f(n):
    total = 0
    for i in range(n):
        total += i
    return total

def g():
    yield 1
    x = 2
    yield x

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise KeyError('k')

sys.settrace(tracer)
f(2)
list(g())
try:
    h()
except KeyError:
    pass
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())

calls = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        calls.append((event, arg.__name__))
    else:
        calls.append((event, frame.f_code.co_name))
def k():
    return len([1, 2]) + abs(-3)
sys.setprofile(prof)
k()
sys.setprofile(None)
for c in calls:
    print(c)

# local tracer only on some frames; tracer that returns None for 'line'
seen = []
def t2(frame, event, arg):
    seen.append((frame.f_code.co_name, event))
    if frame.f_code.co_name == 'inner':
        return None
    return t2
def inner(): return 1
def outer():
    a = inner()
    return a
sys.settrace(t2); outer(); sys.settrace(None)
print(seen)

# an exception in the trace function removes it
def bad(frame, event, arg):
    if event == 'line':
        raise ValueError('from tracer')
    return bad
def victim():
    x = 1
    return x
sys.settrace(bad)
try:
    victim()
except ValueError as e:
    print('caught', e, sys.gettrace())
sys.settrace(None)

# f_trace set on the current frame
def here():
    out = []
    def lt(frame, event, arg):
        out.append((event, frame.f_lineno))
        return lt
    sys.settrace(lambda *a: None)
    sys._getframe().f_trace = lt
    x = 1
    y = 2
    sys.settrace(None)
    return out
print(here())
