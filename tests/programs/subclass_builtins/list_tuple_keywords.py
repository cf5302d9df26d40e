# list and tuple subclasses: keywords go to a subclass's own __init__ or
# __new__; without one they are a TypeError.  A list subclass with its
# own __iter__ is iterated by list().
for base in [list, tuple, frozenset]:
    class subclass(base):
        pass
    u = subclass([1, 2])
    print(type(u).__name__, sorted(u))
    try:
        subclass(sequence=())
    except TypeError as e:
        print(type(e).__name__, e)

    class with_init(base):
        def __init__(self, seq, newarg=None):
            if base is list:
                super().__init__(seq)
            self.newarg = newarg
    u = with_init([1, 2], newarg=3)
    print(type(u).__name__, sorted(u), u.newarg)

    class with_new(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
    u = with_new([1, 2], newarg=3)
    print(type(u).__name__, sorted(u), u.newarg)

try:
    list(sequence=())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__init__([], x=1)
except TypeError as e:
    print(type(e).__name__, e)

class LyingList(list):
    def __iter__(self):
        yield 1

class LyingTuple(tuple):
    def __iter__(self):
        yield 1

print(list(LyingList([2])), tuple(LyingTuple((2,))), list(LyingTuple((2,))),
      tuple(LyingList([2])))
x = []
x.extend(LyingList([2, 3]))
print(x)
