def g(n, step=1):
    return g(n=n + step, step=step)
g(0)
