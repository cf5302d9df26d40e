import sys
def f():
    try:
        raise ValueError('v')
    except ValueError as e:
        return repr(e)
print(f())
print(sys.exception())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                break
            continue
    return i, sys.exception()
print(g())
