def f(a, b, *c, d, **e):
    x = 1
    return x

co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_firstlineno, co.co_nlocals)
