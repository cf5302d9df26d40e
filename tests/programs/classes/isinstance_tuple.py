class A:
    pass

class B:
    pass

class C(B):
    pass

c = C()
print(isinstance(c, (A, B)), isinstance(c, (A, int)), isinstance(3, (A, int)))
print(issubclass(C, (A, B)), issubclass(C, ()), issubclass(bool, (str, int)))
print(isinstance(c, object), issubclass(C, object))
