def f(a, /, b, *, c, **kw):
    return a, b, c, kw
print(f(1, 2, c=3, a=4))
print(f(1, b=2, c=3))
f(1, 2)
