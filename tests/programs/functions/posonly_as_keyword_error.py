def f(a, b, /, c):
    return a

f(a=1, b=2, c=3)
