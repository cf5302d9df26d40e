# Subclasses of module: instances made by calling them, __class__ assigned
# to a module, PEP 562 __getattr__ in the namespace, member descriptors.
import types, sys
class M(types.ModuleType):
    x = 5
    def hello(self): return 'hi ' + self.__name__
    def __getattr__(self, name): return 'missing:' + name
m = M('mymod', 'doc here')
m.y = 3
print(m.x, m.y, m.hello(), m.zz, m.__doc__, sorted(k for k in vars(m) if not k.startswith('__')))
print(type(m).__name__, isinstance(m, types.ModuleType), repr(m))
print(sorted(m.__dict__), m.__dict__ is vars(m))
sys.modules['mymod'] = m
import mymod
print(mymod is m, mymod.y)
from mymod import y, hello
print(y, hello())
del m.y
print(m.y)
class Lazy(types.ModuleType):
    @property
    def answer(self): return 42
    def __getattr__(self, name):
        v = len(name)
        setattr(self, name, v)
        return v
mod = types.ModuleType('plain')
mod.__class__ = Lazy
print(type(mod).__name__, mod.answer, mod.abcde, vars(mod)['abcde'])
mod.__class__ = types.ModuleType
print(type(mod).__name__, mod.abcde)
try:
    mod.nothere
except AttributeError as e: print(e)
class S(types.ModuleType): __slots__ = ('a',)
for cls in (S, int, dict):
    try:
        mod.__class__ = cls
    except TypeError as e: print(e)
class CM(types.ModuleType):
    def __call__(self, a): return a * 2
    def __repr__(self): return '<CM %s>' % self.__name__
    def __setattr__(self, name, value):
        print('set', name)
        super().__setattr__(name, value)
c = CM('callme')
print(c(21), repr(c), str(c))
c.q = 1
print(c.q)
class PEP562(types.ModuleType): pass
p = PEP562('p')
p.__getattr__ = lambda name: 'ns:' + name
print(p.foo)
try:
    M('bad').__dict__ = {}
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
try:
    PEP562('z').nope
except AttributeError as e: print(e)
class D(types.ModuleType):
    def __del__(self): print('del', self.__name__)
d = D('dmod')
del d
print('after del')
import importlib.util
print(importlib.util._LazyModule.__mro__[1].__name__)
print(complex.real, type(complex.real).__name__, complex.imag.__get__(3+4j))
print(type(int.real).__name__, type(float.real).__name__)
