def f():
    pass
f.__defaults__ = 5
