# Special methods looked up on the type go through a descriptor's __get__
# (isinstance/issubclass hooks on the metaclass, __dir__).
record = []


class SpecialDescr:
    def __init__(self, impl):
        self.impl = impl

    def __get__(self, obj, owner):
        record.append(owner.__name__)
        return self.impl.__get__(obj, owner)


def return_true(self, thing=None):
    return True


def names(self):
    return ['b', 'a']


class Meta(type):
    __instancecheck__ = SpecialDescr(return_true)
    __subclasscheck__ = SpecialDescr(return_true)


class X(metaclass=Meta):
    pass


print(isinstance(3, X), issubclass(int, X), record)
record.clear()


class Y:
    __dir__ = SpecialDescr(names)


print(dir(Y()), record)


class ErrDescr:
    def __get__(self, obj, owner):
        raise KeyError('from __get__')


class Z:
    __dir__ = ErrDescr()


try:
    dir(Z())
except KeyError as e:
    print('KeyError', e)
