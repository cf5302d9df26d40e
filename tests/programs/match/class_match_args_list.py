# __match_args__ must be a tuple of strings.
class BadItems:
    __match_args__ = ("x", 1)

    def __init__(self):
        self.x = 0

try:
    match BadItems():
        case BadItems(a, b):
            pass
except TypeError as e:
    print(e)

class Point:
    __match_args__ = ["x", "y"]

match Point():
    case Point(a):
        pass
