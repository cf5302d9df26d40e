# Heap subclasses of the builtin and itertools iterator types: instances,
# keyword arguments going to __init__ or refused as CPython does.
import operator
from itertools import *
def isEven(x): return x % 2 == 0
testcases = [
    (repeat, (1, 2), [1, 1]),
    (zip, ([1, 2], 'ab'), [(1, 'a'), (2, 'b')]),
    (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (map, (str, [1, 2]), ['1', '2']),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (isEven, [2, 3, 4]), [2]),
    (dropwhile, (isEven, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (compress, ('ABC', [1, 0, 1]), ['A', 'C']),
    (enumerate, ('ab',), [(0,'a'),(1,'b')]),
    (reversed, ('ab',), ['b','a']),
]
for cls, args, result in testcases:
    class subclass(cls):
        pass
    try:
        u = subclass(*args)
        print(cls.__name__, type(u) is subclass, list(islice(u, 0, 3)) == result)
    except Exception as e:
        print(cls.__name__, 'ERR', type(e).__name__, e)
    try:
        subclass(*args, newarg=3)
    except TypeError as e:
        print(' ', e)
for cls, args, result in testcases:
    class subclass_with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        u = subclass_with_init(*args, newarg=3)
        print(cls.__name__, type(u) is subclass_with_init, list(islice(u, 0, 3)) == result, u.newarg)
    except Exception as e:
        print(cls.__name__, 'ERR', type(e).__name__, e)
for cls, args, result in testcases:
    class subclass_with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    try:
        u = subclass_with_new(*args, newarg=3)
        print(cls.__name__, type(u) is subclass_with_new, list(islice(u, 0, 3)) == result, u.newarg)
    except Exception as e:
        print(cls.__name__, 'ERR', type(e).__name__, e)
