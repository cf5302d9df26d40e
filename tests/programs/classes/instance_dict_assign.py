class C:
    pass

c = C()
c.x = 1
c.__dict__ = {'y': 2}
print(hasattr(c, 'x'), c.y)
