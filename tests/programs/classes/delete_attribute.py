class C:
    pass

c = C()
c.a = 1
c.b = 2
c.c = 3
del c.b
print(c.a, c.c, hasattr(c, 'b'))
c.b = 5
print(c.__dict__)
try:
    del c.zzz
except AttributeError as e:
    print(e)
