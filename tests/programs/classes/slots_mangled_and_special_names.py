class X:
    __slots__ = ('b','a', '__c')
    def f(self): pass
print(list(X.__dict__))
x = X()
x._X__c = 3
print(x._X__c)
class C4(object):
    """Validate name mangling"""
    __slots__ = ['__a']
    def __init__(self, value):
        self.__a = value
    def get(self):
        return self.__a
x = C4(5)
print(hasattr(x, '__a'), x.get(), x._C4__a)
try:
    class Y:
        __slots__ = ('b','a', 'b')
    print(list(Y.__dict__))
except Exception as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)

class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(type(C2.__dict__["__classcell__"]).__name__)
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print(e)
class Q1(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(Q1.__qualname__, type(Q1.__dict__["__qualname__"]).__name__)
q = Q1()
print(hasattr(q, "__qualname__"))
q.__qualname__ = "q"
print(q.__qualname__)
try:
    class Q2:
        __qualname__ = object()
        __slots__ = ["__qualname__"]
except TypeError as e:
    print(e)
try:
    class Z:
        a = 1
        __slots__ = ['a']
except ValueError as e:
    print(e)
try:
    class Z:
        _Z__a = 1
        __slots__ = ['__a']
except ValueError as e:
    print(e)
