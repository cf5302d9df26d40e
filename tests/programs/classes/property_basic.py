class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError('negative radius')
        self._r = value

    @radius.deleter
    def radius(self):
        print('deleting')
        del self._r

c = Circle(2)
print(c.radius)
c.radius = 5
print(c.radius, Circle.radius.__doc__)
try:
    c.radius = -1
except ValueError as e:
    print('error:', e)
del c.radius
print(hasattr(c, '_r'))
