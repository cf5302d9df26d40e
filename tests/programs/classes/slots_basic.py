class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
p.y = 2
print(p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    P(1).y
except AttributeError as e:
    print(e)
print(type(P.x).__name__)
