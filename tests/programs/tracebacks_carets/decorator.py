# A failing decorator marks the decorator expression.
def broken(func):
    return func.missing


@broken
def f():
    pass
