x = 1
print(globals()["x"], "print" not in globals(), globals() is globals())
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(locals() is globals())
def g():
    return locals()
print(g())
