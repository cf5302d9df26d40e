# Subject once, then patterns left to right; value patterns and __eq__
# are evaluated only as far as needed.
class Noisy:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __eq__(self, other):
        print("  eq", self.name, other)
        return self.value == other

class NS:
    @property
    def one(self):
        print("  load one")
        return Noisy("one", 1)

ns = NS()

def subject():
    print("  subject")
    return [1, 2]

match subject():
    case [ns.one, 3]:
        print("no")
    case [0, ns.one]:
        print("no")
    case [ns.one, x] if print("  guard") or x == 2:
        print("matched", x)
