# Class patterns with keyword sub-patterns read attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return "on the y axis at %r" % (yy,)
        case Point(x=xx, y=0):
            return "on the x axis at %r" % (xx,)
        case Point():
            return "somewhere else"
        case _:
            return "not a point"

print(where(Point(0, 0)))
print(where(Point(0, 5)))
print(where(Point(3, 0)))
print(where(Point(1, 1)))
print(where((0, 0)))
