# f(1)(2): the inner call raises, so only `f(1)` is marked in the caller.
def g(y):
    return y


def f(x):
    return {}[x]


f(1)(2)
