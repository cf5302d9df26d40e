class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

c = C(4)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(c.get == c.get, c.get == C(4).get, C.get(c))
print(type(m).__name__, type(C.get).__name__)
print(repr(m).startswith('<bound method C.get of <__main__.C object at 0x'))
