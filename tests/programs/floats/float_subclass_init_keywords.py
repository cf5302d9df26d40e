# float (like tuple and frozenset) takes no keyword arguments, but a
# subclass defining __init__ receives them there.
class Plain(float):
    pass


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


class WithNew(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


class TupleInit(tuple):
    def __init__(self, it, tag=None):
        self.tag = tag


class FrozenInit(frozenset):
    def __init__(self, it, tag=None):
        self.tag = tag


def show(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError', e)


show('plain', lambda: Plain(2.5))
show('plain kw', lambda: Plain(x=0))
show('float kw', lambda: float(x='3.14'))
show('init kw', lambda: (WithInit(2.5, newarg=3).newarg, float(WithInit(2.5, newarg=3))))
show('init positional', lambda: WithInit(2.5, 3))
show('new kw', lambda: (WithNew(2.5, newarg=3).newarg, type(WithNew(1.0)).__name__))
show('tuple init kw', lambda: (TupleInit([1, 2], tag='t'), TupleInit([1], tag='t').tag))
show('frozenset init kw', lambda: (sorted(FrozenInit([1, 2], tag='f')), FrozenInit([], tag='f').tag))
show('tuple kw', lambda: tuple([1], tag=2))
