def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")


def outer():
    g = inner()
    next(g)
    try:
        yield "outer"
    finally:
        print("outer finally, dropping inner")
        del g
        print("outer finally end")


o = outer()
print(next(o))
print("before del")
del o
print("after del")
