def f(a, b, /, **k):
    return k
print(f(1, 2, b=3))
