def f(a, /, **kw):
    return a, kw

print(f(1, a=2))
print(f(0, b=1, c=2))
