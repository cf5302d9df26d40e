# AttributeError.name/.obj and NameError.name set by failed lookups.
class C:
    pass

c = C()
for f in [lambda: c.foo, lambda: int.foo, lambda: getattr(c, 'bar'),
          lambda: (5).zz, lambda: undefined_x]:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, repr(e.name), type(e.obj).__name__,
              e.obj is c, e)
    except NameError as e:
        print(type(e).__name__, repr(e.name), e)

def g():
    try:
        y
    except NameError as e:
        print(type(e).__name__, repr(e.name))
    y = 1

g()
try:
    del undefined_global
except NameError as e:
    print(repr(e.name), e)

class Body:
    try:
        missing_in_class
    except NameError as e:
        print(repr(e.name), e)

class Custom:
    def __getattr__(self, name):
        raise AttributeError('custom ' + name)

try:
    Custom().thing
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__, e)
print(hasattr(c, 'nope'), getattr(c, 'nope', 'default'))
