# abc.ABCMeta's registry and caches (the _abc functions)
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is A and 'quack' in other.__dict__:
            return True
        return NotImplemented


class B: pass
class D:
    def quack(self): pass

token = abc.get_cache_token()
print(isinstance(B(), A), issubclass(D, A))
A.register(B)
print(abc.get_cache_token() != token, isinstance(B(), A), issubclass(B, A))
print(A.register(int) is int, isinstance(3, A))

registry, cache, negative, version = abc._get_dump(A)
print(sorted(r().__name__ for r in registry), version == abc.get_cache_token())
A._abc_registry_clear()
A._abc_caches_clear()
print(issubclass(B, A))

try:
    A.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, A)
except TypeError as e:
    print(type(e).__name__, e)

class E(A): pass
try:
    E()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(E.__abstractmethods__), type(A._abc_impl).__name__)

class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print(type(e).__name__, e)

try:
    class Both(abc.ABC):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(type(e).__name__, e)

class Flags(abc.ABC):
    __abc_tpflags__ = 1 << 5
print('__abc_tpflags__' in Flags.__dict__)

class Cycle(abc.ABC): pass
class Sub(Cycle): pass
try:
    Sub.register(Cycle)
except RuntimeError as e:
    print(type(e).__name__, e)
