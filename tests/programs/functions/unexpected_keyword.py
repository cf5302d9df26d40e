def f(a, **k):
    pass

def g(a):
    pass

f(1, z=2)
g(1, z=2)
