class C:
    x = 1

c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'), hasattr(c, 'y'))
setattr(c, 'y', 5)
print(c.y)
delattr(c, 'y')
print(hasattr(c, 'y'))
