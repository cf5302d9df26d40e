# Subclasses of property: __new__ makes it empty and __init__ fills it,
# overridden __get__/__set__ win, getter/setter copy through the subclass.
class P(property):
    pass
class C:
    @P
    def x(self):
        "x doc"
        return 3
    @x.setter
    def x(self, v):
        print('set', v)
c = C()
print(C().x, type(C.x).__name__, C.x.__doc__, type(C.__dict__['x']).__name__)
c.x = 5
class Q(property):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return 'Q:' + str(super().__get__(obj, owner))
class D:
    @Q
    def y(self): return 4
print(D().y, D.y.extra, D.y.fget.__name__)
class Cached(property):
    def __set__(self, obj, value):
        raise AttributeError('nope')
class E:
    @Cached
    def z(self): return 1
try:
    E().z = 3
except AttributeError as e:
    print(e)
p = property(lambda s: 1, doc='d')
print(p.__doc__, property().fget, property.__new__(property).fget)
try:
    property.__new__(int)
except TypeError as e:
    print(e)
class R(property):
    __slots__ = ()
try:
    class F:
        @R
        def w(self):
            "doc"
except AttributeError as e:
    print('AttributeError')
print(isinstance(C.x, property), C.x.getter(lambda s: 9).__class__.__name__)
