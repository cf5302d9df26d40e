def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, f=7))
print(f(1, c=9, d=0, z=1))
print(f.__code__.co_varnames)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount,
      f.__code__.co_kwonlyargcount)
