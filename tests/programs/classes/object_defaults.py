class C:
    pass

a = C()
b = C()
print(a == a, a == b, a != b, a != a)
print(hash(a) == hash(a), str(a) == repr(a))
print(repr(a).startswith('<__main__.C object at 0x'))
print(format(a, '') == str(a))
print(C.__init__ is object.__init__, type(a).__name__)
