# Errors in a class body and in __init__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y / x


class Line:
    start = Point(1, 2)
    end = Point(0, 2)
