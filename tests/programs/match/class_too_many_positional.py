# More positional sub-patterns than __match_args__ allows: TypeError.
class Point:
    def __init__(self, x):
        self.x = x

try:
    match 3:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)

match Point(1):
    case Point(x):
        print("unreachable")
