def f(a, *, b=2, c):
    return a, b, c

print(f(1, c=3))
print(f(1, c=3, b=4))
print(f.__kwdefaults__)
