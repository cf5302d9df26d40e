def f():
    pass

print(f.__module__)
print(f.__globals__['f'] is f)
print(type(f.__code__).__name__ if False else 'code')
