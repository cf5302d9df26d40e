# too many positional arguments for a builtin with keyword-only parameters
# ("positional argument") or with more arguments than parameters at all
import _md5, itertools, math


def show(f, *args):
    try:
        f(*args)
    except TypeError as e:
        print(e)


show(_md5.md5, b'a', b'b')
show(_md5.md5, b'a', b'b', b'c')
show(math.isclose, 1, 2, 3)
show(math.isclose, 1, 2, 3, 4, 5)
show(int.from_bytes, b'', 'big', 2)
show(int.from_bytes, b'', 'big', 2, 3)
show(itertools.accumulate, [], None, 3)
show(itertools.accumulate, [], None, 3, 4)
show(itertools.combinations, [], 1, 2)
show(sorted, [], 1)
show('a'.split, 'a', 1, 2)
