def make(x):
    def get():
        return x
    return get

g = make(42)
print(g.__closure__[0].cell_contents)
print(g.__code__.co_freevars, make.__code__.co_cellvars)
print(make.__closure__)
