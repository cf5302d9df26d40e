# staticmethod and classmethod copy their function's __module__,
# __name__, __qualname__, __doc__ and __annotations__ into a __dict__ of
# their own (3.10+), take other attributes, and keep __wrapped__.
import functools


def f(x: int) -> int:
    "doc of f"
    return x


class NoDoc:
    def __call__(self):
        return 1


for kind in (staticmethod, classmethod):
    s = kind(f)
    print(kind.__name__, s.__name__, s.__qualname__, s.__doc__,
          s.__module__, s.__annotations__, s.__wrapped__ is f,
          s.__func__ is f, s.__isabstractmethod__)
    s.extra = 5
    print(s.extra, sorted(s.__dict__))
    del s.extra
    try:
        s.extra
    except AttributeError as e:
        print('AttributeError:', e)
    w = kind(NoDoc())
    print(sorted(w.__dict__))


class C:
    @staticmethod
    def sm(a):
        "static doc"
        return a

    @classmethod
    def cm(cls):
        "class doc"
        return cls.__name__

    @functools.singledispatchmethod
    def dispatch(self, arg):
        return 'default'

    @dispatch.register
    def _(self, arg: int):
        return 'int'


print(C.__dict__['sm'].__doc__, C.__dict__['cm'].__name__, C.sm(3), C.cm())
print(C().dispatch('x'), C().dispatch(1))
