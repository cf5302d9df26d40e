import types
class MyCallable:
    def __call__(self, arg):
        pass
func = MyCallable()
instance = object()
method = types.MethodType(func, instance)
print(repr(method).split(' of ')[0])
func.__name__ = "name"
print(repr(method).split(' of ')[0])
func.__qualname__ = "qualname"
print(repr(method).split(' of ')[0])
func.__qualname__ = 3
print(repr(method).split(' of ')[0])
p = property()
for attr in "fget", "fset", "fdel", "__doc__":
    try:
        setattr(p, attr, 42)
        print(attr, 'set')
    except AttributeError as e:
        print(attr, e)
sm = staticmethod(len)
for o in (staticmethod(len), classmethod(len)):
    for attr in "__func__", "__wrapped__":
        try:
            setattr(o, attr, 42)
        except AttributeError as e:
            print(type(o).__name__, attr, e)
