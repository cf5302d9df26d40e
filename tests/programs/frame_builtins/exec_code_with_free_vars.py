# eval()/exec() of a code object with free variables, exec(closure=...).
def f(x):
    return lambda: x + 1
g = f(3)
for fn, args in [(eval, (g.__code__,)), (exec, (g.__code__, {}))]:
    try:
        fn(*args)
    except TypeError as e:
        print(e)
print(eval((lambda: 5).__code__))
def outer():
    v = 41
    def inner():
        print('v is', v)
    return inner
fn = outer()
exec(fn.__code__, {}, closure=fn.__closure__)
for kw in [dict(closure=(1,)), dict(closure=()), dict(closure=None)]:
    try:
        exec(fn.__code__, {}, **kw)
    except TypeError as e:
        print(e)
for src, kw in [('1', dict(closure=fn.__closure__)), ((lambda: 1).__code__, dict(closure=fn.__closure__))]:
    try:
        exec(src, {}, **kw)
    except TypeError as e:
        print(e)
