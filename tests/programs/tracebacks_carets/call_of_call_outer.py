# f(1)(2): the outer call raises; its span is the whole line: no marker.
def f(x):
    return None


f(1)(2)
