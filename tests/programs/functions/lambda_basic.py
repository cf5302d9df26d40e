add = lambda a, b=1: a + b
print(add(2), add(2, 3))
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda: 'none')())
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
