class C:
    @property
    def x(self):
        return 1

c = C()
print(c.x)
c.x = 2
