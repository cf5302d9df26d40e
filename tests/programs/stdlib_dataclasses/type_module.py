import types, dataclasses, collections
X = type('X', (), {})
print(X.__module__, types.new_class('Y').__module__, type('Z', (), {'__module__': 'm'}).__module__)
D = dataclasses.make_dataclass('D', [('x', int), ('y', int, dataclasses.field(default=2))])
print(D(1), D.__module__)
def factory():
    return type('Inner', (), {})
print(factory().__module__, collections.namedtuple('P', 'a').__module__, repr(X))
