import inspect, abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): pass
class I(int): pass
class E(ValueError): pass
print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(int))
for t in [A, B, I, E, int, list, dict, str, type, object, bool]:
    f = t.__flags__
    print(t.__name__, bool(f & (1 << 9)), bool(f & (1 << 10)), bool(f & (1 << 20)), [b for b in range(24, 32) if f & (1 << b)])
