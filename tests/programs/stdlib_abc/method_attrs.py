class A:
    def m(self): pass
    m.custom = 5
a = A()
print(a.m.custom, a.m.__code__.co_name, a.m.__defaults__, a.m.__module__)
try:
    a.m.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    a.m.custom = 1
except AttributeError as e:
    print('AttributeError', e)
print(getattr(a.m, '__isabstractmethod__', 'absent'))
