def f(n=0):
    return f(n=n + 1)
f()
