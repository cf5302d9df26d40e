# A missing attribute makes the class pattern fail; other errors raised
# while reading an attribute propagate.
class Thing:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1

    @property
    def broken(self):
        raise KeyError("broken")

    @property
    def absent(self):
        raise AttributeError("absent")

def f(t):
    match t:
        case Thing(a, b):
            return "both"
        case Thing(absent=x):
            return "absent?"
        case Thing(a):
            return "only a=%r" % (a,)

print(f(Thing()))
try:
    match Thing():
        case Thing(broken=b):
            print("no")
except KeyError as e:
    print("KeyError", e)
