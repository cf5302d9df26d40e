class C:
    def m(self):
        return 'class method'

c = C()
c.m = lambda: 'instance attribute'
print(c.m())
del c.m
print(c.m())
