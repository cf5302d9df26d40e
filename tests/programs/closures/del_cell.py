def f():
    x = 1
    def g():
        return x
    del x
    return g

g = f()
try:
    g()
except NameError as e:
    print('NameError', e)
