import _bisect

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 3]
t(_bisect.bisect_left, a, 2, -1)
t(_bisect.insort_left, a, 2, lo=-1)
t(_bisect.bisect_left, a, 2, 0, 100)
t(_bisect.bisect_right, a, 2, 0, 'x')
t(_bisect.bisect_left, a, 2, 'x')
t(_bisect.bisect_left, a, 2, 1.0)
t(_bisect.bisect_left, a, 2, 2**70)
t(_bisect.bisect_left, a, 2, 0, 2**70)
t(_bisect.bisect_left, 5, 2)
t(_bisect.bisect_left, {1: 2}, 2)
t(_bisect.bisect_left, [1, 'a'], 2)
t(_bisect.bisect_left, [1, 2], 2, key=5)
t(_bisect.bisect_left)
t(_bisect.bisect_right, [1])
t(_bisect.bisect_left, a=[1], x=1, lo=0, hi=None, key=None)
t(_bisect.bisect_left, [1], 1, foo=2)
t(_bisect.insort_left, (1, 2), 2)
t(_bisect.insort_right, None, 2)

def bad_key(v):
    raise KeyError(v)
t(_bisect.bisect_left, [1, 2, 3], 2, key=bad_key)
t(_bisect.insort_right, [1, 2, 3], 2, key=bad_key)

class Idx:
    def __index__(self):
        return 2
t(_bisect.bisect_left, a, 2, Idx())
t(_bisect.bisect_left, a, 3, 0, Idx())
