import contextvars
v = contextvars.ContextVar('missing_var')
print(v.get('fallback'))
try:
    v.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is v)
t = v.set(3)
v.reset(t)
print(v.get(None))
contextvars.ContextVar(b'name')
