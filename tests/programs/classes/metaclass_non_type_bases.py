# The metaclass is computed from the types of every base, even bases
# that are not classes, and need not be a subclass of type.
calls = []

class ANotMeta:
    def __new__(mcls, *args, **kwargs):
        calls.append('ANotMeta')
        return super().__new__(mcls)

    @classmethod
    def __prepare__(mcls, name, bases):
        calls.append('prepare ANotMeta')
        return {}


class BNotMeta(ANotMeta):
    def __new__(mcls, *args, **kwargs):
        calls.append('BNotMeta')
        return super().__new__(mcls)

    @classmethod
    def __prepare__(mcls, name, bases):
        calls.append('prepare BNotMeta')
        return super().__prepare__(name, bases)


class A(metaclass=ANotMeta):
    pass

class B(metaclass=BNotMeta):
    pass

print(type(A).__name__, type(B).__name__, calls)
del calls[:]

class C(A, B):
    pass

print(type(C).__name__, calls)
del calls[:]

class F(object(), C):
    pass

print(type(F).__name__, calls)
try:
    class D(C, metaclass=type):
        pass
except TypeError as e:
    print(e)
