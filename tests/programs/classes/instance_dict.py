class C:
    pass

c = C()
c.a = 1
c.b = 2
d = c.__dict__
print(d)
d['c'] = 3
print(c.c)
c.d = 4
print(d, vars(c) is d)
del c.a
print(c.__dict__)
