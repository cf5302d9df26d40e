from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod
import abc
class Base(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def describe(self):
        return '%s:%s' % (self.name, self.area())
try:
    Base()
except TypeError as e:
    print('TypeError', e)
class Half(Base):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Sq(Half):
    name = 'sq'
    @classmethod
    def make(cls): return cls()
print(Sq.make().describe(), sorted(Base.__abstractmethods__), Sq.__abstractmethods__)
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
print(isinstance(Meta, ABCMeta), type(ABC).__name__)
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Mallard:
    def quack(self): pass
print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck))
class Reg(ABC):
    pass
class Tuple2(tuple): pass
Reg.register(tuple)
print(issubclass(tuple, Reg), issubclass(Tuple2, Reg), isinstance((), Reg), Reg not in tuple.__mro__)
@Reg.register
class Dec: pass
print(issubclass(Dec, Reg), Dec.__name__)
class Impl(Meta):
    def go(self): return super().go()
print(Impl().go(), abc.get_cache_token() is not None)
print(getattr(Base.area, '__isabstractmethod__', False), getattr(Sq.describe, '__isabstractmethod__', False))
class Late(ABC):
    def f(self): pass
Late.f = abstractmethod(Late.f)
abc.update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print('TypeError', e)
