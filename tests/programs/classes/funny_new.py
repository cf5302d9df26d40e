# __new__ returning an instance of a subclass (whose __init__ runs), or
# not an instance; static and class methods as __new__.
class C(object):
    def __new__(cls, arg):
        if isinstance(arg, str): return [1, 2, 3]
        elif isinstance(arg, int): return object.__new__(D)
        else: return object.__new__(cls)
class D(C):
    def __init__(self, arg):
        self.foo = arg
print(C("1"), D("1"))
d = D(None)
print(d.foo)
d = C(1)
print(type(d).__name__, d.foo)
d = D(1)
print(type(d).__name__, d.foo)
class C(object):
    @staticmethod
    def __new__(*args):
        return args
print(C(1, 2) == (C, 1, 2))
class D(C):
    pass
print(D(1, 2) == (D, 1, 2))
class C(object):
    @classmethod
    def __new__(*args):
        return args
print(C(1, 2) == (C, C, 1, 2))
class D(C):
    pass
print(D(1, 2) == (D, D, 1, 2))
