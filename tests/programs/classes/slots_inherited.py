class Base:
    __slots__ = ('a',)

class Child(Base):
    __slots__ = ('b',)

c = Child()
c.a = 1
c.b = 2
print(c.a, c.b)
del c.a
print(hasattr(c, 'a'))

class Open(Base):
    pass

o = Open()
o.a = 1
o.other = 2
print(o.a, o.__dict__)
