# Calls inside calls: each frame marks the call that raised.
def h(x):
    return 10 // x


def g(x):
    return h(x) + 1


def f(x):
    return str(g(x))


print(f(f(0)))
