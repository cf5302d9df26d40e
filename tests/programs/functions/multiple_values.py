def f(a, b):
    pass

f(1, 2, b=3)
