class A:
    pass

class B:
    pass

a = A()
print(a.__class__ is A, A.__class__ is type)
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 1
except TypeError as e:
    print(e)
