import sys, builtins
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
sys.displayhook(None)
print(hasattr(builtins, '_'))
sys.displayhook([1, 'a'])
print(builtins._)
print(sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(divmod, [7, 2])
except TypeError as e:
    print(e)
print(sys.gettrace(), sys.getprofile())
def tracer(frame, event, arg):
    return tracer
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
sys.audit('nobody.listens', 1, 2)
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith('my.') else None)
sys.audit('my.event', 1, 'x')
print(events)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
