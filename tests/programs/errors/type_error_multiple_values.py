def f(a, b=1):
    return a
print(f(1, a=2))
