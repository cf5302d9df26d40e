class C:
    def m(self):
        return 1

c = C()
print(c.m())
C.m = lambda self: 2
print(c.m())
C.new_attr = 'added'
print(c.new_attr)
del C.new_attr
print(hasattr(c, 'new_attr'))
