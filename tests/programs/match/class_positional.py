# Positional sub-patterns map to attributes through __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

def f(p):
    match p:
        case Point3(a, b, 0):
            return "flat 3d %r %r" % (a, b)
        case Point(0, y):
            return "y axis %r" % (y,)
        case Point(x, y=2):
            return "y is two, x=%r" % (x,)
        case Point(x, y):
            return "point %r %r" % (x, y)

print(f(Point(0, 7)))
print(f(Point(5, 2)))
print(f(Point(5, 6)))
print(f(Point3(1, 2, 0)))
print(f(Point3(0, 2, 1)))
