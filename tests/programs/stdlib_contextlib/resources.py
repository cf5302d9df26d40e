import contextlib, io
log = []
class Conn:
    def __init__(self, name): self.name = name; log.append('open ' + name)
    def close(self): log.append('close ' + self.name)
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.close(); return False
def open_all(names):
    with contextlib.ExitStack() as st:
        conns = [st.enter_context(Conn(n)) for n in names]
        st2 = st.pop_all()
    return conns, st2
conns, closer = open_all(['a', 'b'])
log.append('working')
closer.close()
print(log)
log.clear()
try:
    with contextlib.ExitStack() as st:
        st.enter_context(Conn('x'))
        st.callback(log.append, 'cb')
        raise KeyError('k')
except KeyError as e:
    log.append('caught ' + repr(e))
print(log)
@contextlib.contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear(); store.update(snapshot)
        raise
store = {'a': 1}
try:
    with transaction(store) as s:
        s['a'] = 2; s['b'] = 3
        raise ValueError('rollback')
except ValueError:
    pass
print(store)
with transaction(store) as s:
    s['c'] = 4
print(store)
class Reentrant(contextlib.ContextDecorator):
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1; print('enter', Reentrant.depth); return self
    def __exit__(self, *exc):
        print('exit', Reentrant.depth); Reentrant.depth -= 1; return False
@Reentrant()
def work(x):
    return x * 2
print(work(21))
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(ZeroDivisionError):
    print('hidden')
    1 / 0
    print('never')
print(repr(out.getvalue()))
@contextlib.contextmanager
def gen_cm():
    try:
        yield
    finally:
        print('gen cleanup')
cm = gen_cm()
cm.__enter__()
print(cm.__exit__(None, None, None))
