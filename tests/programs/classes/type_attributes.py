class A:
    pass

class B(A):
    pass

print(B.__name__, B.__qualname__, B.__base__.__name__)
print([c.__name__ for c in B.__bases__])
print([c.__name__ for c in B.__mro__])
print(A.__subclasses__() == [B])
print(int.__name__, object.__base__, int.__module__, type.__name__)
B.__name__ = 'Renamed'
print(B.__name__, B.__qualname__)
