import contextvars
request = contextvars.ContextVar('request', default='none')
log = []
def handler(n):
    request.set('req%d' % n)
    inner = contextvars.copy_context()
    def sub():
        request.set('sub')
        return request.get()
    log.append((request.get(), inner.run(sub), request.get(), inner[request]))
    return n * 2
results = [contextvars.copy_context().run(handler, i) for i in range(3)]
print(results, log, request.get())
ctx = contextvars.Context()
print(ctx.run(request.get), len(ctx), request in ctx)
tok = ctx.run(request.set, 'x')
print(ctx[request], dict(ctx.items()) == {request: 'x'}, tok.old_value is contextvars.Token.MISSING)
try:
    request.reset(tok)
except ValueError as e:
    print('ValueError', 'different Context' in str(e))
ctx.run(request.reset, tok)
print(len(ctx), ctx.get(request, 'gone'))
print(type(ctx).__module__, type(request).__name__, type(tok).__name__)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
