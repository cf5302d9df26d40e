def hello(self):
    return 'hello from ' + type(self).__name__

Base = type('Base', (), {'hello': hello, 'x': 1})
Derived = type('Derived', (Base,), {'y': 2})
d = Derived()
print(d.hello(), d.x, d.y, Derived.__bases__[0].__name__)
print(type(d) is Derived, type(Derived) is type)
