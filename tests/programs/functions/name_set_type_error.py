def f():
    pass
print(f.__name__)
f.__name__ = 5
