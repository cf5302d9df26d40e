def f(a, **kw):
    return a, kw

print(f(1))
print(f(a=1, b=2, c=3))
print(f(0, **{'x': 1}, y=2))
