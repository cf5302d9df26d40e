def f(n):
    return [lambda: i * n for i in range(3)]

print([g() for g in f(10)])
