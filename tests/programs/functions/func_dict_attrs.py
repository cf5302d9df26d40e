def f():
    pass

f.x = 1
f.__wrapped__ = len
print(f.x, f.__dict__)
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
print(f.__name__, f.__qualname__)
del f.x
print(f.__dict__)
f.__kwdefaults__ = {'k': 1}
print(f.__kwdefaults__)
