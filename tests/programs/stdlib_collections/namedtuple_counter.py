from collections import namedtuple, Counter
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3._field_defaults)
R = namedtuple('R', 'class def ok', rename=True)
print(R._fields)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements()))
c.update('aaz')
c.subtract({'a': 2})
print(sorted(c.items()))
d = Counter(a=3, b=1) + Counter(a=1, b=2)
print(d, Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5, b=1), Counter(a=3, b=2) & Counter(a=1))
print(c.total(), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
print(Counter({'x': 1}) == Counter({'x': 1, 'y': 0}))
