# f_lineno of a generator frame at its call, line and return events.
import sys
def g():
    yield 1
    x = 2
out = []
def t(frame, event, arg):
    out.append((event, frame.f_lineno))
    return t
sys.settrace(t)
list(g())
sys.settrace(None)
print(out)
