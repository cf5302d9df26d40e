# Raising while handling an exception whose __context__ chain already
# has a cycle must not hang; the chain is left as it is.
def cycle_at_handled():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle_at_handled()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__,
      exc.__context__.__context__ is exc.__context__)


def longer_cycle():
    a = ValueError('a')
    b = KeyError('b')
    c = IndexError('c')
    a.__context__ = b
    b.__context__ = c
    c.__context__ = b
    try:
        raise a
    except ValueError:
        raise RuntimeError('new')


try:
    longer_cycle()
except RuntimeError as e:
    chain = []
    x = e
    for i in range(6):
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)


def cycle_through_new():
    x = ValueError('x')
    y = KeyError('y')
    x.__context__ = y
    try:
        raise x
    except ValueError:
        try:
            raise y
        except KeyError as k:
            print('context of y:', type(k.__context__).__name__,
                  'context of x:', x.__context__)


cycle_through_new()
