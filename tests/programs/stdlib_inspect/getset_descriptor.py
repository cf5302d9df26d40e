import inspect
class Shape:
    @property
    def name(self): return 'shape'
class Sq(Shape): pass
print(type.__dict__['__mro__'].__get__(Sq), type.__dict__['__name__'].__get__(int, type))
print(type.__dict__['__mro__'].__get__(None, type) is type.__dict__['__mro__'])
try:
    type.__dict__['__mro__'].__get__(5)
except TypeError as e:
    print('TypeError', e)
print(inspect.getattr_static(Shape(), 'name').__class__.__name__, inspect.getattr_static(Sq, 'name').fget.__name__)
print(type.__dict__['__mro__'].__name__, type.__dict__['__mro__'].__qualname__, type.__dict__['__mro__'].__objclass__, Shape.__dict__['__dict__'].__objclass__ is Shape)
