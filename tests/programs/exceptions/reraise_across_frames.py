def a():
    b()
def b():
    try:
        c()
    except ZeroDivisionError:
        raise
def c():
    return 1 / 0
a()
