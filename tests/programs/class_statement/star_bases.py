class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'

    def only_b(self):
        return 'b'


bases = (A, B)


class C(*bases):
    pass


print([k.__name__ for k in C.__mro__], C().who(), C().only_b())


class D(B, *[A]):
    pass


print([k.__name__ for k in D.__mro__])


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


kw = {'metaclass': Meta, 'flag': 1}


class E(A, **kw):
    pass


print(type(E).__name__, E.__bases__[0].__name__)
extra = {'color': 'red'}


class F(*bases, metaclass=Meta, size=3, **extra):
    pass


print(type(F).__name__, [k.__name__ for k in F.__bases__])


class Base:
    def __init_subclass__(cls, **kwargs):
        print('init_subclass', cls.__name__, sorted(kwargs.items()))


opts = {'a': 1, 'b': 2}


class G(Base, **opts):
    pass


class H(*(), **{}):
    pass


print(H.__bases__)
try:
    class Bad(*[1]):
        pass
except TypeError as e:
    print('TypeError', e)
