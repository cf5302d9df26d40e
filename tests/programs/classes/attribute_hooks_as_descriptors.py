# __getattribute__/__getattr__ hooks that are descriptors (not functions)
# are bound before the call; a descriptor with __set__ but no __get__
# yields to the instance dict; object's __setattr__/__delattr__ refuse
# type objects.
class Descriptor(object):
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter

descr = Descriptor()
class A(object):
    __getattribute__ = descr
class B(object):
    __getattr__ = descr
class C(object):
    __getattribute__ = descr
    __getattr__ = descr
for cls in A, B, C:
    try:
        getattr(cls(), "attr")
    except AttributeError as e:
        print(cls.__name__, 'AttributeError', e, descr.counter)

class Setter:
    def __get__(self, obj, objtype=None):
        return lambda name, value: print('set', name, value)
class D:
    __setattr__ = Setter()
D().x = 5

class Descr(object):
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
descr2 = Descr("a")
class X(object):
    a = descr2
x = X()
print(x.a is descr2)
x.a = 42
print(x.a)
class Meta(type):
    pass
class Y(metaclass=Meta):
    pass
Y.a = 42
Meta.a = Descr("a")
print(Y.a)

class M(type): pass
class Z(metaclass=M): pass
for f, a in [(object.__setattr__, (str, "foo", 42)),
             (object.__delattr__, (str, "lower")),
             (object.__setattr__, (Z, "foo", 42)),
             (object.__delattr__, (Z, "foo"))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
print(str.lower('A'))
