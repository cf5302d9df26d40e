# `raise` spans the whole line: no marker line.
def f():
    raise ValueError("bad value")


f()
