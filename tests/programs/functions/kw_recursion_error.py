def f(n):
    return f(n=n + 1)
f(0)
