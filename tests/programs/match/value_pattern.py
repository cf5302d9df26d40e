# Dotted names are value patterns (compared with ==), bare names capture.
class Color:
    RED = "red"
    GREEN = "green"

class Nested:
    class Inner:
        VALUE = 10

def f(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Nested.Inner.VALUE:
            return "ten"
    return "unknown"

for c in ["red", "green", 10, 10.0, "blue"]:
    print(repr(c), f(c))
