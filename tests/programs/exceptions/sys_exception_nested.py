import sys
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise IndexError('inner')
    except IndexError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def f():
    return sys.exception()
try:
    raise TypeError('t')
except TypeError:
    print('seen by callee:', repr(f()))
