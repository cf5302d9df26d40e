class A:
    def f(self):
        return 'A'


class B:
    def f(self):
        return 'B'


class ReverseMeta(type):
    def mro(cls):
        print('mro called for', cls.__name__)
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [default[-1]]


class C(A, B, metaclass=ReverseMeta):
    pass


print([k.__name__ for k in C.__mro__], C().f())


class D(C):
    pass


print([k.__name__ for k in D.__mro__])


class Plain(type):
    pass


class P(A, metaclass=Plain):
    pass


print([k.__name__ for k in P.__mro__], type.mro(P) == list(P.__mro__))


class ExtraMeta(type):
    def mro(cls):
        return (cls, B, object)


class X(A, metaclass=ExtraMeta):
    pass


print([k.__name__ for k in X.__mro__], X().f(), X.__bases__[0].__name__)


class BadMeta(type):
    def mro(cls):
        return [cls, 1]


try:
    class Y(metaclass=BadMeta):
        pass
except TypeError as e:
    print('TypeError:', e)
