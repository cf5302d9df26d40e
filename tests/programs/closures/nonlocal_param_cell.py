def f(x):
    def g():
        nonlocal x
        x = x * 2
        return x
    return g
h = f(3)
print(h(), h(), h.__closure__[0].cell_contents)
