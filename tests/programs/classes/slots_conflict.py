class C:
    __slots__ = ('x',)
    x = 1
